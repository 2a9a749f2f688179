import Foundation
import Tensor
import Models

/// A forward pass of a `SequenceBatch` with the log-probability of every target token.
public final class ScoredBatch {
    public let batch: SequenceBatch
    public let pass: ForwardPass
    /// [rows] log p(target | prefix); 0 at ignored positions.
    public let tokenLogProbs: [Float]
    let logSumExp: [Float]
    /// Set once `backward` has overwritten the logits with their gradient.
    fileprivate(set) var consumed = false

    init(batch: SequenceBatch, pass: ForwardPass, tokenLogProbs: [Float], logSumExp: [Float]) {
        self.batch = batch
        self.pass = pass
        self.tokenLogProbs = tokenLogProbs
        self.logSumExp = logSumExp
    }

    /// Per-row sums of the counted log-probs, accumulated in Double.
    public func sums(_ counted: CountedTokens) -> [Double] {
        (0..<batch.batch).map { b in
            var s = 0.0
            for t in batch.countedPositions(b, counted) { s += Double(tokenLogProbs[b * batch.seq + t]) }
            return s
        }
    }

    /// d loss / d token log-prob for losses of the per-row sums: every counted token of row b
    /// gets `dSums[b]` (a token-mean NLL over rows is the same with dSums = -1/N on those rows).
    public func tokenGradients(dSums: [Double], counted: CountedTokens) -> [Float] {
        var g = [Float](repeating: 0, count: batch.rows)
        addTokenGradients(dSums: dSums, counted: counted, into: &g)
        return g
    }

    /// Adds `dSums[b]` to every counted token of row b.
    public func addTokenGradients(dSums: [Double], counted: CountedTokens, into g: inout [Float]) {
        for b in 0..<min(batch.batch, dSums.count) where dSums[b] != 0 {
            for t in batch.countedPositions(b, counted) { g[b * batch.seq + t] += Float(dSums[b]) }
        }
    }
}

/// Runs a model on sequence batches: log-probs forward, gradients backward.
public struct PolicyScorer {
    public let model: LlamaModel

    public init(model: LlamaModel) { self.model = model }

    /// Forward with logits and per-token log-probs (activations kept for `backward`).
    /// `training` enables LoRA dropout (steps that will back-propagate).
    public func score(_ batch: SequenceBatch, training: Bool = false) throws -> ScoredBatch {
        let pass = try model.forward(tokens: batch.tokens, batch: batch.batch, seq: batch.seq, training: training)
        guard let logits = pass.logits else {
            throw AlignOnceError("PolicyScorer", "forward pass returned no logits")
        }
        var logProbs = [Float](repeating: 0, count: batch.rows)
        var logSumExp = [Float](repeating: 0, count: batch.rows)
        TokenLogProbs.forward(logits: logits.pointer, rows: batch.rows, vocab: model.config.vocabSize,
                              targets: batch.targets, logProbs: &logProbs, logSumExp: &logSumExp)
        return ScoredBatch(batch: batch, pass: pass, tokenLogProbs: logProbs, logSumExp: logSumExp)
    }

    /// Per-row counted log-prob sums, forward only (reference model; nothing is kept).
    public func sequenceSums(_ batch: SequenceBatch, counted: CountedTokens) throws -> [Double] {
        try score(batch).sums(counted)
    }

    /// Back-propagates ∂L/∂(token log-prob) (`dTokenLogProbs`, [rows]) through the LM head and
    /// the model, accumulating into `gradients` (of the LoRA adapters when the model has them).
    /// Overwrites the pass's logits, so it runs once.
    /// `hiddenGradients` ([rows·seq, d] by hidden-state index) enter the same backward (an MLC
    /// term that read prompts from this pass).
    public func backward(_ scored: ScoredBatch, dTokenLogProbs: [Float], hiddenGradients: [Int: FloatBuffer] = [:],
                         into gradients: FloatBuffer) throws {
        let rows = scored.batch.rows
        guard !scored.consumed else { throw AlignOnceError("PolicyScorer", "backward called twice on one batch") }
        guard dTokenLogProbs.count == rows, let logits = scored.pass.logits else {
            throw AlignOnceError("PolicyScorer", "expected \(rows) token gradients and a pass with logits, "
                + "got \(dTokenLogProbs.count)")
        }
        guard gradients.count == model.trainableParameterCount else {
            throw AlignOnceError("PolicyScorer", "gradient buffer has \(gradients.count) values, "
                + "the trainable parameters \(model.trainableParameterCount)")
        }
        TokenLogProbs.backward(logits: logits.pointer, rows: rows, vocab: model.config.vocabSize,
                               targets: scored.batch.targets, logSumExp: scored.logSumExp,
                               gradLogProbs: dTokenLogProbs, dLogits: logits.pointer)
        scored.consumed = true
        model.backward(scored.pass, dLogits: logits.pointer, hiddenGradients: hiddenGradients, gradients: gradients)
    }
}
