import Foundation
import Synchronization
#if canImport(Accelerate)
import Accelerate
#else
import CBLAS
#endif

/// Thin, typed wrappers over single-precision BLAS (OpenBLAS on Linux, Accelerate on macOS).
/// Every matrix product in AlignOnce goes through `BLAS.gemm` / `BLAS.gemv`.
///
/// Threading: OpenBLAS's own worker threads spin (`sched_yield`) between calls, and on a
/// 2-core machine that spinning competes with AlignOnce's parallel element-wise loops (a
/// fifth of a training step's samples in a profile). So OpenBLAS runs single-threaded and a
/// large product is split here into one single-threaded call per core on disjoint halves of
/// the output. Accelerate manages its own threads and is called directly.
public enum BLAS {
    /// Below this many multiply-adds a matrix product runs as one call on the calling thread.
    public static let splitThreshold = 1 << 20
    /// A matrix-vector product is bound by memory bandwidth, which a second core raises, so it
    /// splits from a 1 MiB matrix on (waking a worker costs a few microseconds; measured on the
    /// bench shapes, 256 KiB splits cost the small model more than they gained).
    public static let gemvSplitThreshold = 1 << 18

    /// Puts OpenBLAS in single-threaded mode once, before the first product.
    private static let configured: Void = {
        #if !canImport(Accelerate)
        openblas_set_num_threads(1)
        #endif
    }()

