import Foundation
import Tensor

/// Incremental decoding of one sequence with a key/value cache.
///
/// `append(tokens)` runs any number of new tokens (the whole prompt for prefill, then one
/// token per step) through the model, attending to everything cached so far, and returns the
/// logits of the last new token.
public final class InferenceSession {
    public let model: LlamaModel
    public let capacity: Int
    public private(set) var length = 0
    private let keys: [FloatBuffer]    // per layer [capacity, kvDim], after RoPE
    private let values: [FloatBuffer]  // per layer [capacity, kvDim]

    public init(model: LlamaModel, capacity: Int) {
        self.model = model
        self.capacity = capacity
        let c = model.config
        keys = (0..<c.numLayers).map { _ in FloatBuffer(count: capacity * c.kvDim) }
        values = (0..<c.numLayers).map { _ in FloatBuffer(count: capacity * c.kvDim) }
    }

    public func reset() { length = 0 }

    /// Feeds `tokens` and returns the [vocab] logits after the last one.
    public func append(_ tokens: [Int32]) throws -> [Float] {
        let c = model.config
        guard !tokens.isEmpty else { throw AlignOnceError("generate", "no tokens to feed") }
        guard length + tokens.count <= capacity else {
            throw AlignOnceError("generate", "sequence of \(length + tokens.count) tokens exceeds the cache capacity \(capacity)")
        }
        if let bad = tokens.first(where: { $0 < 0 || Int($0) >= c.vocabSize }) {
            throw AlignOnceError("generate", "token id \(bad) is outside the vocabulary (0..<\(c.vocabSize))")
        }
        let n = tokens.count, d = c.hiddenSize
        let s = StepBuffers(config: c, rows: n, context: length + n)
        let table = model.parameters.pointer + model.layout.embedding
        for (r, t) in tokens.enumerated() { (s.x.pointer + r * d).update(from: table + Int(t) * d, count: d) }
        let (cosTable, sinTable) = model.rope.tables(positions: Array(length..<(length + n)))
        for i in 0..<c.numLayers { layerStep(i, s, n, cosTable, sinTable) }
        length += n

        // Only the last row needs the final norm and the LM head.
        let last = s.x.pointer + (n - 1) * d
        RMSNorm.forward(x: last, weight: model.parameters.pointer + model.layout.finalNorm, eps: c.rmsNormEps,
                        rows: 1, dim: d, y: s.normed.pointer, invRMS: nil)
        var logits = [Float](repeating: 0, count: c.vocabSize)
        logits.withUnsafeMutableBufferPointer { out in
            guard let o = out.baseAddress else { return }
            BLAS.gemv(m: c.vocabSize, n: d, a: model.parameters.pointer + model.layout.lmHead, lda: d,
                      x: s.normed.pointer, y: o)
        }
        return logits
    }

    private func layerStep(_ i: Int, _ s: StepBuffers, _ n: Int, _ cosTable: [Float], _ sinTable: [Float]) {
        let c = model.config, L = model.layout.layers[i], p = model.parameters.pointer
        let d = c.hiddenSize, inner = c.intermediateSize, width = c.qDim + 2 * c.kvDim
        let hd = c.headDim, start = length

        RMSNorm.forward(x: s.x.pointer, weight: p + L.inputNorm, eps: c.rmsNormEps, rows: n, dim: d, y: s.normed.pointer, invRMS: nil)
        linear(s.normed.pointer, rows: n, inDim: d, outDim: width, weight: p + L.qkvWeight, out: s.qkv.pointer)
        if let bias = L.qkvBias { addRowBias(s.qkv.pointer, rows: n, width: width, bias: p + bias) }
        for t in [LoRATarget.q, .k, .v] { model.loraInference(i, t, input: s.normed.pointer, rows: n, output: s.qkv.pointer) }
        cosTable.withUnsafeBufferPointer { cp in
            sinTable.withUnsafeBufferPointer { sp in
                guard let cb = cp.baseAddress, let sb = sp.baseAddress else { return }
                Rope.apply(s.qkv.pointer, rows: n, rowStride: width, heads: c.numHeads, headDim: hd, cos: cb, sin: sb, tableRow: { $0 })
                Rope.apply(s.qkv.pointer + c.qDim, rows: n, rowStride: width, heads: c.numKVHeads, headDim: hd, cos: cb, sin: sb, tableRow: { $0 })
            }
        }
        let kCache = keys[i].pointer, vCache = values[i].pointer
        for r in 0..<n {
            (kCache + (start + r) * c.kvDim).update(from: s.qkv.pointer + r * width + c.qDim, count: c.kvDim)
            (vCache + (start + r) * c.kvDim).update(from: s.qkv.pointer + r * width + c.qDim + c.kvDim, count: c.kvDim)
        }
        cachedAttention(s, n, start, keys: kCache, values: vCache)

        s.mid.pointer.update(from: s.x.pointer, count: n * d)
        if let bias = L.oBias { addRowBias(s.mid.pointer, rows: n, width: d, bias: p + bias) }
        linear(s.attention.pointer, rows: n, inDim: c.qDim, outDim: d, weight: p + L.oWeight, out: s.mid.pointer, accumulate: true)
        model.loraInference(i, .o, input: s.attention.pointer, rows: n, output: s.mid.pointer)
        RMSNorm.forward(x: s.mid.pointer, weight: p + L.postNorm, eps: c.rmsNormEps, rows: n, dim: d, y: s.normed.pointer, invRMS: nil)
        linear(s.normed.pointer, rows: n, inDim: d, outDim: 2 * inner, weight: p + L.gateUpWeight, out: s.gateUp.pointer)
        if let bias = L.gateUpBias { addRowBias(s.gateUp.pointer, rows: n, width: 2 * inner, bias: p + bias) }
        for t in [LoRATarget.gate, .up] { model.loraInference(i, t, input: s.normed.pointer, rows: n, output: s.gateUp.pointer) }
        SwiGLU.forward(gateUp: s.gateUp.pointer, rows: n, inner: inner, out: s.activation.pointer)
        s.x.pointer.update(from: s.mid.pointer, count: n * d)
        if let bias = L.downBias { addRowBias(s.x.pointer, rows: n, width: d, bias: p + bias) }
        linear(s.activation.pointer, rows: n, inDim: inner, outDim: d, weight: p + L.downWeight, out: s.x.pointer, accumulate: true)
        model.loraInference(i, .down, input: s.activation.pointer, rows: n, output: s.x.pointer)
    }

