import Foundation
import Tensor
import Models

/// One tokenized preference example. `index` is its position in the dataset: the key of the
/// reference log-prob cache, so it must be stable across epochs and resumed runs.
public struct TokenizedPair: Equatable, Sendable {
    public var index: Int
    public var prompt: [Int32]
    public var chosen: [Int32]
    public var rejected: [Int32]

    public init(index: Int, prompt: [Int32], chosen: [Int32], rejected: [Int32]) {
        self.index = index
        self.prompt = prompt
        self.chosen = chosen
        self.rejected = rejected
    }
}

extension SequenceBatch {
    /// Chosen sequences in rows 0..<B, rejected in B..<2B (TRL's concatenated batch): one
    /// forward and one backward serve both halves.
    public init(pairs: [TokenizedPair]) throws {
        try self.init(pairs.map { TokenSequence(prompt: $0.prompt, response: $0.chosen) }
            + pairs.map { TokenSequence(prompt: $0.prompt, response: $0.rejected) })
    }
}

/// Reference-model response log-prob sums of one example.
public struct ReferenceLogProbs: Codable, Equatable, Sendable {
    public var chosen: Double
    public var rejected: Double

    public init(chosen: Double, rejected: Double) {
        self.chosen = chosen
        self.rejected = rejected
    }
}

/// Reference log-probs by example index (`--precompute-ref`): computed once before training and
/// saved in the run directory, so the reference model need not stay in memory.
public struct ReferenceLogProbCache: Codable, Equatable, Sendable {
    public var entries: [Int: ReferenceLogProbs]

    public init(entries: [Int: ReferenceLogProbs] = [:]) { self.entries = entries }

    /// Scores every pair with `reference`, `batchSize` pairs (2·batchSize rows) per forward.
    public static func precompute(reference: LlamaModel, pairs: [TokenizedPair], batchSize: Int) throws -> Self {
        guard batchSize >= 1 else { throw AlignOnceError("--batch-size", "must be >= 1, got \(batchSize)") }
        var cache = ReferenceLogProbCache()
        for start in stride(from: 0, to: pairs.count, by: batchSize) {
            let chunk = Array(pairs[start..<min(start + batchSize, pairs.count)])
            let values = try ReferenceSource.model(reference).logProbs(for: chunk, batch: SequenceBatch(pairs: chunk))
            for (pair, value) in zip(chunk, values) { cache.entries[pair.index] = value }
        }
        return cache
    }

    private struct Entry: Codable {
        var index: Int
        var chosen: Double
        var rejected: Double
    }

    // Stored as a list sorted by index (JSON objects cannot have integer keys).
    public init(from decoder: Decoder) throws {
        let list = try decoder.singleValueContainer().decode([Entry].self)
        entries = Dictionary(list.map { ($0.index, ReferenceLogProbs(chosen: $0.chosen, rejected: $0.rejected)) },
                             uniquingKeysWith: { _, last in last })
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(entries.keys.sorted().compactMap { i in
            entries[i].map { Entry(index: i, chosen: $0.chosen, rejected: $0.rejected) }
        })
    }

    public func save(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        do { try AtomicFile.write(encoder.encode(self), to: url) } catch {
            throw AlignOnceError(url.path, "cannot write the reference log-prob cache: \(error.localizedDescription)")
        }
    }

    public static func load(from url: URL) throws -> Self {
        do { return try JSONDecoder().decode(Self.self, from: Data(contentsOf: url)) } catch {
            throw AlignOnceError(url.path, "not a readable reference log-prob cache (a JSON list of "
                + "{index, chosen, rejected}): \(error.localizedDescription)")
        }
    }
}

/// Where the frozen reference log-probs come from.
public enum ReferenceSource {
    /// A forward pass of the reference model per batch (no gradients, nothing kept).
    case model(LlamaModel)
    /// Precomputed values; an example missing from the cache is an error.
    case cache(ReferenceLogProbCache)

    /// Reference sums for `pairs`; `batch` must be `SequenceBatch(pairs: pairs)`.
    public func logProbs(for pairs: [TokenizedPair], batch: SequenceBatch) throws -> [ReferenceLogProbs] {
        switch self {
        case .model(let reference):
            let sums = try PolicyScorer(model: reference).sequenceSums(batch, counted: .response)
            let n = pairs.count
            return (0..<n).map { ReferenceLogProbs(chosen: sums[$0], rejected: sums[n + $0]) }
        case .cache(let cache):
            return try pairs.map { pair in
                guard let value = cache.entries[pair.index] else {
                    throw AlignOnceError("reference cache", "has no entry for example \(pair.index); "
                        + "recompute it with --precompute-ref for this dataset")
                }
                return value
            }
        }
    }
}
