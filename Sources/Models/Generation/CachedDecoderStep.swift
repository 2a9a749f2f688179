import Foundation
import Tensor

/// Where each segment of a cached step sits: its rows in the step buffers, its first new
/// position (= the cache length before the step) and its attention scores' offset.
struct StepPlan {
    let caches: [KVCache]
    let rowStarts: [Int]
    let rowCounts: [Int]
    let starts: [Int]
    let scoreOffsets: [Int]
    let rows: Int
    let scoreCount: Int

    init(_ segments: [CachedSegment], heads: Int) {
        caches = segments.map(\.cache)
        rowCounts = segments.map(\.tokens.count)
        starts = segments.map(\.cache.length)
        var rowStarts: [Int] = [], scoreOffsets: [Int] = [], rows = 0, scores = 0
        for (n, start) in zip(rowCounts, starts) {
            rowStarts.append(rows)
            scoreOffsets.append(scores)
            rows += n
            scores += heads * n * (start + n)
        }
        self.rowStarts = rowStarts
        self.scoreOffsets = scoreOffsets
        self.rows = rows
        scoreCount = scores
    }
}

extension LlamaModel {
    /// Runs the new tokens of one or more sequences through the model at once, each row
    /// attending to its own sequence's cache (all earlier positions plus the new rows up to
    /// itself), and appends their keys/values to those caches.
    ///
    /// Every linear layer runs all new rows of all segments as ONE [rows, d] GEMM — a prompt's
    /// prefill, B decoding sequences' next tokens, or both — so the weights are read once per
    /// step. `captureLastRow` lists Hugging Face hidden-state indices (0 = embeddings, L = after
    /// the final norm, negative from the end) to keep at each segment's last row.
    /// `decodeWeights`: transposed weights for steps of a single new row (see `DecodeWeights`).
    public func cachedStep(_ segments: [CachedSegment], captureLastRow: [Int] = [],
                           decodeWeights: DecodeWeights? = nil) throws -> CachedStepOutput {
        let c = config, d = c.hiddenSize
        try validate(segments)
        let capture = try Set(captureLastRow.map { layer -> Int in
            let resolved = layer < 0 ? c.numLayers + 1 + layer : layer
            guard (0...c.numLayers).contains(resolved) else {
                throw AlignOnceError("hidden state", "layer \(layer) does not exist (model has \(c.numLayers) layers: 0...\(c.numLayers) or -1...-\(c.numLayers + 1))")
            }
            return resolved
        })
        let plan = StepPlan(segments, heads: c.numHeads)
        let s = StepBuffers(config: c, rows: plan.rows, scoreCount: plan.scoreCount)
        let table = parameters.pointer + layout.embedding
        var r = 0
        for segment in segments {
            for t in segment.tokens {
                (s.x.pointer + r * d).update(from: table + Int(t) * d, count: d)
                r += 1
            }
        }
        var captured: [Int: [Float]] = [:]
        func keepLastRows(_ layer: Int, _ buffer: FloatBuffer) {
            guard capture.contains(layer) else { return }
            captured[layer] = zip(plan.rowStarts, plan.rowCounts).flatMap { start, n in buffer.array(((start + n - 1) * d)..<((start + n) * d)) }
        }
        keepLastRows(0, s.x)
        var positions: [Int] = []
        positions.reserveCapacity(plan.rows)
        for (start, n) in zip(plan.starts, plan.rowCounts) { positions += start..<(start + n) }
        let (cosTable, sinTable) = rope.tables(positions: positions)
        for i in 0..<c.numLayers {
            cachedLayerStep(i, s, plan, cosTable, sinTable, decodeWeights?.layers[i])
            if i + 1 < c.numLayers { keepLastRows(i + 1, s.x) }
        }
        let finalNormed = FloatBuffer(count: plan.rows * d, zeroed: false)
        RMSNorm.forward(x: s.x.pointer, weight: parameters.pointer + layout.finalNorm, eps: c.rmsNormEps,
                        rows: plan.rows, dim: d, y: finalNormed.pointer, invRMS: nil)
        keepLastRows(c.numLayers, finalNormed)
        for (cache, n) in zip(plan.caches, plan.rowCounts) { cache.length += n }
        let ranges = zip(plan.rowStarts, plan.rowCounts).map { $0..<($0 + $1) }
        return CachedStepOutput(rowRanges: ranges, finalNormed: finalNormed, lastRowHidden: captured)
    }

