import Foundation
import Tensor

/// The linear layers of a decoder block that can carry a LoRA adapter.
public enum LoRATarget: String, CaseIterable, Codable, Sendable {
    case q, k, v, o, gate, up, down

    /// Hugging Face module path inside `model.layers.{i}`.
    public var modulePath: String {
        switch self {
        case .q: "self_attn.q_proj"
        case .k: "self_attn.k_proj"
        case .v: "self_attn.v_proj"
        case .o: "self_attn.o_proj"
        case .gate: "mlp.gate_proj"
        case .up: "mlp.up_proj"
        case .down: "mlp.down_proj"
        }
    }
}

public struct LoRAConfig: Equatable, Codable, Sendable {
    public var rank: Int
    public var alpha: Float
    public var dropout: Float
    public var targets: [LoRATarget]

    public init(rank: Int = 8, alpha: Float = 16, dropout: Float = 0, targets: [LoRATarget] = [.q, .k, .v, .o]) {
        self.rank = rank
        self.alpha = alpha
        self.dropout = dropout
        self.targets = targets
    }

    /// Adapter output scale, alpha / rank (as PEFT).
    public var scale: Float { alpha / Float(rank) }
}

/// Low-rank adapters `W + (alpha/r)·B·A` on chosen linear layers, with all A and B matrices
/// in one flat buffer (so the optimiser and checkpoints treat them like model parameters).
public final class LoRAAdapters {
    public struct Adapter {
        public let layer: Int
        public let target: LoRATarget
        public let inDim: Int
        public let outDim: Int
        /// A: [rank, inDim]; B: [outDim, rank].
        public let aOffset: Int
        public let bOffset: Int
    }

    public let config: LoRAConfig
    public let adapters: [Adapter]
    public let parameters: FloatBuffer
    /// Dropout stream; advanced by every training forward pass and saved with checkpoints.
    public var dropoutRNG: SplitMix64
    private let index: [String: Int]

    /// PEFT-style initialisation: A uniform in ±1/sqrt(in) (kaiming-uniform, a = sqrt 5), B = 0,
    /// so the adapted model starts equal to the base model.
    public init(model: ModelConfig, config: LoRAConfig, seed: UInt64) throws {
        guard config.rank > 0 else { throw AlignOnceError("lora-rank", "must be positive, got \(config.rank)") }
        guard config.dropout >= 0, config.dropout < 1 else {
            throw AlignOnceError("lora-dropout", "must be in [0, 1), got \(config.dropout)")
        }
        guard !config.targets.isEmpty else { throw AlignOnceError("lora-targets", "name at least one of q,k,v,o,gate,up,down") }
        self.config = config
        var adapters: [Adapter] = [], offset = 0
        for layer in 0..<model.numLayers {
            for target in LoRATarget.allCases where config.targets.contains(target) {
                let (inDim, outDim) = Self.shape(target, model)
                adapters.append(Adapter(layer: layer, target: target, inDim: inDim, outDim: outDim,
                                        aOffset: offset, bOffset: offset + config.rank * inDim))
                offset += config.rank * (inDim + outDim)
            }
        }
        self.adapters = adapters
        parameters = FloatBuffer(count: offset)
        dropoutRNG = SplitMix64(seed: seed ^ 0x5DEE_CE66)
        var rng = SplitMix64(seed: seed)
        for a in adapters {
            let bound = 1 / Float(a.inDim).squareRoot()
            for i in 0..<(config.rank * a.inDim) { parameters[a.aOffset + i] = (2 * rng.nextUniform() - 1) * bound }
        }
        var index: [String: Int] = [:]
        for (i, a) in adapters.enumerated() { index["\(a.layer).\(a.target.rawValue)"] = i }
        self.index = index
    }

    static func shape(_ t: LoRATarget, _ c: ModelConfig) -> (Int, Int) {
        switch t {
        case .q: (c.hiddenSize, c.qDim)
        case .k, .v: (c.hiddenSize, c.kvDim)
        case .o: (c.qDim, c.hiddenSize)
        case .gate, .up: (c.hiddenSize, c.intermediateSize)
        case .down: (c.intermediateSize, c.hiddenSize)
        }
    }

    public func adapter(layer: Int, _ target: LoRATarget) -> Adapter? {
        index["\(layer).\(target.rawValue)"].map { adapters[$0] }
    }

    /// PEFT tensor names (`base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight`).
    public func namedTensors(from buffer: FloatBuffer? = nil) -> [(name: String, tensor: Tensor)] {
        let source = buffer ?? parameters, r = config.rank
        return adapters.flatMap { a -> [(name: String, tensor: Tensor)] in
            let base = "base_model.model.model.layers.\(a.layer).\(a.target.modulePath)"
            return [
                (base + ".lora_A.weight", Tensor(shape: [r, a.inDim], values: source.array(a.aOffset..<(a.aOffset + r * a.inDim)))),
                (base + ".lora_B.weight", Tensor(shape: [a.outDim, r], values: source.array(a.bOffset..<(a.bOffset + r * a.outDim)))),
            ]
        }
    }

    /// Adds scale·B·A into the base weights of `model` (used by export), in place.
    public func merge(into model: LlamaModel) {
        let p = model.parameters.pointer, r = config.rank
        for a in adapters {
            let (offset, rowStride) = model.weightLocation(layer: a.layer, a.target)
            BLAS.gemm(m: a.outDim, n: a.inDim, k: r, alpha: config.scale,
                      a: parameters.pointer + a.bOffset, lda: r, b: parameters.pointer + a.aOffset, ldb: a.inDim,
                      beta: 1, c: p + offset, ldc: rowStride)
        }
    }
}

extension LlamaModel {
    /// Offset of a target's [out, in] weight block inside the flat parameters, and its row
    /// stride (= in, since fused q/k/v and gate/up blocks are stacked by rows).
    public func weightLocation(layer: Int, _ target: LoRATarget) -> (offset: Int, rowStride: Int) {
        let L = layout.layers[layer], c = config, d = c.hiddenSize
        switch target {
        case .q: return (L.qkvWeight, d)
        case .k: return (L.qkvWeight + c.qDim * d, d)
        case .v: return (L.qkvWeight + (c.qDim + c.kvDim) * d, d)
        case .o: return (L.oWeight, c.qDim)
        case .gate: return (L.gateUpWeight, d)
        case .up: return (L.gateUpWeight + c.intermediateSize * d, d)
        case .down: return (L.downWeight, c.intermediateSize)
        }
    }

    /// Column offset of a target's output inside its layer's (fused) output buffer, and that
    /// buffer's width.
    func outputColumns(_ target: LoRATarget) -> (column: Int, width: Int) {
        let c = config
        let qkvWidth = c.qDim + 2 * c.kvDim
        switch target {
        case .q: return (0, qkvWidth)
        case .k: return (c.qDim, qkvWidth)
        case .v: return (c.qDim + c.kvDim, qkvWidth)
        case .o, .down: return (0, c.hiddenSize)
        case .gate: return (0, 2 * c.intermediateSize)
        case .up: return (c.intermediateSize, 2 * c.intermediateSize)
        }
    }
}
