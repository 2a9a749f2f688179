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
        let layers = resolvedLayers, d = model.config.hiddenSize
        let prompts = groups.flatMap { $0 }.map { model.promptIds(user: $0) }
        if let empty = prompts.firstIndex(where: \.isEmpty) {
            throw AlignOnceError("consistency", "prompt \(empty) encodes to no tokens")
        }
        // hidden[layer] = [prompts, d]: last-token states of every prompt, in group order.
        var hidden = [Int: [Float]]()
        for start in stride(from: 0, to: prompts.count, by: batchSize) {
            let chunk = prompts[start..<min(start + batchSize, prompts.count)]
            let segments = chunk.map { CachedSegment(cache: KVCache(config: model.config, capacity: $0.count), tokens: $0) }
            let output = try model.model.cachedStep(segments, captureLastRow: layers)
            for layer in layers { hidden[layer, default: []] += output.lastRowHidden[layer] ?? [] }
        }
        var result: [Int: Double] = [:]
        for layer in layers {
            let states = hidden[layer] ?? []
            var total = 0.0, offset = 0
            for group in groups {
                let rows = Array(states[(offset * d)..<((offset + group.count) * d)])
                total += try Consistency.score(rows: rows, m: group.count, p: d).score
                offset += group.count
            }
            result[layer] = groups.isEmpty ? nil : total / Double(groups.count)
        }
        return result
    }
}
