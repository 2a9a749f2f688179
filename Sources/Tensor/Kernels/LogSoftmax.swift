import Foundation

/// Next-token log-probabilities and their backward pass, row by row over [rows, vocab] logits.
public enum TokenLogProbs {
    /// logProbs[r] = log_softmax(logits[r])[targets[r]] for rows whose target is >= 0;
    /// rows with a negative target (ignored) get 0. logSumExp[r] is kept for `backward`.
    public static func forward(
        logits: UnsafePointer<Float>, rows: Int, vocab: Int, targets: UnsafePointer<Int32>,
        logProbs: UnsafeMutablePointer<Float>, logSumExp: UnsafeMutablePointer<Float>
    ) {
        Parallel.forEachChunk(rows, costPerItem: vocab * 4) { range in
            for r in range {
                let row = logits + r * vocab
                let maxValue = VectorMath.max(row, vocab)
                let lse = maxValue + log(VectorMath.sumExpShifted(row, vocab, shift: maxValue))
                logSumExp[r] = lse
                let target = Int(targets[r])
                logProbs[r] = target >= 0 ? row[target] - lse : 0
            }
        }
    }

    /// dLogits[r, v] = g[r] · (1[v = target] − softmax[r, v]), where g[r] = ∂L/∂logProbs[r].
    /// Rows with a negative target or g = 0 get zero gradient. dLogits may alias logits.
    public static func backward(
        logits: UnsafePointer<Float>, rows: Int, vocab: Int, targets: UnsafePointer<Int32>,
        logSumExp: UnsafePointer<Float>, gradLogProbs: UnsafePointer<Float>,
        dLogits: UnsafeMutablePointer<Float>
    ) {
        Parallel.forEachChunk(rows, costPerItem: vocab * 3) { range in
            for r in range {
                let row = logits + r * vocab, out = dLogits + r * vocab
                let target = Int(targets[r])
                let g = gradLogProbs[r]
                if target < 0 || g == 0 {
                    for v in 0..<vocab { out[v] = 0 }
                    continue
                }
                VectorMath.expShifted(row, vocab, shift: logSumExp[r], into: out)
                VectorMath.scale(out, vocab, by: -g)
                out[target] += g
            }
        }
    }
}
