// OpenBLAS's cblas.h (Debian: libopenblas-dev) also declares openblas_set_num_threads,
// which the engine uses to run small per-head GEMMs single-threaded inside its own
// two-way parallel loops.
#include <cblas.h>
