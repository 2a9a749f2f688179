#if canImport(Accelerate)
import Accelerate
#else
import CBLAS
#endif

/// Thin, typed wrappers over single-precision BLAS (OpenBLAS on Linux, Accelerate on macOS).
/// Every matrix product in AlignOnce goes through `BLAS.gemm` / `BLAS.gemv`.
public enum BLAS {
    /// Row-major C = alpha * op(A) * op(B) + beta * C, with op(X) = X or Xᵀ.
    /// op(A) is m x k, op(B) is k x n, C is m x n; lda/ldb/ldc are row strides.
    @inline(__always)
    public static func gemm(
        transA: Bool = false, transB: Bool = false,
        m: Int, n: Int, k: Int,
        alpha: Float = 1,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float = 0,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        guard m > 0, n > 0 else { return }
        if k == 0 {
            // BLAS leaves C untouched when k == 0 only if beta == 1; make it explicit.
            if beta != 1 {
                for i in 0..<m { for j in 0..<n { c[i * ldc + j] *= beta } }
            }
            return
        }
        cblas_sgemm(
            CblasRowMajor,
            transA ? CblasTrans : CblasNoTrans,
            transB ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), Int32(k), alpha,
            a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
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
        cblas_sgemv(
            CblasRowMajor, trans ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), alpha, a, Int32(lda), x, 1, beta, y, 1)
    }

    /// Threads BLAS may use. Inside our own two-way parallel loops (per-head attention) we
    /// drop to one so the two callers do not fight over the same BLAS thread pool.
    public static func setThreads(_ n: Int) {
        #if !canImport(Accelerate)
        openblas_set_num_threads(Int32(n))
        #endif
    }

    /// Runs `body` with BLAS single-threaded, restoring `Parallel.workerCount` threads after.
    @inline(__always)
    public static func singleThreaded<R>(_ body: () throws -> R) rethrows -> R {
        setThreads(1)
        defer { setThreads(Parallel.workerCount) }
        return try body()
    }
}