    /// Each new row r (absolute position start + r) attends to cached positions 0...start + r.
    private func cachedAttention(_ s: StepBuffers, _ n: Int, _ start: Int,
                                 keys: UnsafePointer<Float>, values: UnsafePointer<Float>) {
        let c = model.config, hd = c.headDim, group = c.numHeads / c.numKVHeads
        let width = c.qDim + 2 * c.kvDim, context = start + n
        let scale = 1 / Float(hd).squareRoot()
        let work = n * context * hd
        let head = { (h: Int) in
            let g = h / group
            let scores = s.scores.pointer + h * n * context
            // scores[r, j] = q_r · k_j / sqrt(hd) for all cached j (masked below).
            BLAS.gemm(transB: true, m: n, n: context, k: hd, alpha: scale,
                      a: s.qkv.pointer + h * hd, lda: width, b: keys + g * hd, ldb: c.kvDim,
                      c: scores, ldc: context)
            for r in 0..<n {
                let row = scores + r * context
                let visible = start + r + 1
                VectorMath.softmax(row, visible)
                (row + visible).update(repeating: 0, count: context - visible)
            }
            BLAS.gemm(m: n, n: hd, k: context, a: scores, lda: context, b: values + g * hd, ldb: c.kvDim,
                      c: s.attention.pointer + h * hd, ldc: c.qDim)
        }
        // A decode step's attention is a few thousand multiply-adds per head: threads would cost
        // more than they save. Prefill chunks split heads over the cores, BLAS single-threaded.
        if work < 1 << 16 {
            for h in 0..<c.numHeads { head(h) }
        } else {
            BLAS.singleThreaded { Parallel.forEach(c.numHeads, costPerItem: work * 4) { head($0) } }
        }
    }

    /// out = x · Wᵀ (+ out when accumulating); W is [outDim, inDim]. One row uses GEMV.
    private func linear(_ x: UnsafePointer<Float>, rows: Int, inDim: Int, outDim: Int, weight: UnsafePointer<Float>,
                        out: UnsafeMutablePointer<Float>, accumulate: Bool = false) {
        if rows == 1 {
            BLAS.gemv(m: outDim, n: inDim, a: weight, lda: inDim, x: x, beta: accumulate ? 1 : 0, y: out)
        } else {
            BLAS.gemm(transB: true, m: rows, n: outDim, k: inDim, a: x, lda: inDim, b: weight, ldb: inDim,
                      beta: accumulate ? 1 : 0, c: out, ldc: outDim)
        }
    }
}

/// Per-call working buffers of `InferenceSession.append` (rows = new tokens).
final class StepBuffers {
    let x, normed, qkv, scores, attention, mid, gateUp, activation: FloatBuffer

    init(config c: ModelConfig, rows: Int, context: Int) {
        x = FloatBuffer(count: rows * c.hiddenSize, zeroed: false)
        normed = FloatBuffer(count: rows * c.hiddenSize, zeroed: false)
        qkv = FloatBuffer(count: rows * (c.qDim + 2 * c.kvDim), zeroed: false)
        scores = FloatBuffer(count: c.numHeads * rows * context, zeroed: false)
        attention = FloatBuffer(count: rows * c.qDim, zeroed: false)
        mid = FloatBuffer(count: rows * c.hiddenSize, zeroed: false)
        gateUp = FloatBuffer(count: rows * 2 * c.intermediateSize, zeroed: false)
        activation = FloatBuffer(count: rows * c.intermediateSize, zeroed: false)
    }
}
