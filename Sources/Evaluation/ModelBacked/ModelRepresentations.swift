import Foundation
import Tensor
import Models

/// Representation consistency of a loaded model (docs/mlc-loss.md, "Consistency score"): each
/// prompt is formatted as a chat user turn plus generation prompt, its raw hidden state at the
/// last token is taken at every requested layer (Hugging Face numbering: 1 = after the first
/// decoder layer, L = after the final norm; no extractor), and `Consistency.score` of each
/// group is averaged over groups, per layer.
public struct ModelRepresentations: RepresentationProvider {
    public let model: PretrainedModel
    /// Layers to score; nil = every layer 1...L. Negative numbers count from the end.
    public let layers: [Int]?
    public let batchSize: Int

    public init(model: PretrainedModel, layers: [Int]? = nil, batchSize: Int = 8) throws {
        guard batchSize > 0 else { throw AlignOnceError("--batch-size", "must be positive, got \(batchSize)") }
        let count = model.config.numLayers
        if let bad = layers?.first(where: { $0 > count || $0 < -(count + 1) }) {
            throw AlignOnceError("--layers", "layer \(bad) does not exist (the model has hidden states 0...\(count))")
        }
        self.model = model
        self.layers = layers
        self.batchSize = batchSize
    }

    /// The requested layers as non-negative Hugging Face indices, sorted, without repeats.
    public var resolvedLayers: [Int] {
        let count = model.config.numLayers
        return Array(Set((layers ?? Array(1...count)).map { $0 < 0 ? count + 1 + $0 : $0 })).sorted()
    }

    public func consistencyByLayer(groups: [[String]]) throws -> [Int: Double] {
        guard !groups.isEmpty else { return [:] }
        let layers = resolvedLayers
        var totals = [Int: Double]()
        // Whole groups go into each cached step (about `batchSize` prompts), and are scored
        // as soon as their states exist, so memory does not grow with the suite.
        var chunk: [[String]] = []
        func flush() throws {
            guard !chunk.isEmpty else { return }
            for (layer, sum) in try scoreSums(chunk, layers: layers) { totals[layer, default: 0] += sum }
            chunk = []
        }
        for group in groups {
            if !chunk.isEmpty && chunk.reduce(0, { $0 + $1.count }) + group.count > batchSize { try flush() }
            chunk.append(group)
        }
        try flush()
        return totals.mapValues { $0 / Double(groups.count) }
    }

    /// Per layer, the sum over `groups` of their consistency scores, from one cached step.
    private func scoreSums(_ groups: [[String]], layers: [Int]) throws -> [Int: Double] {
        let d = model.config.hiddenSize
        let prompts = groups.flatMap { $0 }.map { model.promptIds(user: $0) }
        if let empty = prompts.firstIndex(where: \.isEmpty) {
            throw AlignOnceError("consistency", "prompt \(empty) encodes to no tokens")
        }
        let segments = prompts.map { CachedSegment(cache: KVCache(config: model.config, capacity: $0.count), tokens: $0) }
        let output = try model.model.cachedStep(segments, captureLastRow: layers)
        var sums = [Int: Double]()
        for layer in layers {
            // [prompts, d]: the last-token state of every prompt, in group order.
            guard let states = output.lastRowHidden[layer], states.count == prompts.count * d else {
                throw AlignOnceError("consistency", "the model returned no hidden state for layer \(layer)")
            }
            var offset = 0
            for group in groups {
                let rows = Array(states[(offset * d)..<((offset + group.count) * d)])
                sums[layer, default: 0] += try Consistency.score(rows: rows, m: group.count, p: d).score
                offset += group.count
            }
        }
        return sums
    }
}
