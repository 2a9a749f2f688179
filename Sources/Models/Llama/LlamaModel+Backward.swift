import Tensor

extension LlamaModel {
    /// Reverse-mode pass through `pass`, accumulating parameter gradients into `gradients`
    /// (same layout as `parameters`; nil = frozen weights, e.g. when only inputs matter).
    ///
    /// Gradients may enter at the logits (`dLogits`, [rows, vocab]) and/or at any Hugging
    /// Face hidden state the pass computed (`hiddenGradients[i]`, [rows, d]). Several passes of
    /// the same weights (an objective on full sequences plus MLC on prompt variants) each call
    /// `backward` into the same `gradients`: their losses are summed. With LoRA, pass
    /// `gradients: nil` to keep the base frozen and `loraGradients` for the adapters.
    public func backward(
        _ pass: ForwardPass, dLogits: UnsafePointer<Float>? = nil,
        hiddenGradients: [Int: UnsafePointer<Float>] = [:], gradients: FloatBuffer?, loraGradients: FloatBuffer? = nil
    ) {
        let c = config, rows = pass.rows, d = c.hiddenSize
        let p = parameters.pointer
        let g = gradients?.pointer
        let scratch = BackwardScratch(config: c, pass: pass)
        let dx = scratch.dResidual.pointer

        if let normed = pass.finalNormed, let inv = pass.invRMSFinal {
            let dNormed = scratch.dNormed.pointer
            var any = false
            if let dLogits {
                BLAS.gemm(m: rows, n: d, k: c.vocabSize, a: dLogits, lda: c.vocabSize,
                          b: p + layout.lmHead, ldb: d, c: dNormed, ldc: d)
                if let g {
                    BLAS.gemm(transA: true, m: c.vocabSize, n: d, k: rows, a: dLogits, lda: c.vocabSize,
                              b: normed.pointer, ldb: d, beta: 1, c: g + layout.lmHead, ldc: d)
                }
                any = true
            }
            if let extra = hiddenGradients[c.numLayers] {
                if any { add(extra, into: dNormed, count: rows * d) } else { dNormed.update(from: extra, count: rows * d) }
                any = true
            }
            if any {
                RMSNorm.backward(x: pass.residual[pass.layersRun].pointer, weight: p + layout.finalNorm, invRMS: inv.pointer,
                                 dy: dNormed, rows: rows, dim: d, dx: dx, dWeight: g.map { $0 + layout.finalNorm })
            }
        } else if let top = hiddenGradients[pass.layersRun] {
            dx.update(from: top, count: rows * d)
        }

        for i in (0..<pass.layersRun).reversed() {
            layerBackward(i, pass, scratch, g, loraGradients)
            if let extra = hiddenGradients[i] { add(extra, into: dx, count: rows * d) }
        }
        if let g { embeddingBackward(pass, dx, g + layout.embedding) }
    }

    /// The same, taking owned buffers: they stay alive for the whole call, which raw pointers
    /// taken from temporaries would not guarantee.
    public func backward(
        _ pass: ForwardPass, dLogits: FloatBuffer?, hiddenGradients: [Int: FloatBuffer] = [:],
        gradients: FloatBuffer?, loraGradients: FloatBuffer? = nil
    ) {
        withExtendedLifetime((dLogits, hiddenGradients)) {
            backward(pass, dLogits: dLogits.map { UnsafePointer($0.pointer) },
                     hiddenGradients: hiddenGradients.mapValues { UnsafePointer($0.pointer) },
                     gradients: gradients, loraGradients: loraGradients)
        }
    }

