import Foundation
import Tensor
import Models

/// The configured objective behind one interface over `TokenizedPair` batches (SFT reads
/// `prompt` + `chosen`).
enum TrainingObjective {
    case dpo(DPOObjective)
    case simpo(SimPOObjective)
    case orpo(ORPOObjective)
    case sft(SFTObjective)

    /// `reference` is required for DPO only.
    init(config: TrainConfig, reference: ReferenceSource?) throws {
        switch config.objective {
        case .dpo:
            guard let reference else { throw AlignOnceError("objective", "DPO needs a reference model") }
            let loss = try DPOLoss(beta: config.beta, lossType: config.lossType, labelSmoothing: config.labelSmoothing)
            self = .dpo(DPOObjective(loss: loss, reference: reference, rpoAlpha: config.rpoAlpha))
        case .simpo:
            self = .simpo(SimPOObjective(loss: try SimPOLoss(beta: config.beta, gamma: config.simpoGamma,
                                                            cpoAlpha: config.cpoAlpha, labelSmoothing: config.labelSmoothing)))
        case .orpo:
            self = .orpo(ORPOObjective(loss: try ORPOLoss(lambda: config.beta)))
        case .sft:
            self = .sft(SFTObjective(counted: config.completionOnly ? .response : .all))
        }
    }

    mutating func step(_ examples: [TokenizedPair], policy: LlamaModel, gradients: FloatBuffer?,
                       sharedPass: SharedPassHook) throws -> ObjectiveMetrics {
        switch self {
        case .dpo(var o):
            defer { self = .dpo(o) }
            return try o.step(examples, policy: policy, gradients: gradients, sharedPass: sharedPass)
        case .simpo(let o):
            return try o.step(examples, policy: policy, gradients: gradients, sharedPass: sharedPass)
        case .orpo(let o):
            return try o.step(examples, policy: policy, gradients: gradients, sharedPass: sharedPass)
        case .sft(let o):
            let sequences = examples.map { TokenSequence(prompt: $0.prompt, response: $0.chosen) }
            return try o.step(sequences, policy: policy, gradients: gradients, sharedPass: sharedPass)
        }
    }

    /// `bco_pair`'s running mean (the only state an objective carries between steps).
    var bcoState: BCOState? {
        get { if case .dpo(let o) = self { return o.bcoState } else { return nil } }
        set {
            if case .dpo(var o) = self, let newValue {
                o.bcoState = newValue
                self = .dpo(o)
            }
        }
    }

    /// The reference log-probs of DPO come from a cache now (`--precompute-ref`).
    mutating func useReference(_ source: ReferenceSource) {
        if case .dpo(let o) = self { self = .dpo(DPOObjective(loss: o.loss, reference: source, bcoState: o.bcoState, rpoAlpha: o.rpoAlpha)) }
    }
}

extension MLCTerm {
    /// The MLC term a config describes (nil for `mlc: none` or weight 0). Linear extractors are
    /// initialised from the run seed, one per layer.
    init?(config: TrainConfig, model: ModelConfig) throws {
        guard config.mlc != .none, config.mlcWeight > 0 else { return nil }
        let layers = config.mlcLayers ?? [MLCTerm.defaultLayer(numLayers: model.numLayers)]
        for layer in layers { _ = try MLCTerm.resolve(layer, numLayers: model.numLayers) }
        var extractors: [LinearExtractor]?
        if config.mlcExtractor == .linear {
            let d = model.hiddenSize, p = config.mlcExtractorDim ?? min(256, d)
            guard p <= d else {
                throw AlignOnceError("mlc-extractor-dim", "must be at most the hidden size \(d), got \(p)")
            }
            extractors = try layers.indices.map { i in
                try LinearExtractor.orthogonalInit(p: p, d: d, seed: UInt64(truncatingIfNeeded: config.seed) &+ 0x4D4C_4300 &+ UInt64(i))
            }
        }
        let loss = MLCGroupLoss(kind: config.mlc, temperature: config.mlcTemperature, detachAnchor: config.mlcDetachAnchor)
        try self.init(groupLoss: loss, layers: layers, pooling: config.mlcPooling, extractors: extractors,
                      weight: config.mlcWeight, anchorLanguage: config.mlcAnchor)
        centering = config.mlcCentering
    }

    /// All extractor weights then biases, flat (what the extractor optimizer updates).
    var extractorParameters: [Float] {
        get { (extractors ?? []).flatMap { $0.weight + $0.bias } }
        set {
            guard var list = extractors else { return }
            var offset = 0
            for k in list.indices {
                let w = list[k].weight.count, b = list[k].bias.count
                list[k].weight = Array(newValue[offset..<(offset + w)])
                list[k].bias = Array(newValue[(offset + w)..<(offset + w + b)])
                offset += w + b
            }
            extractors = list
        }
    }

    var extractorGradients: [Float] { (extractors ?? []).flatMap { $0.weightGradient + $0.biasGradient } }

    /// Ranges of `extractorParameters` that are biases (never weight-decayed).
    var extractorBiasRanges: [Range<Int>] {
        var ranges: [Range<Int>] = [], offset = 0
        for e in extractors ?? [] {
            ranges.append((offset + e.weight.count)..<(offset + e.weight.count + e.bias.count))
            offset += e.weight.count + e.bias.count
        }
        return ranges
    }

    mutating func zeroExtractorGradients() {
        guard var list = extractors else { return }
        for k in list.indices { list[k].zeroGradients() }
        extractors = list
    }
}
