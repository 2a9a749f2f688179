import Foundation

/// RoPE frequency scaling, as `rope_scaling` / `rope_parameters` in config.json describe it.
public enum RopeScaling: Equatable, Sendable {
    case none
    /// Positions divided by `factor` (`rope_type: linear`).
    case linear(factor: Double)
    /// Llama 3.1's band-wise scaling (`rope_type: llama3`).
    case llama3(factor: Double, lowFreqFactor: Double, highFreqFactor: Double, originalMaxPositions: Int)
}

/// The architecture of a Llama-family causal LM (Llama, Qwen2, Mistral), decoded straight
/// from a Hugging Face `config.json` (both the transformers 4 layout with top-level
/// `rope_theta` / `rope_scaling` and the transformers 5 layout with `rope_parameters`).
public struct ModelConfig: Equatable, Sendable {
    public var modelType: String
    public var vocabSize: Int
    public var hiddenSize: Int
    public var intermediateSize: Int
    public var numLayers: Int
    public var numHeads: Int
    public var numKVHeads: Int
    public var headDim: Int
    public var rmsNormEps: Float
    public var ropeTheta: Double
    public var ropeScaling: RopeScaling
    public var maxPositions: Int
    public var tieWordEmbeddings: Bool
    /// q/k/v projections carry biases (Qwen2 always; Llama when `attention_bias`).
    public var attentionBias: Bool
    public var mlpBias: Bool
    public var bosTokenId: Int?
    public var eosTokenIds: [Int]
    public var padTokenId: Int?
    /// dtype recorded in the file (`torch_dtype` / `dtype`), informational.
    public var torchDtype: String?

    public static let supportedModelTypes = ["llama", "qwen2", "mistral"]

    public init(
        modelType: String = "llama", vocabSize: Int, hiddenSize: Int, intermediateSize: Int,
        numLayers: Int, numHeads: Int, numKVHeads: Int? = nil, headDim: Int? = nil,
        rmsNormEps: Float = 1e-5, ropeTheta: Double = 10000, ropeScaling: RopeScaling = .none,
        maxPositions: Int = 2048, tieWordEmbeddings: Bool = false, attentionBias: Bool = false,
        mlpBias: Bool = false, bosTokenId: Int? = nil, eosTokenIds: [Int] = [], padTokenId: Int? = nil,
        torchDtype: String? = "float32"
    ) {
        self.modelType = modelType
        self.vocabSize = vocabSize
        self.hiddenSize = hiddenSize
        self.intermediateSize = intermediateSize
        self.numLayers = numLayers
        self.numHeads = numHeads
        self.numKVHeads = numKVHeads ?? numHeads
        self.headDim = headDim ?? hiddenSize / max(numHeads, 1)
        self.rmsNormEps = rmsNormEps
        self.ropeTheta = ropeTheta
        self.ropeScaling = ropeScaling
        self.maxPositions = maxPositions
        self.tieWordEmbeddings = tieWordEmbeddings
        self.attentionBias = attentionBias
        self.mlpBias = mlpBias
        self.bosTokenId = bosTokenId
        self.eosTokenIds = eosTokenIds
        self.padTokenId = padTokenId
        self.torchDtype = torchDtype
    }

    /// o_proj carries a bias: Llama's `attention_bias` covers all four attention projections,
    /// Qwen2's biases are on q/k/v only.
    public var outputProjectionBias: Bool { attentionBias && modelType != "qwen2" }

    public var qDim: Int { numHeads * headDim }
    public var kvDim: Int { numKVHeads * headDim }
}