    private func validate(_ segments: [CachedSegment]) throws {
        let c = config
        guard !segments.isEmpty else { throw AlignOnceError("generate", "no sequences to feed") }
        var seen = Set<ObjectIdentifier>()
        for segment in segments {
            let cache = segment.cache, tokens = segment.tokens
            guard !tokens.isEmpty else { throw AlignOnceError("generate", "no tokens to feed") }
            guard seen.insert(ObjectIdentifier(cache)).inserted else {
                throw AlignOnceError("generate", "the same cache appears twice in one step")
            }
            guard cache.keys.count == c.numLayers, cache.kvDim == c.kvDim else {
                throw AlignOnceError("generate", "cache was made for another model configuration")
            }
            guard cache.length + tokens.count <= cache.capacity else {
                throw AlignOnceError("generate", "sequence of \(cache.length + tokens.count) tokens exceeds the cache capacity \(cache.capacity)")
            }
            if let bad = tokens.first(where: { $0 < 0 || Int($0) >= c.vocabSize }) {
                throw AlignOnceError("generate", "token id \(bad) is outside the vocabulary (0..<\(c.vocabSize))")
            }
        }
    }

    private func cachedLayerStep(_ i: Int, _ s: StepBuffers, _ plan: StepPlan, _ cosTable: [Float], _ sinTable: [Float],
                                 _ transposed: DecodeWeights.Layer?) {
        let c = config, L = layout.layers[i], p = parameters.pointer, n = plan.rows
        let d = c.hiddenSize, inner = c.intermediateSize, width = c.qDim + 2 * c.kvDim

        RMSNorm.forward(x: s.x.pointer, weight: p + L.inputNorm, eps: c.rmsNormEps, rows: n, dim: d, y: s.normed.pointer, invRMS: nil)
        linear(s.normed.pointer, rows: n, inDim: d, outDim: width, weight: p + L.qkvWeight, transposed: transposed?.qkv,
               out: s.qkv.pointer)
        if let bias = L.qkvBias { addRowBias(s.qkv.pointer, rows: n, width: width, bias: p + bias) }
        for t in [LoRATarget.q, .k, .v] { loraInference(i, t, input: s.normed.pointer, rows: n, output: s.qkv.pointer) }
        cosTable.withUnsafeBufferPointer { cp in
            sinTable.withUnsafeBufferPointer { sp in
                guard let cb = cp.baseAddress, let sb = sp.baseAddress else { return }
                Rope.apply(s.qkv.pointer, rows: n, rowStride: width, heads: c.numHeads, headDim: c.headDim, cos: cb, sin: sb, tableRow: { $0 })
                Rope.apply(s.qkv.pointer + c.qDim, rows: n, rowStride: width, heads: c.numKVHeads, headDim: c.headDim, cos: cb, sin: sb, tableRow: { $0 })
            }
        }
        for (k, cache) in plan.caches.enumerated() {
            let kCache = cache.keys[i].pointer, vCache = cache.values[i].pointer
            for r in 0..<plan.rowCounts[k] {
                let row = s.qkv.pointer + (plan.rowStarts[k] + r) * width, position = plan.starts[k] + r
                (kCache + position * c.kvDim).update(from: row + c.qDim, count: c.kvDim)
                (vCache + position * c.kvDim).update(from: row + c.qDim + c.kvDim, count: c.kvDim)
            }
        }
        cachedAttention(i, s, plan)

        s.mid.pointer.update(from: s.x.pointer, count: n * d)
        if let bias = L.oBias { addRowBias(s.mid.pointer, rows: n, width: d, bias: p + bias) }
        linear(s.attention.pointer, rows: n, inDim: c.qDim, outDim: d, weight: p + L.oWeight, transposed: transposed?.o,
               out: s.mid.pointer, accumulate: true)
        loraInference(i, .o, input: s.attention.pointer, rows: n, output: s.mid.pointer)
        RMSNorm.forward(x: s.mid.pointer, weight: p + L.postNorm, eps: c.rmsNormEps, rows: n, dim: d, y: s.normed.pointer, invRMS: nil)
        linear(s.normed.pointer, rows: n, inDim: d, outDim: 2 * inner, weight: p + L.gateUpWeight,
               transposed: transposed?.gateUp, out: s.gateUp.pointer)
        if let bias = L.gateUpBias { addRowBias(s.gateUp.pointer, rows: n, width: 2 * inner, bias: p + bias) }
        for t in [LoRATarget.gate, .up] { loraInference(i, t, input: s.normed.pointer, rows: n, output: s.gateUp.pointer) }
        SwiGLU.forward(gateUp: s.gateUp.pointer, rows: n, inner: inner, out: s.activation.pointer)
        s.x.pointer.update(from: s.mid.pointer, count: n * d)
        if let bias = L.downBias { addRowBias(s.x.pointer, rows: n, width: d, bias: p + bias) }
        linear(s.activation.pointer, rows: n, inDim: inner, outDim: d, weight: p + L.downWeight, transposed: transposed?.down,
               out: s.x.pointer, accumulate: true)
        loraInference(i, .down, input: s.activation.pointer, rows: n, output: s.x.pointer)
    }