    /// Row-major C = alpha * op(A) * op(B) + beta * C, with op(X) = X or Xᵀ.
    /// op(A) is m x k, op(B) is k x n, C is m x n; lda/ldb/ldc are row strides.
    /// `split: false` keeps the call on the calling thread (for callers already running one
    /// product per core, e.g. attention heads).
    @inline(__always)
    public static func gemm(
        transA: Bool = false, transB: Bool = false,
        m: Int, n: Int, k: Int,
        alpha: Float = 1,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float = 0,
        c: UnsafeMutablePointer<Float>, ldc: Int,
        split: Bool = true
    ) {
        guard m > 0, n > 0 else { return }
        if k == 0 {
            // BLAS leaves C untouched when k == 0 only if beta == 1; make it explicit.
            if beta != 1 {
                for i in 0..<m { for j in 0..<n { c[i * ldc + j] *= beta } }
            }
            return
        }
        _ = configured
        let parts = split ? parallelParts(m * n * k, max(m, n)) : 1
        if parts <= 1 {
            sgemm(transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
            return
        }
        if m >= n {
            // Split the rows of C (and of op(A)).
            DispatchQueue.concurrentPerform(iterations: parts) { p in
                let r0 = m * p / parts, r1 = m * (p + 1) / parts
                let aPart = transA ? a + r0 : a + r0 * lda
                sgemm(transA, transB, r1 - r0, n, k, alpha, aPart, lda, b, ldb, beta, c + r0 * ldc, ldc)
            }
        } else {
            // Split the columns of C (and of op(B)).
            DispatchQueue.concurrentPerform(iterations: parts) { p in
                let c0 = n * p / parts, c1 = n * (p + 1) / parts
                let bPart = transB ? b + c0 * ldb : b + c0
                sgemm(transA, transB, m, c1 - c0, k, alpha, a, lda, bPart, ldb, beta, c + c0, ldc)
            }
        }
    }

    /// Row-major y = alpha * op(A) x + beta * y, A stored m x n.
    @inline(__always)
    public static func gemv(
        trans: Bool = false, m: Int, n: Int, alpha: Float = 1,
        a: UnsafePointer<Float>, lda: Int,
        x: UnsafePointer<Float>, beta: Float = 0,
        y: UnsafeMutablePointer<Float>
    ) {
        guard m > 0, n > 0 else { return }
        _ = configured
        let outputs = trans ? n : m
        let parts = parallelParts(m * n, outputs, threshold: gemvSplitThreshold)
        if parts <= 1 {
            sgemv(trans, m, n, alpha, a, lda, x, beta, y)
            return
        }
        if trans {
            splitTransposedGEMV(parts: parts, m: m, n: n, alpha: alpha, a: a, lda: lda, x: x, beta: beta, y: y)
            return
        }
        // Each part computes a disjoint slice of y (a block of rows of A). GEMVs come in long
        // chains of tiny products (decoding), so the helpers spin between them (SpinPool).
        SpinPool.shared.run(parts: parts) { p in
            let o0 = outputs * p / parts, o1 = outputs * (p + 1) / parts
            sgemv(false, o1 - o0, n, alpha, a + o0 * lda, lda, x, beta, y + o0)
        }
    }

    /// y = α·Aᵀx + β·y split over cores by blocks of A's ROWS: each part streams one contiguous
    /// block of A into its own partial y, and the partials are summed. Splitting y instead
    /// would have every core read a strided slice of every row, which streams at half the
    /// bandwidth (measured with the decode weights: ~20 vs ~40 GB/s on two cores).
    private static func splitTransposedGEMV(parts: Int, m: Int, n: Int, alpha: Float, a: UnsafePointer<Float>, lda: Int,
                                            x: UnsafePointer<Float>, beta: Float, y: UnsafeMutablePointer<Float>) {
        GEMVPartials.shared.with(count: (parts - 1) * n) { partials in
            SpinPool.shared.run(parts: parts) { p in
                let r0 = m * p / parts, r1 = m * (p + 1) / parts
                if p == 0 {
                    sgemv(true, r1 - r0, n, alpha, a, lda, x, beta, y)
                } else {
                    sgemv(true, r1 - r0, n, alpha, a + r0 * lda, lda, x + r0, 0, partials + (p - 1) * n)
                }
            }
            for p in 1..<parts { saxpy(n, 1, partials + (p - 1) * n, y) }
        }
    }

    /// How many cores a product of `work` multiply-adds with `splittable` output rows or
    /// columns is spread over (1 on Accelerate, which threads internally).
    @inline(__always)
    static func parallelParts(_ work: Int, _ splittable: Int, threshold: Int = splitThreshold) -> Int {
        #if canImport(Accelerate)
        return 1
        #else
        guard work >= threshold else { return 1 }
        return max(1, min(Parallel.workerCount, splittable / 8))
        #endif
    }

    @inline(__always)
    private static func sgemm(
        _ transA: Bool, _ transB: Bool, _ m: Int, _ n: Int, _ k: Int, _ alpha: Float,
        _ a: UnsafePointer<Float>, _ lda: Int, _ b: UnsafePointer<Float>, _ ldb: Int,
        _ beta: Float, _ c: UnsafeMutablePointer<Float>, _ ldc: Int
    ) {
        cblas_sgemm(
            CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }

    @inline(__always)
    private static func sgemv(
        _ trans: Bool, _ m: Int, _ n: Int, _ alpha: Float, _ a: UnsafePointer<Float>, _ lda: Int,
        _ x: UnsafePointer<Float>, _ beta: Float, _ y: UnsafeMutablePointer<Float>
    ) {
        cblas_sgemv(CblasRowMajor, trans ? CblasTrans : CblasNoTrans, Int32(m), Int32(n), alpha, a, Int32(lda), x, 1, beta, y, 1)
    }

    @inline(__always)
    private static func saxpy(_ n: Int, _ alpha: Float, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>) {
        cblas_saxpy(Int32(n), alpha, x, 1, y, 1)
    }
}

/// The partial sums of `BLAS.splitTransposedGEMV`, kept between calls: decoding runs such a
/// product per projection per token (the LM head's partial is a vocabulary of floats), and the
/// guide wants no allocation in hot loops. One caller at a time holds the buffer; a concurrent
/// caller (another thread decoding) allocates its own, as every call did before.
final class GEMVPartials: @unchecked Sendable {
    static let shared = GEMVPartials()
    private let busy = Atomic<Bool>(false)
    private nonisolated(unsafe) var buffer = UnsafeMutablePointer<Float>.allocate(capacity: 1)
    private nonisolated(unsafe) var capacity = 1

    func with(count: Int, _ body: (UnsafeMutablePointer<Float>) -> Void) {
        guard busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            let own = UnsafeMutablePointer<Float>.allocate(capacity: count)
            defer { own.deallocate() }
            return body(own)
        }
        defer { busy.store(false, ordering: .releasing) }
        if capacity < count {
            buffer.deallocate()
            buffer = .allocate(capacity: count)
            capacity = count
        }
        body(buffer)
    }
}
