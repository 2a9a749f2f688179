import Foundation

/// The multilingual consistency score of docs/mlc-loss.md, shared by training metrics
/// (Alignment) and evaluation (Evaluation) so both report the same number.
///
/// For one group of m representations r_1..r_m (the same prompt in m languages), each
/// normalised to unit length z_k = r_k / max(||r_k||, 1e-12):
/// `C = σ_1² / Σ_j σ_j²` (σ the singular values of Z, i.e. λ_max(G) / tr(G) with G = Z Zᵀ),
/// in [1/m, 1] (1 = every language along one direction), plus the mean pairwise cosine
/// `mean_{j<k} z_j · z_k`.
public enum Consistency {
    /// Norm floor of the unit normalisation (as torch's F.normalize).
    public static let normFloor = 1e-12

    /// Score of one group: `rows` is row-major m x p (row k = variant k).
    /// Throws for m < 2, a wrong buffer size, non-finite values or an all-zero group.
    public static func score(rows: UnsafeBufferPointer<Float>, m: Int, p: Int) throws
        -> (score: Double, meanPairwiseCosine: Double) {
        guard m >= 2, p >= 1, rows.count == m * p else {
            throw AlignOnceError("consistency", "needs m >= 2 variants of dimension p >= 1 in m*p values; "
                + "got m = \(m), p = \(p), \(rows.count) values")
        }
        guard rows.allSatisfy({ $0.isFinite }) else {
            throw AlignOnceError("consistency", "a representation has a non-finite value (NaN or infinity)")
        }
        let unitGram = unitGram(rows, m: m, p: p)
        let trace = (0..<m).reduce(0) { $0 + unitGram[$1 * m + $1] }
        guard trace > 0 else { throw AlignOnceError("consistency", "every representation of the group is zero") }
        let eigen = try SymmetricEigen.jacobi(unitGram, n: m)
        var cosineSum = 0.0
        for j in 0..<m { for k in (j + 1)..<m { cosineSum += unitGram[j * m + k] } }
        return (eigen.values[0] / trace, cosineSum / Double(m * (m - 1) / 2))
    }

    /// The same for an array.
    public static func score(rows: [Float], m: Int, p: Int) throws -> (score: Double, meanPairwiseCosine: Double) {
        try rows.withUnsafeBufferPointer { try score(rows: $0, m: m, p: p) }
    }

    /// Gram matrix of the unit rows, in Double: the raw dot products divided by both norms
    /// (normalising the m x m Gram is cheaper than normalising the m x p rows).
    static func unitGram(_ r: UnsafeBufferPointer<Float>, m: Int, p: Int) -> [Double] {
        var dots = [Double](repeating: 0, count: m * m)
        for j in 0..<m {
            for k in j..<m {
                var sum = 0.0
                for i in 0..<p { sum += Double(r[j * p + i]) * Double(r[k * p + i]) }
                dots[j * m + k] = sum
            }
        }
        let inverseNorms = (0..<m).map { 1 / max(dots[$0 * m + $0].squareRoot(), normFloor) }
        for j in 0..<m {
            for k in j..<m {
                let value = dots[j * m + k] * inverseNorms[j] * inverseNorms[k]
                dots[j * m + k] = value
                dots[k * m + j] = value
            }
        }
        return dots
    }
}
