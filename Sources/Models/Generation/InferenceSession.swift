import Foundation
import Tensor

/// Incremental decoding of one sequence with a key/value cache.
///
/// `append(tokens)` runs any number of new tokens (the whole prompt for prefill, then one
/// token per step) through the model, attending to everything cached so far, and returns the
/// logits of the last new token. It is the one-segment case of `LlamaModel.cachedStep`,
/// which `BatchedGenerator` runs with many sequences at once.
public final class InferenceSession {
    public let model: LlamaModel
    public let capacity: Int
    public var length: Int { cache.length }
    private let cache: KVCache
    /// Transposed weights for the one-token steps (nil: decode over the model's own layout).
    private let decodeWeights: DecodeWeights?

    /// - Parameters:
    ///   - transposedWeights: keep a transposed copy of the projection weights for faster
    ///     one-token steps (`DecodeWeights`; costs one more copy of those weights, and the model
    ///     must not change while the session lives). nil = only for models whose fp32 weights
    ///     take at most `DecodeWeights.automaticLimitBytes`, so large models do not double
    ///     their memory unasked.
    ///   - decodeWeights: that copy, prepared earlier for this model and shared between sessions.
    public init(model: LlamaModel, capacity: Int, transposedWeights: Bool? = nil, decodeWeights: DecodeWeights? = nil) {
        self.model = model
        self.capacity = capacity
        cache = KVCache(config: model.config, capacity: capacity)
        let transpose = transposedWeights ?? (model.parameterCount * 4 <= DecodeWeights.automaticLimitBytes)
        self.decodeWeights = decodeWeights ?? (transpose ? DecodeWeights(model) : nil)
    }

    public func reset() { cache.reset() }

    /// Feeds `tokens` and returns the [vocab] logits after the last one.
    public func append(_ tokens: [Int32]) throws -> [Float] {
        let output = try model.cachedStep([CachedSegment(cache: cache, tokens: tokens)], decodeWeights: decodeWeights)
        return output.lastRowLogits(model, decodeWeights: decodeWeights)[0]
    }
}
