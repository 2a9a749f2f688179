import Foundation
import Tensor

/// A Llama-family decoder (Llama, Qwen2, Mistral) whose parameters live in one flat buffer
/// laid out by `ParameterLayout`, so optimisers, checkpoints and exports work on it directly.
public final class LlamaModel {
    public let config: ModelConfig
    public let layout: ParameterLayout
    public let parameters: FloatBuffer
    public let rope: RopeTable
    /// Low-rank adapters applied on top of the (then frozen) base weights, if any.
    public var lora: LoRAAdapters?

    /// A model with all parameters zero (fill `parameters` before use).
    public init(config: ModelConfig) {
        self.config = config
        layout = ParameterLayout(config: config)
        parameters = FloatBuffer(count: layout.totalCount)
        rope = config.ropeTable()
    }

    /// Copies Hugging Face-named weights into the layout. Every parameter must be present with
    /// its configured shape (`source` names the folder in errors).
    public convenience init(config: ModelConfig, weights: [String: Tensor], source: String = "") throws {
        self.init(config: config)
        for entry in layout.entries {
            guard let t = weights[entry.name] else {
                throw AlignOnceError(source, "missing tensor '\(entry.name)' (shape \(entry.shape))")
            }
            guard t.shape == entry.shape else {
                throw AlignOnceError(source, "tensor '\(entry.name)' has shape \(t.shape), config.json implies \(entry.shape)")
            }
            t.values.withUnsafeBufferPointer { src in
                if let base = src.baseAddress { (parameters.pointer + entry.offset).update(from: base, count: entry.count) }
            }
        }
    }

    /// Random initialisation as transformers does it: N(0, std) matrices and embeddings,
    /// ones for norm weights, zeros for biases. Deterministic for a seed.
    public static func randomlyInitialised(config: ModelConfig, seed: UInt64, std: Float = 0.02) -> LlamaModel {
        let model = LlamaModel(config: config)
        var rng = SplitMix64(seed: seed)
        for entry in model.layout.entries {
            let p = model.parameters.pointer + entry.offset
            if entry.name.hasSuffix("norm.weight") {
                p.update(repeating: 1, count: entry.count)
            } else if entry.name.hasSuffix(".bias") {
                p.update(repeating: 0, count: entry.count)
            } else {
                for i in 0..<entry.count { p[i] = rng.nextGaussian() * std }
            }
        }
        return model
    }

    /// The parameter called `name` as a tensor (a copy).
    public func tensor(_ name: String) -> Tensor? {
        guard let e = layout.entry(name) else { return nil }
        return Tensor(shape: e.shape, values: parameters.array(e.range))
    }

    /// Every parameter as a named tensor, in Hugging Face model order (no `lm_head` when tied).
    public func namedTensors(from buffer: FloatBuffer? = nil) -> [(name: String, tensor: Tensor)] {
        let source = buffer ?? parameters
        return layout.entries.map { ($0.name, Tensor(shape: $0.shape, values: source.array($0.range))) }
    }

    public var parameterCount: Int { layout.totalCount }
}

extension ModelConfig {
    /// RoPE frequencies with this config's scaling applied (default, linear, llama3).
    public func ropeTable() -> RopeTable {
        switch ropeScaling {
        case .none:
            return RopeTable(headDim: headDim, theta: ropeTheta)
        case .linear(let factor):
            return RopeTable(headDim: headDim, theta: ropeTheta) { $0 / factor }
        case .llama3(let factor, let low, let high, let original):
            // Llama 3.1: long wavelengths are divided by `factor`, short ones kept, and the band
            // between interpolated smoothly (transformers' _compute_llama3_parameters).
            let lowWavelength = Double(original) / low
            let highWavelength = Double(original) / high
            return RopeTable(headDim: headDim, theta: ropeTheta) { freq in
                let wavelength = 2 * Double.pi / freq
                if wavelength < highWavelength { return freq }
                if wavelength > lowWavelength { return freq / factor }
                let smooth = (Double(original) / wavelength - low) / (high - low)
                return (1 - smooth) * freq / factor + smooth * freq
            }
        }
    }
}
