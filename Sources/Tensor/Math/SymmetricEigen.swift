import Foundation

/// Eigen-decomposition of a small dense symmetric matrix, in Double.
///
/// MLC groups have m = number of languages (≈ 2–16) variants, so the m x m Gram matrix is tiny
/// and the cyclic Jacobi method is the right tool: simple, unconditionally convergent, and it
/// gives eigenvalues to high *relative* accuracy and orthonormal eigenvectors even for
/// repeated or zero eigenvalues.
public struct SymmetricEigen: Equatable, Sendable {
    /// Eigenvalues in descending order.
    public var values: [Double]
    /// Eigenvectors, row-major n x n: column j (`vectors[i*n + j]`, i = 0..<n) belongs to `values[j]`.
    public var vectors: [Double]
    public var n: Int

    /// The j-th eigenvector as an array.
    public func vector(_ j: Int) -> [Double] { (0..<n).map { vectors[$0 * n + j] } }

    /// Cyclic Jacobi: sweeps over all pairs (p, q), p < q, applying the plane rotation that
    /// zeroes A[p][q], until the off-diagonal norm is below `relativeTolerance` times the
    /// Frobenius norm (quadratic convergence: typically 5–8 sweeps).
    ///
    /// `matrix` is row-major n x n; only symmetric input is meaningful (the lower triangle is
    /// assumed equal to the upper). Throws for a wrong size or a non-finite entry.
    public static func jacobi(_ matrix: [Double], n: Int, relativeTolerance: Double = 1e-15,
                              maxSweeps: Int = 100) throws -> SymmetricEigen {
        guard n >= 0, matrix.count == n * n else {
            throw AlignOnceError("SymmetricEigen.jacobi", "matrix has \(matrix.count) entries, expected n*n = \(n * n)")
        }
        guard matrix.allSatisfy({ $0.isFinite }) else {
            throw AlignOnceError("SymmetricEigen.jacobi", "matrix has a non-finite entry; expected finite values")
        }
        var a = matrix
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        let frobenius = a.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let threshold = relativeTolerance * frobenius

        for _ in 0..<maxSweeps {
            var offDiagonal = 0.0
            for p in 0..<n { for q in (p + 1)..<n { offDiagonal += 2 * a[p * n + q] * a[p * n + q] } }
            if offDiagonal.squareRoot() <= threshold { break }
            for p in 0..<n {
                for q in (p + 1)..<n where a[p * n + q] != 0 {
                    rotate(&a, &v, n: n, p: p, q: q)
                }
            }
        }

        let order = (0..<n).sorted { a[$0 * n + $0] > a[$1 * n + $1] }
        var sortedVectors = [Double](repeating: 0, count: n * n)
        for (j, source) in order.enumerated() {
            for i in 0..<n { sortedVectors[i * n + j] = v[i * n + source] }
        }
        return SymmetricEigen(values: order.map { a[$0 * n + $0] }, vectors: sortedVectors, n: n)
    }

    /// A <- Jᵀ A J and V <- V J for the rotation J in the (p, q) plane that zeroes A[p][q]:
    /// with θ = (A_qq - A_pp) / (2 A_pq), t = tan φ is the smaller root of t² + 2θt - 1 = 0
    /// (|φ| ≤ π/4, which keeps the method stable).
    private static func rotate(_ a: inout [Double], _ v: inout [Double], n: Int, p: Int, q: Int) {
        let apq = a[p * n + q]
        let theta = (a[q * n + q] - a[p * n + p]) / (2 * apq)
        let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
        let c = 1 / (t * t + 1).squareRoot()
        let s = t * c
        for k in 0..<n {  // columns p, q of A J
            let akp = a[k * n + p], akq = a[k * n + q]
            a[k * n + p] = c * akp - s * akq
            a[k * n + q] = s * akp + c * akq
        }
        for k in 0..<n {  // rows p, q of Jᵀ (A J)
            let apk = a[p * n + k], aqk = a[q * n + k]
            a[p * n + k] = c * apk - s * aqk
            a[q * n + k] = s * apk + c * aqk
        }
        a[p * n + q] = 0  // exactly zero in exact arithmetic; drop the rounding residue
        a[q * n + p] = 0
        for k in 0..<n {
            let vkp = v[k * n + p], vkq = v[k * n + q]
            v[k * n + p] = c * vkp - s * vkq
            v[k * n + q] = s * vkp + c * vkq
        }
    }
}
