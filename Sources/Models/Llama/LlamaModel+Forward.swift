import Tensor

extension LlamaModel {
    /// Runs `batch` right-padded sequences of `seq` tokens (row-major `tokens`).
    ///
    /// - upToHidden: stop once Hugging Face `hidden_states[upToHidden]` exists (e.g. the MLC
    ///   layer): later layers, the final norm and the LM head are skipped. Nil = whole model.
    /// - logits: compute [rows, vocab] logits (only when the whole model runs).
    /// - training: enables LoRA dropout (the only stochastic part of the model).
    public func forward(tokens: [Int32], batch: Int, seq: Int, upToHidden: Int? = nil, logits: Bool = true,
                        training: Bool = false) throws -> ForwardPass {
        let c = config
        guard batch > 0, seq > 0, tokens.count == batch * seq else {
            throw AlignOnceError("forward", "expected \(batch) x \(seq) token ids, got \(tokens.count)")
        }
        if let bad = tokens.first(where: { $0 < 0 || Int($0) >= c.vocabSize }) {
            throw AlignOnceError("forward", "token id \(bad) is outside the vocabulary (0..<\(c.vocabSize))")
        }
        let stop = upToHidden.map { $0 < 0 ? c.numLayers + 1 + $0 : $0 } ?? c.numLayers
        guard stop >= 0, stop <= c.numLayers else {
            throw AlignOnceError("forward", "hidden state \(upToHidden ?? 0) does not exist (model has \(c.numLayers) layers)")
        }
        let pass = ForwardPass(config: c, rope: rope, tokens: tokens, batch: batch, seq: seq,
                               layersRun: stop, finalNorm: stop == c.numLayers,
                               logits: logits && stop == c.numLayers, training: training)
        embed(pass)
        for i in 0..<stop { layerForward(i, pass) }
        if let normed = pass.finalNormed, let inv = pass.invRMSFinal {
            RMSNorm.forward(x: pass.residual[stop].pointer, weight: parameters.pointer + layout.finalNorm,
                            eps: c.rmsNormEps, rows: pass.rows, dim: c.hiddenSize, y: normed.pointer, invRMS: inv.pointer)
            if let out = pass.logits { lmHead(normed.pointer, rows: pass.rows, out: out.pointer) }
        }
        return pass
    }

    private func embed(_ pass: ForwardPass) {
        let d = config.hiddenSize
        let table = parameters.pointer + layout.embedding
        let out = pass.residual[0].pointer
        pass.tokens.withUnsafeBufferPointer { ids in
            Parallel.forEachChunk(pass.rows, costPerItem: d) { range in
                for r in range { (out + r * d).update(from: table + Int(ids[r]) * d, count: d) }
            }
        }
    }

    private func layerForward(_ i: Int, _ pass: ForwardPass) {
        let c = config, L = layout.layers[i], a = pass.layers[i]
        let p = parameters.pointer
        let rows = pass.rows, d = c.hiddenSize, inner = c.intermediateSize
        let width = pass.attention.qkvWidth
        let x = pass.residual[i].pointer, out = pass.residual[i + 1].pointer

        RMSNorm.forward(x: x, weight: p + L.inputNorm, eps: c.rmsNormEps, rows: rows, dim: d,
                        y: a.normedInput.pointer, invRMS: a.invRMSInput.pointer)
        BLAS.gemm(transB: true, m: rows, n: width, k: d, a: a.normedInput.pointer, lda: d,
                  b: p + L.qkvWeight, ldb: d, c: a.qkv.pointer, ldc: width)
        if let bias = L.qkvBias { addRowBias(a.qkv.pointer, rows: rows, width: width, bias: p + bias) }
        for t in [LoRATarget.q, .k, .v] { loraForward(i, t, input: a.normedInput.pointer, output: a.qkv.pointer, pass: pass) }
        applyRope(pass, a.qkv.pointer, inverse: false)
        pass.attention.forward(qkv: a.qkv.pointer, probs: a.probs.pointer, out: a.attention.pointer)

        a.afterAttention.pointer.update(from: x, count: rows * d)
        if let bias = L.oBias { addRowBias(a.afterAttention.pointer, rows: rows, width: d, bias: p + bias) }
        BLAS.gemm(transB: true, m: rows, n: d, k: c.qDim, a: a.attention.pointer, lda: c.qDim,
                  b: p + L.oWeight, ldb: c.qDim, beta: 1, c: a.afterAttention.pointer, ldc: d)
        loraForward(i, .o, input: a.attention.pointer, output: a.afterAttention.pointer, pass: pass)

        RMSNorm.forward(x: a.afterAttention.pointer, weight: p + L.postNorm, eps: c.rmsNormEps, rows: rows, dim: d,
                        y: a.normedMid.pointer, invRMS: a.invRMSMid.pointer)
        BLAS.gemm(transB: true, m: rows, n: 2 * inner, k: d, a: a.normedMid.pointer, lda: d,
                  b: p + L.gateUpWeight, ldb: d, c: a.gateUp.pointer, ldc: 2 * inner)
        if let bias = L.gateUpBias { addRowBias(a.gateUp.pointer, rows: rows, width: 2 * inner, bias: p + bias) }
        for t in [LoRATarget.gate, .up] { loraForward(i, t, input: a.normedMid.pointer, output: a.gateUp.pointer, pass: pass) }
        SwiGLU.forward(gateUp: a.gateUp.pointer, rows: rows, inner: inner, out: a.activation.pointer)
        out.update(from: a.afterAttention.pointer, count: rows * d)
        if let bias = L.downBias { addRowBias(out, rows: rows, width: d, bias: p + bias) }
        BLAS.gemm(transB: true, m: rows, n: d, k: inner, a: a.activation.pointer, lda: inner,
                  b: p + L.downWeight, ldb: inner, beta: 1, c: out, ldc: d)
        loraForward(i, .down, input: a.activation.pointer, output: out, pass: pass)
    }

    /// RoPE on the q and k parts of a [rows, qkvWidth] buffer (positions = row mod seq).
    func applyRope(_ pass: ForwardPass, _ qkv: UnsafeMutablePointer<Float>, inverse: Bool) {
        let c = config, seq = pass.seq, width = pass.attention.qkvWidth
        pass.ropeCos.withUnsafeBufferPointer { cosTable in
            pass.ropeSin.withUnsafeBufferPointer { sinTable in
                guard let cp = cosTable.baseAddress, let sp = sinTable.baseAddress else { return }
                Rope.apply(qkv, rows: pass.rows, rowStride: width, heads: c.numHeads, headDim: c.headDim,
                           cos: cp, sin: sp, tableRow: { $0 % seq }, inverse: inverse)
                Rope.apply(qkv + c.qDim, rows: pass.rows, rowStride: width, heads: c.numKVHeads, headDim: c.headDim,
                           cos: cp, sin: sp, tableRow: { $0 % seq }, inverse: inverse)
            }
        }
    }
}

/// x[r, :] += bias for every row.
func addRowBias(_ x: UnsafeMutablePointer<Float>, rows: Int, width: Int, bias: UnsafePointer<Float>) {
    Parallel.forEachChunk(rows, costPerItem: width) { range in
        for r in range {
            let row = x + r * width
            for j in 0..<width { row[j] += bias[j] }
        }
    }
}