    /// Per (segment, head): row r of a segment (absolute position start + r) attends to its own
    /// cache's positions 0...start + r.
    private func cachedAttention(_ layer: Int, _ s: StepBuffers, _ plan: StepPlan) {
        let c = config, hd = c.headDim, group = c.numHeads / c.numKVHeads
        let width = c.qDim + 2 * c.kvDim, heads = c.numHeads
        let scale = 1 / Float(hd).squareRoot()
        let items = plan.caches.count * heads
        let head = { (item: Int) in
            let k = item / heads, h = item % heads, g = h / group
            let n = plan.rowCounts[k], start = plan.starts[k], context = start + n, firstRow = plan.rowStarts[k]
            let keys = plan.caches[k].keys[layer].pointer, values = plan.caches[k].values[layer].pointer
            let scores = s.scores.pointer + plan.scoreOffsets[k] + h * n * context
            // scores[r, j] = q_r · k_j / sqrt(hd) for all cached j (masked below).
            BLAS.gemm(transB: true, m: n, n: context, k: hd, alpha: scale,
                      a: s.qkv.pointer + firstRow * width + h * hd, lda: width, b: keys + g * hd, ldb: c.kvDim,
                      c: scores, ldc: context, split: false)
            for r in 0..<n {
                let row = scores + r * context
                let visible = start + r + 1
                VectorMath.softmax(row, visible)
                (row + visible).update(repeating: 0, count: context - visible)
            }
            BLAS.gemm(m: n, n: hd, k: context, a: scores, lda: context, b: values + g * hd, ldb: c.kvDim,
                      c: s.attention.pointer + firstRow * c.qDim + h * hd, ldc: c.qDim, split: false)
        }
        // One decode step's attention is a few thousand multiply-adds per head: handing it to
        // threads costs more than it saves. Larger steps give each core whole heads.
        let work = plan.scoreCount * hd
        if work < 1 << 17 {
            for item in 0..<items { head(item) }
        } else {
            Parallel.forEach(items, costPerItem: max(1, work / max(items, 1)) * 4) { head($0) }
        }
    }

    /// out = x · Wᵀ (+ out when accumulating); W is [outDim, inDim]. One row uses GEMV (over
    /// the transposed copy Wᵀ [inDim, outDim] when given: see `DecodeWeights`), more rows
    /// (batched decoding, prefill) GEMM.
    func linear(_ x: UnsafePointer<Float>, rows: Int, inDim: Int, outDim: Int, weight: UnsafePointer<Float>,
                transposed: FloatBuffer? = nil, out: UnsafeMutablePointer<Float>, accumulate: Bool = false) {
        if rows == 1, let transposed {
            BLAS.gemv(trans: true, m: inDim, n: outDim, a: transposed.pointer, lda: outDim, x: x, beta: accumulate ? 1 : 0, y: out)
        } else if rows == 1 {
            BLAS.gemv(m: outDim, n: inDim, a: weight, lda: inDim, x: x, beta: accumulate ? 1 : 0, y: out)
        } else {
            BLAS.gemm(transB: true, m: rows, n: outDim, k: inDim, a: x, lda: inDim, b: weight, ldb: inDim,
                      beta: accumulate ? 1 : 0, c: out, ldc: outDim)
        }
    }
}

/// Per-call working buffers of a cached step (rows = new tokens of all segments).
final class StepBuffers {
    let x, normed, qkv, scores, attention, mid, gateUp, activation: FloatBuffer

    init(config c: ModelConfig, rows: Int, scoreCount: Int) {
        x = FloatBuffer(count: rows * c.hiddenSize, zeroed: false)
        normed = FloatBuffer(count: rows * c.hiddenSize, zeroed: false)
        qkv = FloatBuffer(count: rows * (c.qDim + 2 * c.kvDim), zeroed: false)
        scores = FloatBuffer(count: scoreCount, zeroed: false)
        attention = FloatBuffer(count: rows * c.qDim, zeroed: false)
        mid = FloatBuffer(count: rows * c.hiddenSize, zeroed: false)
        gateUp = FloatBuffer(count: rows * 2 * c.intermediateSize, zeroed: false)
        activation = FloatBuffer(count: rows * c.intermediateSize, zeroed: false)
    }
}
