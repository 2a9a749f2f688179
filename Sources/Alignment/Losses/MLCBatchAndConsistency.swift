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

    /// Consistency score of one group (evaluation; no gradient, no extractor): see
    /// `Consistency.score`, the one implementation training metrics and evaluation share.
    public static func consistency(representations: UnsafeBufferPointer<Float>, m: Int, p: Int) throws
        -> (score: Double, meanPairwiseCosine: Double) {
        try Consistency.score(rows: representations, m: m, p: p)
    }
}
