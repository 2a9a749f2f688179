import Foundation
import Tensor

extension MLCGroupLoss {
    /// L_MLC of a batch: the plain mean of the group losses, with `gradient` (same layout as
    /// `representations`) overwritten by d(mean)/dr, i.e. each group's gradient divided by the
    /// number of groups.
    ///
    /// Groups lie back to back in `representations`: group g is `groupSizes[g]` rows of `p`.
    /// For several layers, pass every (layer, prompt) group: with the same prompts at every
    /// layer, the mean over all of them equals the mean over layers of the per-layer means.
    /// `anchorIndices`, when given, overrides `anchorIndex` per group (a group may list its
    /// languages in its own order).
    ///
    /// Groups are tiny (m ≲ 16 rows): the whole batch is a few hundred thousand flops, so it
    /// runs on the calling thread.
    public func meanLossAndGradient(representations: UnsafeBufferPointer<Float>, groupSizes: [Int], dimension p: Int,
                                    gradient: UnsafeMutableBufferPointer<Float>,
                                    anchorIndices: [Int?]? = nil) throws -> Double {
        guard !groupSizes.isEmpty else { throw AlignOnceError("mlc batch", "has no prompt groups") }
        let rows = groupSizes.reduce(0) { $0 + max($1, 0) }
        guard representations.count == rows * p, gradient.count == rows * p else {
            throw AlignOnceError("mlc batch", "buffers hold \(representations.count) values and \(gradient.count) "
                + "gradient slots, expected \(rows) rows x \(p) = \(rows * p)")
        }
        if let anchors = anchorIndices, anchors.count != groupSizes.count {
            throw AlignOnceError("mlc batch", "has \(anchors.count) anchor indices for \(groupSizes.count) groups")
        }
        let scale = 1 / Double(groupSizes.count)
        var total = 0.0
        var offset = 0
        for (g, m) in groupSizes.enumerated() {
            var groupLoss = self
            if let anchors = anchorIndices { groupLoss.anchorIndex = anchors[g] }
            let count = max(m, 0) * p
            let input = UnsafeBufferPointer(rebasing: representations[offset..<(offset + count)])
            let output = UnsafeMutableBufferPointer(rebasing: gradient[offset..<(offset + count)])
            total += try groupLoss.lossAndGradient(representations: input, count: m, dimension: p, gradient: output)
            for i in 0..<count { output[i] *= Float(scale) }
            offset += count
        }
        return total * scale
    }

    /// Consistency score of one group (evaluation; no gradient, no extractor): on the
    /// unit-normalised raw vectors, `C = σ_1² / Σ_j σ_j²` (= λ_max(G) / tr(G)) in [1/m, 1]
    /// (1: all variants along one direction), and the mean pairwise cosine `mean_{j<k} z_j·z_k`.
    /// Throws for m < 2, a wrong buffer size, non-finite values or an all-zero group.
    public static func consistency(representations: UnsafeBufferPointer<Float>, m: Int, p: Int) throws
        -> (score: Double, meanPairwiseCosine: Double) {
        guard m >= 2, p >= 1, representations.count == m * p else {
            throw AlignOnceError("consistency", "needs m >= 2 variants of dimension p >= 1 in m*p values; "
                + "got m = \(m), p = \(p), \(representations.count) values")
        }
        let r = representations.map { Double($0) }
        guard r.allSatisfy({ $0.isFinite }) else {
            throw AlignOnceError("consistency", "a representation has a non-finite value (NaN or infinity)")
        }
        var z = [Double](repeating: 0, count: m * p)
        _ = r.withUnsafeBufferPointer { rb in
            z.withUnsafeMutableBufferPointer { MLCGroupMath.normalizeRows(rb, m: m, p: p, into: $0) }
        }
        let gram = z.withUnsafeBufferPointer { MLCGroupMath.gram($0, m: m, p: p) }
        let trace = (0..<m).reduce(0) { $0 + gram[$1 * m + $1] }
        guard trace > 0 else { throw AlignOnceError("consistency", "every representation of the group is zero") }
        let eigen = try SymmetricEigen.jacobi(gram, n: m)
        let meanCosine = 1 - MLCGroupMath.meanCosine(gram: gram, m: m).loss
        return (eigen.values[0] / trace, meanCosine)
    }
}
