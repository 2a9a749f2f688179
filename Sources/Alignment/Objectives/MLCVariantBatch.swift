import Foundation
import Tensor

/// All variants of a list of MLC groups as one right-padded [rows, seq] batch (row = variant,
/// groups back to back), with the pooling of hidden states and its backward.
struct MLCVariantBatch {
    let tokens: [Int32]
    let lengths: [Int]
    let groupSizes: [Int]
    let seq: Int
    var rows: Int { lengths.count }

    init(_ groups: [MLCVariantGroup]) throws {
        guard !groups.isEmpty else { throw AlignOnceError("mlc batch", "has no prompt groups") }
        for (g, group) in groups.enumerated() {
            guard group.ids.count >= 2, group.languages.count == group.ids.count else {
                throw AlignOnceError("mlc group \(g)", "has \(group.ids.count) variants and \(group.languages.count) "
                    + "language names; MLC needs at least 2 variants, one language name each")
            }
            if let empty = group.ids.firstIndex(where: \.isEmpty) {
                throw AlignOnceError("mlc group \(g)", "variant '\(group.languages[empty])' has no tokens")
            }
        }
        let all = groups.flatMap(\.ids)
        lengths = all.map(\.count)
        groupSizes = groups.map(\.ids.count)
        seq = lengths.max() ?? 1
        var tokens = [Int32](repeating: SequenceBatch.padding, count: all.count * seq)
        for (r, ids) in all.enumerated() { for t in ids.indices { tokens[r * seq + t] = ids[t] } }
        self.tokens = tokens
    }

    /// Real-token positions of row r that the pooling reads, and the weight of each.
    private func pooledPositions(_ r: Int, _ pooling: MLCPooling) -> (Range<Int>, Float) {
        switch pooling {
        case .last: return ((lengths[r] - 1)..<lengths[r], 1)
        case .mean: return (0..<lengths[r], 1 / Float(lengths[r]))
        }
    }

    /// [rows, d] pooled vectors of a [rows·seq, d] hidden state.
    func pool(_ hidden: FloatBuffer, dimension d: Int, _ pooling: MLCPooling) -> [Float] {
        var out = [Float](repeating: 0, count: rows * d)
        let h = hidden.pointer
        out.withUnsafeMutableBufferPointer { o in
            for r in 0..<rows {
                let (positions, w) = pooledPositions(r, pooling)
                for t in positions {
                    let src = h + (r * seq + t) * d
                    for f in 0..<d { o[r * d + f] += w * src[f] }
                }
            }
        }
        return out
    }

    /// Adds the pooling's backward of `dPooled` ([rows, d]) into a [rows·seq, d] buffer.
    func scatter(_ dPooled: [Float], dimension d: Int, _ pooling: MLCPooling, into target: FloatBuffer) {
        let out = target.pointer
        dPooled.withUnsafeBufferPointer { g in
            for r in 0..<rows {
                let (positions, w) = pooledPositions(r, pooling)
                for t in positions {
                    let dst = out + (r * seq + t) * d
                    for f in 0..<d { dst[f] += w * g[r * d + f] }
                }
            }
        }
    }

    /// Mean over groups of the raw consistency score and mean pairwise cosine.
    func consistency(_ pooled: UnsafeBufferPointer<Float>, dimension d: Int) throws
        -> (score: Double, meanPairwiseCosine: Double) {
        var score = 0.0, cosine = 0.0, offset = 0
        for m in groupSizes {
            let group = UnsafeBufferPointer(rebasing: pooled[(offset * d)..<((offset + m) * d)])
            let c = try MLCGroupLoss.consistency(representations: group, m: m, p: d)
            score += c.score
            cosine += c.meanPairwiseCosine
            offset += m
        }
        let n = Double(groupSizes.count)
        return (score / n, cosine / n)
    }
}
