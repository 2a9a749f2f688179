import Foundation
import Tensor
import Models

/// A forward pass of a `SequenceBatch` with the log-probability of every scored target token.
///
/// Only the positions a loss counts (`scored`: the response tokens for DPO / SimPO, every token
/// for ORPO) go through the LM head: its [positions, vocab] GEMM, the log-softmax and their
/// backward are the largest per-token costs, and DPO's prompt half needs none of them.
public final class ScoredBatch {
    public let batch: SequenceBatch
    public let pass: ForwardPass
    /// [rows] log p(target | prefix); 0 at ignored and unscored positions.
    public let tokenLogProbs: [Float]
    /// Which predictions have logits (the loss may count these or fewer).
    public let scored: CountedTokens
    /// Flat row indices (b·seq + t) of the scored positions, and their [positions, vocab] logits.
    let positions: [Int]
    let logits: FloatBuffer
    let logSumExp: [Float]
    /// Set once `backward` has overwritten the logits with their gradient.
    fileprivate(set) var consumed = false

    init(batch: SequenceBatch, pass: ForwardPass, tokenLogProbs: [Float], scored: CountedTokens, positions: [Int],
         logits: FloatBuffer, logSumExp: [Float]) {
        self.batch = batch
        self.pass = pass
        self.tokenLogProbs = tokenLogProbs
        self.scored = scored
        self.positions = positions
        self.logits = logits
        self.logSumExp = logSumExp
    }

    /// Per-row sums of the counted log-probs, accumulated in Double.
    public func sums(_ counted: CountedTokens) -> [Double] {
        assert(counted == .response || scored == .all, "a batch scored on responses cannot sum every token")
        return (0..<batch.batch).map { b in
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

    /// Forward (activations kept for `backward`) and the log-probs of the `scored` predictions.
    /// `training` enables LoRA dropout (steps that will back-propagate).
    public func score(_ batch: SequenceBatch, training: Bool = false, scored: CountedTokens = .all) throws -> ScoredBatch {
        let c = model.config, v = c.vocabSize
        let pass = try model.forward(tokens: batch.tokens, batch: batch.batch, seq: batch.seq, logits: false, training: training)
        guard let normed = pass.hiddenState(c.numLayers) else {
            throw AlignOnceError("PolicyScorer", "forward pass returned no final hidden state")
        }
        var positions: [Int] = []
        for b in 0..<batch.batch { for t in batch.countedPositions(b, scored) { positions.append(b * batch.seq + t) } }
        let m = positions.count
        let logits = FloatBuffer(count: m * v, zeroed: false)
        let inputs = gather(normed, positions)
        model.lmHead(inputs.pointer, rows: m, out: logits.pointer)
        var logProbs = [Float](repeating: 0, count: m), logSumExp = [Float](repeating: 0, count: m)
        TokenLogProbs.forward(logits: logits.pointer, rows: m, vocab: v, targets: positions.map { batch.targets[$0] },
                              logProbs: &logProbs, logSumExp: &logSumExp)
        var tokenLogProbs = [Float](repeating: 0, count: batch.rows)
        for (i, r) in positions.enumerated() { tokenLogProbs[r] = logProbs[i] }
        return ScoredBatch(batch: batch, pass: pass, tokenLogProbs: tokenLogProbs, scored: scored, positions: positions,
                           logits: logits, logSumExp: logSumExp)
    }

    /// Per-row counted log-prob sums, forward only (reference model; nothing is kept).
    public func sequenceSums(_ batch: SequenceBatch, counted: CountedTokens) throws -> [Double] {
        try score(batch, scored: counted).sums(counted)
    }

    /// Back-propagates ∂L/∂(token log-prob) (`dTokenLogProbs`, [rows], zero outside the scored
    /// positions) through the LM head and the model, accumulating into `gradients` (of the LoRA
    /// adapters when the model has them). Overwrites the logits, so it runs once.
    /// `hiddenGradients` ([rows·seq, d] by hidden-state index) enter the same backward (an MLC
    /// term that read prompts from this pass).
    public func backward(_ scored: ScoredBatch, dTokenLogProbs: [Float], hiddenGradients: [Int: FloatBuffer] = [:],
                         into gradients: FloatBuffer) throws {
        let c = model.config, d = c.hiddenSize, v = c.vocabSize, rows = scored.batch.rows
        guard !scored.consumed else { throw AlignOnceError("PolicyScorer", "backward called twice on one batch") }
        guard dTokenLogProbs.count == rows else {
            throw AlignOnceError("PolicyScorer", "expected \(rows) token gradients, got \(dTokenLogProbs.count)")
        }
        guard gradients.count == model.trainableParameterCount else {
            throw AlignOnceError("PolicyScorer", "gradient buffer has \(gradients.count) values, "
                + "the trainable parameters \(model.trainableParameterCount)")
        }
        let gathered = scored.positions.map { dTokenLogProbs[$0] }
        guard gathered.filter({ $0 != 0 }).count == dTokenLogProbs.filter({ $0 != 0 }).count else {
            throw AlignOnceError("PolicyScorer", "a token gradient falls outside the scored positions (scored: \(scored.scored))")
        }
        guard let normed = scored.pass.hiddenState(c.numLayers) else {
            throw AlignOnceError("PolicyScorer", "forward pass has no final hidden state")
        }
        let m = scored.positions.count, head = model.parameters.pointer + model.layout.lmHead
        TokenLogProbs.backward(logits: scored.logits.pointer, rows: m, vocab: v,
                               targets: scored.positions.map { scored.batch.targets[$0] }, logSumExp: scored.logSumExp,
                               gradLogProbs: gathered, dLogits: scored.logits.pointer)
        scored.consumed = true
        let dInputs = FloatBuffer(count: m * d, zeroed: false)
        BLAS.gemm(m: m, n: d, k: v, a: scored.logits.pointer, lda: v, b: head, ldb: d, c: dInputs.pointer, ldc: d)
        if model.lora == nil {  // the LM head is a base weight: frozen under LoRA
            let inputs = gather(normed, scored.positions)
            BLAS.gemm(transA: true, m: v, n: d, k: m, a: scored.logits.pointer, lda: v, b: inputs.pointer, ldb: d,
                      beta: 1, c: gradients.pointer + model.layout.lmHead, ldc: d)
        }
        let dNormed = hiddenGradients[c.numLayers] ?? FloatBuffer(count: rows * d)
        for (i, r) in scored.positions.enumerated() {
            let to = dNormed.pointer + r * d, from = dInputs.pointer + i * d
            for f in 0..<d { to[f] += from[f] }
        }
        var merged = hiddenGradients
        merged[c.numLayers] = dNormed
        model.backward(scored.pass, hiddenGradients: merged, gradients: gradients)
    }

    /// The rows `positions` of a [rows, d] buffer, packed.
    private func gather(_ source: FloatBuffer, _ positions: [Int]) -> FloatBuffer {
        let d = model.config.hiddenSize
        let out = FloatBuffer(count: positions.count * d, zeroed: false)
        for (i, r) in positions.enumerated() { (out.pointer + i * d).update(from: source.pointer + r * d, count: d) }
        return out
    }
}
