import Foundation
import Tensor

/// The keys (after RoPE) and values of one sequence, per layer: what incremental decoding
/// attends to. `length` positions are filled; a cached step appends after them.
public final class KVCache {
    public let capacity: Int
    public internal(set) var length = 0
    let kvDim: Int
    let keys: [FloatBuffer]    // per layer [capacity, kvDim]
    let values: [FloatBuffer]  // per layer [capacity, kvDim]

    public init(config c: ModelConfig, capacity: Int) {
        self.capacity = max(0, capacity)
        kvDim = c.kvDim
        keys = (0..<c.numLayers).map { _ in FloatBuffer(count: max(0, capacity) * c.kvDim, zeroed: false) }
        values = (0..<c.numLayers).map { _ in FloatBuffer(count: max(0, capacity) * c.kvDim, zeroed: false) }
    }

    /// Forgets the cached positions (the buffers are reused).
    public func reset() { length = 0 }
}

/// New tokens of one sequence in a cached step: appended to `cache` at positions
/// `cache.length ..< cache.length + tokens.count`.
public struct CachedSegment {
    public let cache: KVCache
    public let tokens: [Int32]

    public init(cache: KVCache, tokens: [Int32]) {
        self.cache = cache
        self.tokens = tokens
    }
}

/// What a cached step leaves: the final-norm hidden states of every new row, where each
/// segment's rows are, and any hidden states captured at each segment's last row.
public final class CachedStepOutput {
    /// Rows of each segment in the step's [rows, d] buffers, in segment order.
    public let rowRanges: [Range<Int>]
    /// Hugging Face `hidden_states[L]` (after the final norm) of every new row: [rows, d].
    public let finalNormed: FloatBuffer
    /// Requested Hugging Face hidden states at each segment's last row: layer -> [segments, d].
    public let lastRowHidden: [Int: [Float]]

    init(rowRanges: [Range<Int>], finalNormed: FloatBuffer, lastRowHidden: [Int: [Float]]) {
        self.rowRanges = rowRanges
        self.finalNormed = finalNormed
        self.lastRowHidden = lastRowHidden
    }

    /// [vocab] logits after each segment's last new token.
    public func lastRowLogits(_ model: LlamaModel, decodeWeights: DecodeWeights? = nil) -> [[Float]] {
        let d = model.config.hiddenSize, v = model.config.vocabSize
        let rows = FloatBuffer(count: rowRanges.count * d, zeroed: false)
        for (k, range) in rowRanges.enumerated() {
            (rows.pointer + k * d).update(from: finalNormed.pointer + (range.upperBound - 1) * d, count: d)
        }
        let logits = FloatBuffer(count: rowRanges.count * v, zeroed: false)
        model.lmHead(rows.pointer, rows: rowRanges.count, out: logits.pointer, decodeWeights: decodeWeights)
        return rowRanges.indices.map { logits.array(($0 * v)..<(($0 + 1) * v)) }
    }
}

extension LlamaModel {
    /// out[rows, vocab] = normed · lm_headᵀ.
    public func lmHead(_ normed: UnsafePointer<Float>, rows: Int, out: UnsafeMutablePointer<Float>,
                       decodeWeights: DecodeWeights? = nil) {
        linear(normed, rows: rows, inDim: config.hiddenSize, outDim: config.vocabSize,
               weight: parameters.pointer + layout.lmHead, transposed: decodeWeights?.lmHead, out: out)
    }
}
