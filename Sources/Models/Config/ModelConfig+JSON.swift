import Foundation
import Tensor

/// Decoding `ModelConfig` from a Hugging Face `config.json`.
///
/// Both layouts are read: transformers 4 (top-level `rope_theta`, `rope_scaling`,
/// `torch_dtype`) and transformers 5 (`rope_parameters`, `dtype`). Absent fields take the
/// defaults of the transformers config class of that `model_type`; `null` counts as absent,
/// except for token ids, where an explicit `null` means "none" (as in transformers).
///
/// Not stored: `sliding_window` (Mistral, Qwen2 with `use_sliding_window`). It is parsed and
/// validated, but the engine always attends to the whole sequence, which equals sliding-window
/// attention whenever sequences are shorter than the window (4096 tokens for Mistral), as
/// ours always are. Exported configs therefore say `sliding_window: null` (full attention),
/// which is what the exported weights were trained and evaluated with.
extension ModelConfig {
    /// Largest size accepted for any dimension; larger values are typos or corrupt files,
    /// and would otherwise turn into enormous allocations.
    static let maximumDimension = 1 << 20

    public static func load(from url: URL) throws -> ModelConfig {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw AlignOnceError(url.path, "cannot read config.json (\(error.localizedDescription))")
        }
        return try ModelConfig(jsonData: data, source: url.path)
    }

    public init(jsonData: Data, source: String) throws {
        let fields = try JSONFields(JSONValue.parse(jsonData, source: source), source: source)
        let expected = Self.supportedModelTypes.joined(separator: ", ")
        guard let modelType = try fields.optionalString("model_type") else {
            throw fields.error("model_type", "is missing (expected one of \(expected))")
        }
        guard Self.supportedModelTypes.contains(modelType) else {
            throw AlignOnceError(source, "unsupported model_type '\(modelType)' (expected one of \(expected))")
        }
        let defaults = TransformersDefaults(modelType: modelType)

        let hidden = try fields.int("hidden_size")
        let heads = try fields.int("num_attention_heads")
        try Self.checkDimension(hidden, "hidden_size", fields)
        try Self.checkDimension(heads, "num_attention_heads", fields)
        let headDim: Int
        if let explicit = try fields.optionalInt("head_dim") {
            headDim = explicit
        } else {
            guard hidden % heads == 0 else {
                throw fields.error("hidden_size", "(\(hidden)) must be divisible by num_attention_heads (\(heads)) when head_dim is absent")
            }
            headDim = hidden / heads
        }
        let activation = try fields.optionalString("hidden_act") ?? "silu"
        guard activation == "silu" || activation == "swish" else {
            throw fields.error("hidden_act", "is '\(activation)', only silu is supported")
        }
        let rope = try Self.parseRope(fields)
        if let window = try fields.optionalInt("sliding_window"), window <= 0 {
            throw fields.error("sliding_window", "must be a positive integer or null, got \(window)")
        }

        self.init(
            modelType: modelType,
            vocabSize: try fields.int("vocab_size"),
            hiddenSize: hidden,
            intermediateSize: try fields.int("intermediate_size"),
            numLayers: try fields.int("num_hidden_layers"),
            numHeads: heads,
            numKVHeads: try fields.optionalInt("num_key_value_heads") ?? heads,
            headDim: headDim,
            rmsNormEps: Float(try fields.double("rms_norm_eps", default: defaults.rmsNormEps)),
            ropeTheta: rope.theta,
            ropeScaling: rope.scaling,
            maxPositions: try fields.int("max_position_embeddings", default: defaults.maxPositions),
            tieWordEmbeddings: try fields.bool("tie_word_embeddings", default: false),
            attentionBias: try defaults.attentionBias ?? fields.bool("attention_bias", default: false),
            mlpBias: modelType == "llama" ? try fields.bool("mlp_bias", default: false) : false,
            bosTokenId: try Self.tokenIds(fields, "bos_token_id", default: defaults.bos).first,
            eosTokenIds: try Self.tokenIds(fields, "eos_token_id", default: defaults.eos),
            padTokenId: try Self.tokenIds(fields, "pad_token_id", default: []).first,
            torchDtype: try fields.optionalString("dtype") ?? fields.optionalString("torch_dtype")
        )
        try validate(source: source)
    }

    /// Checks the invariants the engine relies on; errors name the config.json field.
    public func validate(source: String) throws {
        func fail(_ field: String, _ problem: String) -> AlignOnceError {
            AlignOnceError(source, "field '\(field)' \(problem)")
        }
        let dimensions: [(String, Int)] = [
            ("vocab_size", vocabSize), ("hidden_size", hiddenSize), ("intermediate_size", intermediateSize),
            ("num_hidden_layers", numLayers), ("num_attention_heads", numHeads),
            ("num_key_value_heads", numKVHeads), ("head_dim", headDim), ("max_position_embeddings", maxPositions),
        ]
        for (name, value) in dimensions where value < 1 || (value > Self.maximumDimension && name != "max_position_embeddings") {
            throw fail(name, "must be an integer between 1 and \(Self.maximumDimension), got \(value)")
        }
        guard numHeads % numKVHeads == 0 else {
            throw fail("num_key_value_heads", "(\(numKVHeads)) must divide num_attention_heads (\(numHeads))")
        }
        guard headDim % 2 == 0 else {
            throw fail("head_dim", "(\(headDim)) must be even for rotary embeddings")
        }
        guard rmsNormEps.isFinite, rmsNormEps > 0 else { throw fail("rms_norm_eps", "must be a positive number, got \(rmsNormEps)") }
        guard ropeTheta.isFinite, ropeTheta > 0 else { throw fail("rope_theta", "must be a positive number, got \(ropeTheta)") }
        switch ropeScaling {
        case .none: break
        case .linear(let factor):
            guard factor.isFinite, factor > 0 else { throw fail("rope_scaling.factor", "must be a positive number, got \(factor)") }
        case .llama3(let factor, let low, let high, let original):
            guard factor.isFinite, factor > 0 else { throw fail("rope_scaling.factor", "must be a positive number, got \(factor)") }
            guard low.isFinite, low > 0 else { throw fail("rope_scaling.low_freq_factor", "must be a positive number, got \(low)") }
            guard high.isFinite, high > low else {
                throw fail("rope_scaling.high_freq_factor", "(\(high)) must be greater than low_freq_factor (\(low))")
            }
            guard original > 0 else {
                throw fail("rope_scaling.original_max_position_embeddings", "must be a positive integer, got \(original)")
            }
        }
        let tokenFields: [(String, [Int])] = [
            ("bos_token_id", bosTokenId.map { [$0] } ?? []), ("eos_token_id", eosTokenIds),
            ("pad_token_id", padTokenId.map { [$0] } ?? []),
        ]
        for (name, ids) in tokenFields where ids.contains(where: { $0 < 0 }) {
            throw fail(name, "must not be negative, got \(ids)")
        }
    }

    private static func checkDimension(_ value: Int, _ field: String, _ fields: JSONFields) throws {
        guard value >= 1, value <= maximumDimension else {
            throw fields.error(field, "must be an integer between 1 and \(maximumDimension), got \(value)")
        }
    }

    /// Token id fields: absent -> the class default; explicit `null` -> none; int or list.
    private static func tokenIds(_ fields: JSONFields, _ key: String, default fallback: [Int]) throws -> [Int] {
        guard let raw = fields.object[key] else { return fallback }
        if raw.isNull { return [] }
        return try fields.intOrIntList(key) ?? []
    }

    /// transformers 5 keeps theta and scaling together in `rope_parameters`; transformers 4
    /// has top-level `rope_theta` plus an optional `rope_scaling` object.
    private static func parseRope(_ fields: JSONFields) throws -> (theta: Double, scaling: RopeScaling) {
        // LlamaConfig, Qwen2Config and MistralConfig all default to theta 10000 (Qwen2
        // checkpoints set 1e6 explicitly).
        let topLevelTheta = try fields.double("rope_theta", default: 10000)
        if let parameters = try fields.nested("rope_parameters") {
            return (try parameters.double("rope_theta", default: topLevelTheta), try parseScaling(parameters, fields))
        }
        guard let scaling = try fields.nested("rope_scaling") else { return (topLevelTheta, .none) }
        return (topLevelTheta, try parseScaling(scaling, fields))
    }

    private static func parseScaling(_ rope: JSONFields, _ topLevel: JSONFields) throws -> RopeScaling {
        let typeKey = rope.has("rope_type") || !rope.has("type") ? "rope_type" : "type"
        let ropeType = try rope.optionalString(typeKey) ?? "default"
        switch ropeType {
        case "default":
            return .none
        case "linear":
            return .linear(factor: try rope.double("factor"))
        case "llama3":
            // transformers 5 may leave the original context length at the top level.
            let original = try rope.optionalInt("original_max_position_embeddings")
                ?? topLevel.optionalInt("original_max_position_embeddings")
            guard let original else { throw rope.error("original_max_position_embeddings", "is missing (required for llama3)") }
            return .llama3(
                factor: try rope.double("factor"),
                lowFreqFactor: try rope.double("low_freq_factor"),
                highFreqFactor: try rope.double("high_freq_factor"),
                originalMaxPositions: original)
        default:
            throw rope.error(typeKey, "is '\(ropeType)', expected one of default, linear, llama3")
        }
    }
}

/// Defaults of the transformers config classes (`LlamaConfig`, `Qwen2Config`,
/// `MistralConfig`) for the fields a checkpoint may omit.
///
/// `num_key_value_heads` is deliberately not among them: absent means one kv head per
/// attention head for every type here (Qwen2Config/MistralConfig would use 32 / 8, which only
/// matches their 7B models; every published checkpoint sets the field explicitly).
struct TransformersDefaults {
    var rmsNormEps: Double = 1e-6
    var maxPositions: Int
    var bos: [Int]
    var eos: [Int]
    /// Fixed by the architecture (nil: read `attention_bias`). Qwen2 always has q/k/v biases,
    /// Mistral never has any.
    var attentionBias: Bool?

    init(modelType: String) {
        switch modelType {
        case "qwen2":
            maxPositions = 32768; bos = []; eos = []; attentionBias = true
        case "mistral":
            maxPositions = 4096 * 32; bos = [1]; eos = [2]; attentionBias = false
        default:
            maxPositions = 2048; bos = [1]; eos = [2]; attentionBias = nil
        }
    }
}
