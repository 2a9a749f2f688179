import Tensor

extension LlamaModel {
    /// The logits of a few rows of a pass that ran every layer ([rows.count, vocab], row-major).
    /// A prompt-only term needs the next-token distribution where the answer would start, not
    /// the [batch·seq, vocab] matrix of every position (which, at a real vocabulary, would not
    /// fit in memory for an MLC batch).
    public func logits(_ pass: ForwardPass, rows: [Int]) throws -> [Float] {
        let normed = try gatherFinalStates(pass, rows: rows)
        var out = [Float](repeating: 0, count: rows.count * config.vocabSize)
        guard !rows.isEmpty else { return out }
        normed.withUnsafeBufferPointer { x in
            out.withUnsafeMutableBufferPointer { o in lmHead(x.baseAddress!, rows: rows.count, out: o.baseAddress!) }
        }
        return out
    }

    /// The backward pass of `logits(_:rows:)`: adds `dLogits`' gradient at the final hidden
    /// state (Hugging Face `hidden_states[L]`) into `hiddenGradient` ([batch·seq, d], handed to
    /// `backward` as `hiddenGradients[L]`), and into the LM head's rows of `gradients` when given
    /// (nil: the head is frozen, e.g. under LoRA).
    public func backwardLogits(_ pass: ForwardPass, rows: [Int], dLogits: [Float], hiddenGradient: FloatBuffer,
                               gradients: FloatBuffer?) throws {
        let d = config.hiddenSize, vocab = config.vocabSize
        guard dLogits.count == rows.count * vocab else {
            throw AlignOnceError("logits", "expected \(rows.count) x \(vocab) logit gradients, got \(dLogits.count)")
        }
        guard hiddenGradient.count == pass.rows * d else {
            throw AlignOnceError("logits", "expected a [\(pass.rows), \(d)] hidden-state gradient, got \(hiddenGradient.count) values")
        }
        guard !rows.isEmpty else { return }
        var dNormed = [Float](repeating: 0, count: rows.count * d)
        dLogits.withUnsafeBufferPointer { g in
            dNormed.withUnsafeMutableBufferPointer { o in
                BLAS.gemm(m: rows.count, n: d, k: vocab, a: g.baseAddress!, lda: vocab,
                          b: parameters.pointer + layout.lmHead, ldb: d, c: o.baseAddress!, ldc: d)
            }
        }
        if let gradients {
            let normed = try gatherFinalStates(pass, rows: rows)
            dLogits.withUnsafeBufferPointer { g in
                normed.withUnsafeBufferPointer { x in
                    BLAS.gemm(transA: true, m: vocab, n: d, k: rows.count, a: g.baseAddress!, lda: vocab,
                              b: x.baseAddress!, ldb: d, beta: 1, c: gradients.pointer + layout.lmHead, ldc: d)
                }
            }
        }
        for (k, row) in rows.enumerated() {
            let target = hiddenGradient.pointer + row * d
            for j in 0..<d { target[j] += dNormed[k * d + j] }
        }
    }

    /// Rows of the final normed hidden state, gathered into one [rows.count, d] block.
    private func gatherFinalStates(_ pass: ForwardPass, rows: [Int]) throws -> [Float] {
        let d = config.hiddenSize
        guard let final = pass.hiddenState(config.numLayers) else {
            throw AlignOnceError("logits", "the forward pass stopped at hidden state \(pass.layersRun); logits need every layer")
        }
        if let bad = rows.first(where: { $0 < 0 || $0 >= pass.rows }) {
            throw AlignOnceError("logits", "row \(bad) is outside the pass (0..<\(pass.rows))")
        }
        var out = [Float](repeating: 0, count: rows.count * d)
        for (k, row) in rows.enumerated() {
            for j in 0..<d { out[k * d + j] = final.pointer[row * d + j] }
        }
        return out
    }
}
