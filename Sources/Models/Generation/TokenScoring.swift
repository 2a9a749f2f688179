import Foundation
import Tensor

extension LlamaModel {
    /// `log p(ids[t+1] | ids[0...t])` for t = 0..<T-1 of every sequence (T - 1 values each; a
    /// sequence of fewer than 2 tokens gets none), through the KV-cache path: up to
    /// `batchSize` sequences per step, each attending only to itself, no padding. The LM head
    /// runs on blocks of rows so a 150k vocabulary never needs [rows, vocab] at once.
    public func nextTokenLogProbs(_ sequences: [[Int32]], batchSize: Int = 8) throws -> [[Float]] {
        guard batchSize > 0 else { throw AlignOnceError("--batch-size", "must be positive, got \(batchSize)") }
        var results = [[Float]](repeating: [], count: sequences.count)
        let scored = sequences.indices.filter { sequences[$0].count >= 2 }
        for chunkStart in stride(from: 0, to: scored.count, by: batchSize) {
            let chunk = Array(scored[chunkStart..<min(chunkStart + batchSize, scored.count)])
            let segments = chunk.map { CachedSegment(cache: KVCache(config: config, capacity: sequences[$0].count), tokens: sequences[$0]) }
            let output = try cachedStep(segments)
            for (k, index) in chunk.enumerated() {
                results[index] = logProbs(output, rows: output.rowRanges[k], targets: Array(sequences[index].dropFirst()))
            }
        }
        return results
    }

    /// Log-probabilities of `targets[j]` after row `rows.lowerBound + j` of a cached step.
    private func logProbs(_ output: CachedStepOutput, rows: Range<Int>, targets: [Int32]) -> [Float] {
        let d = config.hiddenSize, v = config.vocabSize, block = 64
        let logits = FloatBuffer(count: block * v, zeroed: false), lse = FloatBuffer(count: block, zeroed: false)
        var out = [Float](repeating: 0, count: targets.count)
        for first in stride(from: 0, to: targets.count, by: block) {
            let n = min(block, targets.count - first)
            lmHead(output.finalNormed.pointer + (rows.lowerBound + first) * d, rows: n, out: logits.pointer)
            targets.withUnsafeBufferPointer { t in
                out.withUnsafeMutableBufferPointer { o in
                    guard let tb = t.baseAddress, let ob = o.baseAddress else { return }
                    TokenLogProbs.forward(logits: logits.pointer, rows: n, vocab: v, targets: tb + first,
                                          logProbs: ob + first, logSumExp: lse.pointer)
                }
            }
        }
        return out
    }
}
