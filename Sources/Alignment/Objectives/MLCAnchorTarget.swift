import Tensor

/// The anchor targets of shift-based MLC reduced to what the batch's anchor shifts share
/// (`MLCTerm.anchorRank`, an extension of the spec).
///
/// Why: one English prompt's shift holds the move alignment taught every request (toward the
/// base's own refusal, say) plus parts tied to that prompt's English wording, which mean
/// nothing, or something else, to another language's later layers. Across a batch of prompts
/// the common move is the top singular direction of the anchor shifts; projecting each anchor
/// row onto the top `rank` of them keeps, per prompt, how far it moved along the shared
/// directions and drops the rest (`docs/demo-sweep.md`, session 7).
public enum MLCAnchorTarget {
    /// Replaces the rows `anchorRows` of the row-major `rows` (`dimension` wide) by their
    /// rank-`rank` approximation A_k = U_k U_kᵀ A, A being the matrix of those rows and U_k its
    /// top `rank` left singular vectors. With no more rows than `rank` the rows stay as they are.
    public static func project(_ rows: inout [Float], anchorRows: [Int], dimension d: Int, rank: Int) throws {
        guard rank >= 1 else { throw AlignOnceError("mlc-anchor-rank", "must be at least 1, got \(rank)") }
        let g = anchorRows.count
        guard g > rank, d > 0 else { return }
        guard anchorRows.allSatisfy({ $0 >= 0 && ($0 + 1) * d <= rows.count }) else {
            throw AlignOnceError("mlc-anchor-rank", "an anchor row lies outside the \(rows.count / d) pooled rows")
        }
        var a = [Float](repeating: 0, count: g * d)
        for (i, row) in anchorRows.enumerated() {
            for j in 0..<d { a[i * d + j] = rows[row * d + j] }
        }
        // Gram matrix A Aᵀ (g x g, g = groups in the batch: tiny), its eigenvectors are U.
        var gram = [Float](repeating: 0, count: g * g)
        a.withUnsafeBufferPointer { ap in
            gram.withUnsafeMutableBufferPointer { gp in
                guard let ab = ap.baseAddress, let gb = gp.baseAddress else { return }
                BLAS.gemm(transB: true, m: g, n: g, k: d, a: ab, lda: d, b: ab, ldb: d, c: gb, ldc: g)
            }
        }
        let eigen = try SymmetricEigen.jacobi(gram.map(Double.init), n: g)
        // P = U_k U_kᵀ (g x g), then A_k = P A.
        var projector = [Float](repeating: 0, count: g * g)
        for x in 0..<g {
            for y in 0..<g {
                var sum = 0.0
                for c in 0..<rank { sum += eigen.vectors[x * g + c] * eigen.vectors[y * g + c] }
                projector[x * g + y] = Float(sum)
            }
        }
        var projected = [Float](repeating: 0, count: g * d)
        projector.withUnsafeBufferPointer { pp in
            a.withUnsafeBufferPointer { ap in
                projected.withUnsafeMutableBufferPointer { op in
                    guard let pb = pp.baseAddress, let ab = ap.baseAddress, let ob = op.baseAddress else { return }
                    BLAS.gemm(m: g, n: d, k: g, a: pb, lda: g, b: ab, ldb: d, c: ob, ldc: d)
                }
            }
        }
        for (i, row) in anchorRows.enumerated() {
            for j in 0..<d { rows[row * d + j] = projected[i * d + j] }
        }
    }
}
