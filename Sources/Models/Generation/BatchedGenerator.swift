import Foundation
import Tensor

/// One sequence to continue: its prompt ids, how many tokens at most, and how to pick them.
public struct GenerationRequest: Sendable {
    public var prompt: [Int32]
    public var maxNewTokens: Int
    public var sampling: SamplingOptions

    public init(prompt: [Int32], maxNewTokens: Int, sampling: SamplingOptions = .init()) {
        self.prompt = prompt
        self.maxNewTokens = maxNewTokens
        self.sampling = sampling
    }
}

/// Decodes many prompts together with per-sequence KV caches.
///
/// Up to `batchSize` sequences are active at once. Each step runs, as one cached step (one
/// GEMM per linear layer over all rows), the last token of every decoding sequence plus the
/// whole prompt of any sequence just admitted; each row attends only to its own cache. A
/// sequence stops at a stop id or at its token budget, and its slot goes to the next waiting
/// prompt (continuous batching). Every sequence has its own sampler seeded by its own
/// options, so its ids do not depend on which sequences shared its batch: greedy decoding
/// gives the ids of batch-1 `generate` (up to float rounding between GEMM and GEMV).
public struct BatchedGenerator {
    public let model: LlamaModel
    public let batchSize: Int
    public let stopIds: Set<Int>

    public init(model: LlamaModel, batchSize: Int = 8, stopIds: Set<Int> = []) {
        self.model = model
        self.batchSize = batchSize
        self.stopIds = stopIds
    }

    /// The new ids of every request, in request order (a stop id, when reached, is the last
    /// one). `onFinish(index, ids)` is called as each sequence completes.
    public func generate(_ requests: [GenerationRequest], onFinish: (Int, [Int]) -> Void = { _, _ in }) throws -> [[Int]] {
        guard batchSize > 0 else { throw AlignOnceError("--batch-size", "must be positive, got \(batchSize)") }
        for (index, request) in requests.enumerated() where request.prompt.isEmpty {
            throw AlignOnceError("generate", "prompt \(index) has no tokens")
        }
        var results = [[Int]](repeating: [], count: requests.count)
        var waiting = requests.indices.makeIterator()
        var active: [Sequence] = []
        while true {
            while active.count < batchSize, let index = waiting.next() {
                let request = requests[index]
                if request.maxNewTokens <= 0 {
                    onFinish(index, [])
                    continue
                }
                active.append(Sequence(index: index, request: request, config: model.config))
            }
            if active.isEmpty { break }
            let output = try model.cachedStep(active.map { CachedSegment(cache: $0.cache, tokens: $0.feed) })
            let logits = output.lastRowLogits(model)
            var stillActive: [Sequence] = []
            for (sequence, row) in zip(active, logits) {
                let next = sequence.sampler.next(row)
                sequence.ids.append(next)
                if stopIds.contains(next) || sequence.ids.count >= sequence.maxNewTokens {
                    results[sequence.index] = sequence.ids
                    onFinish(sequence.index, sequence.ids)
                } else {
                    sequence.feed = [Int32(next)]
                    stillActive.append(sequence)
                }
            }
            active = stillActive
        }
        return results
    }

    /// The same prompts, budget and sampling for all; sequence i samples with seed `seed + i`.
    public func generate(prompts: [[Int32]], maxNewTokens: Int, sampling: SamplingOptions = .init(),
                         onFinish: (Int, [Int]) -> Void = { _, _ in }) throws -> [[Int]] {
        let requests = prompts.enumerated().map { index, prompt in
            GenerationRequest(prompt: prompt, maxNewTokens: maxNewTokens,
                              sampling: SamplingOptions(temperature: sampling.temperature, topP: sampling.topP,
                                                        seed: sampling.seed &+ UInt64(index)))
        }
        return try generate(requests, onFinish: onFinish)
    }

    /// A decoding sequence: its cache, sampler, ids so far and the tokens to feed next.
    private final class Sequence {
        let index: Int
        let maxNewTokens: Int
        let cache: KVCache
        var sampler: Sampler
        var ids: [Int] = []
        var feed: [Int32]

        init(index: Int, request: GenerationRequest, config: ModelConfig) {
            self.index = index
            maxNewTokens = request.maxNewTokens
            cache = KVCache(config: config, capacity: request.prompt.count + request.maxNewTokens)
            sampler = Sampler(request.sampling)
            feed = request.prompt
        }
    }
}
