#if !canImport(Accelerate)
import CBLAS
#endif

/// Process-wide allocator tuning for training loops.
public enum Allocator {
    /// glibc returns large blocks (activations are tens of MB) to the kernel on free and
    /// page-faults them back in on the next step, costing a few percent of every step.
    /// Serving them from the heap and never trimming it makes steady-state steps fault-free.
    /// Call once at program start; a no-op off glibc.
    public static func keepFreedMemoryForReuse() {
        #if !canImport(Accelerate)
        _ = mallopt(M_MMAP_THRESHOLD, 1 << 30)
        _ = mallopt(M_TRIM_THRESHOLD, Int32.max)
        #endif
    }
}