    private func layerBackward(_ i: Int, _ pass: ForwardPass, _ s: BackwardScratch, _ g: UnsafeMutablePointer<Float>?,
                               _ loraGradients: FloatBuffer?) {
        let c = config, L = layout.layers[i], a = pass.layers[i]
        let p = parameters.pointer
        let rows = pass.rows, d = c.hiddenSize, inner = c.intermediateSize
        let width = pass.attention.qkvWidth
        let dx = s.dResidual.pointer  // on entry: ∂L/∂(layer output); on exit: ∂L/∂(layer input)

        // MLP: out = mid + down(silu(gate) ⊙ up)
        if let g, let bias = L.downBias { addColumnSums(dx, rows: rows, width: d, into: g + bias) }
        BLAS.gemm(m: rows, n: inner, k: d, a: dx, lda: d, b: p + L.downWeight, ldb: inner, c: s.dActivation.pointer, ldc: inner)
        loraBackward(i, .down, input: a.activation.pointer, dOutput: dx, dInput: s.dActivation.pointer, pass: pass, gradients: loraGradients)
        if let g {
            BLAS.gemm(transA: true, m: d, n: inner, k: rows, a: dx, lda: d, b: a.activation.pointer, ldb: inner,
                      beta: 1, c: g + L.downWeight, ldc: inner)
        }
        SwiGLU.backward(gateUp: a.gateUp.pointer, dOut: s.dActivation.pointer, rows: rows, inner: inner, dGateUp: s.dGateUp.pointer)
        if let g, let bias = L.gateUpBias { addColumnSums(s.dGateUp.pointer, rows: rows, width: 2 * inner, into: g + bias) }
        BLAS.gemm(m: rows, n: d, k: 2 * inner, a: s.dGateUp.pointer, lda: 2 * inner, b: p + L.gateUpWeight, ldb: d,
                  c: s.dNormed.pointer, ldc: d)
        for t in [LoRATarget.gate, .up] {
            loraBackward(i, t, input: a.normedMid.pointer, dOutput: s.dGateUp.pointer, dInput: s.dNormed.pointer, pass: pass, gradients: loraGradients)
        }
        if let g {
            BLAS.gemm(transA: true, m: 2 * inner, n: d, k: rows, a: s.dGateUp.pointer, lda: 2 * inner,
                      b: a.normedMid.pointer, ldb: d, beta: 1, c: g + L.gateUpWeight, ldc: d)
        }
        RMSNorm.backward(x: a.afterAttention.pointer, weight: p + L.postNorm, invRMS: a.invRMSMid.pointer,
                         dy: s.dNormed.pointer, rows: rows, dim: d, dx: dx, dWeight: g.map { $0 + L.postNorm })

        // Attention: mid = x + o_proj(attention(rope(q), rope(k), v))
        if let g, let bias = L.oBias { addColumnSums(dx, rows: rows, width: d, into: g + bias) }
        BLAS.gemm(m: rows, n: c.qDim, k: d, a: dx, lda: d, b: p + L.oWeight, ldb: c.qDim, c: s.dAttention.pointer, ldc: c.qDim)
        loraBackward(i, .o, input: a.attention.pointer, dOutput: dx, dInput: s.dAttention.pointer, pass: pass, gradients: loraGradients)
        if let g {
            BLAS.gemm(transA: true, m: d, n: c.qDim, k: rows, a: dx, lda: d, b: a.attention.pointer, ldb: c.qDim,
                      beta: 1, c: g + L.oWeight, ldc: c.qDim)
        }
        pass.attention.backward(qkv: a.qkv.pointer, probs: a.probs.pointer, dOut: s.dAttention.pointer,
                                scratch: s.dScores.pointer, dqkv: s.dQKV.pointer)
        applyRope(pass, s.dQKV.pointer, inverse: true)
        if let g, let bias = L.qkvBias { addColumnSums(s.dQKV.pointer, rows: rows, width: width, into: g + bias) }
        BLAS.gemm(m: rows, n: d, k: width, a: s.dQKV.pointer, lda: width, b: p + L.qkvWeight, ldb: d,
                  c: s.dNormed.pointer, ldc: d)
        for t in [LoRATarget.q, .k, .v] {
            loraBackward(i, t, input: a.normedInput.pointer, dOutput: s.dQKV.pointer, dInput: s.dNormed.pointer, pass: pass, gradients: loraGradients)
        }
        if let g {
            BLAS.gemm(transA: true, m: width, n: d, k: rows, a: s.dQKV.pointer, lda: width,
                      b: a.normedInput.pointer, ldb: d, beta: 1, c: g + L.qkvWeight, ldc: d)
        }
        RMSNorm.backward(x: pass.residual[i].pointer, weight: p + L.inputNorm, invRMS: a.invRMSInput.pointer,
                         dy: s.dNormed.pointer, rows: rows, dim: d, dx: dx, dWeight: g.map { $0 + L.inputNorm })
    }

    /// Scatter-add of row gradients into the embedding table; workers own disjoint feature
    /// slices, so repeated tokens never race.
    private func embeddingBackward(_ pass: ForwardPass, _ dx: UnsafePointer<Float>, _ dTable: UnsafeMutablePointer<Float>) {
        let d = config.hiddenSize
        pass.tokens.withUnsafeBufferPointer { ids in
            Parallel.forEachChunk(d, costPerItem: pass.rows) { features in
                for r in 0..<pass.rows {
                    let src = dx + r * d, dst = dTable + Int(ids[r]) * d
                    for f in features { dst[f] += src[f] }
                }
            }
        }
    }
}

/// Gradient buffers reused by every layer of one backward pass. Only the residual gradient
/// accumulates, so only it starts zeroed; the others are fully written before being read.
final class BackwardScratch {
    let dResidual, dNormed, dActivation, dGateUp, dAttention, dQKV, dScores: FloatBuffer

    init(config c: ModelConfig, pass: ForwardPass) {
        let rows = pass.rows
        dResidual = FloatBuffer(count: rows * c.hiddenSize)
        dNormed = FloatBuffer(count: rows * c.hiddenSize, zeroed: false)
        dActivation = FloatBuffer(count: rows * c.intermediateSize, zeroed: false)
        dGateUp = FloatBuffer(count: rows * 2 * c.intermediateSize, zeroed: false)
        dAttention = FloatBuffer(count: rows * c.qDim, zeroed: false)
        dQKV = FloatBuffer(count: rows * pass.attention.qkvWidth, zeroed: false)
        dScores = FloatBuffer(count: pass.attention.probsCount, zeroed: false)
    }
}

/// y += x.
func add(_ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, count: Int) {
    Parallel.forEachChunk(count) { range in for i in range { y[i] += x[i] } }
}

/// sums[j] += Σ_r x[r, j].
func addColumnSums(_ x: UnsafePointer<Float>, rows: Int, width: Int, into sums: UnsafeMutablePointer<Float>) {
    Parallel.forEachChunk(width, costPerItem: rows) { columns in
        for r in 0..<rows {
            let row = x + r * width
            for j in columns { sums[j] += row[j] }
        }
    }
}
