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

    public init(model: LlamaModel, capacity: Int) {
        self.model = model
        self.capacity = capacity
        cache = KVCache(config: model.config, capacity: capacity)
    }

    public func reset() { cache.reset() }

    /// Feeds `tokens` and returns the [vocab] logits after the last one.
    public func append(_ tokens: [Int32]) throws -> [Float] {
        let output = try model.cachedStep([CachedSegment(cache: cache, tokens: tokens)])
        return output.lastRowLogits(model)[0]
    }
}
