// OpenBLAS's cblas.h (Debian: libopenblas-dev) also declares openblas_set_num_threads,
// which the engine uses to run small per-head GEMMs single-threaded inside its own
// two-way parallel loops.
#include <cblas.h>
// mallopt (allocator tuning for training loops) is not exported by Swift's Glibc module.
#include <malloc.h>
