import Foundation
import Tensor

/// Writing `config.json` / `generation_config.json`, and reading the EOS ids a folder declares.
extension ModelConfig {
    /// The transformers class name for `architectures`.
    public var architectureName: String {
        switch modelType {
        case "qwen2": return "Qwen2ForCausalLM"
        case "mistral": return "MistralForCausalLM"
        default: return "LlamaForCausalLM"
        }
    }

    /// A `config.json` in the transformers 4 layout (top-level `rope_theta` / `rope_scaling`,
    /// `torch_dtype`), which transformers 4 and 5 both load. Only fields the config class of
    /// this `model_type` knows are written.
    public func jsonData(torchDtype dtypeName: String = "float32") throws -> Data {
        try validate(source: "config")
        var fields: [String: JSONValue] = [
            "architectures": .array([.string(architectureName)]),
            "model_type": .string(modelType),
            "vocab_size": .int(Int64(vocabSize)),
            "hidden_size": .int(Int64(hiddenSize)),
            "intermediate_size": .int(Int64(intermediateSize)),
            "num_hidden_layers": .int(Int64(numLayers)),
            "num_attention_heads": .int(Int64(numHeads)),
            "num_key_value_heads": .int(Int64(numKVHeads)),
            "head_dim": .int(Int64(headDim)),
            "hidden_act": .string("silu"),
            "max_position_embeddings": .int(Int64(maxPositions)),
            "rms_norm_eps": .double(Self.shortestDouble(rmsNormEps)),
            "rope_theta": .double(ropeTheta),
            "rope_scaling": ropeScalingJSON,
            "tie_word_embeddings": .bool(tieWordEmbeddings),
            "bos_token_id": bosTokenId.map { .int(Int64($0)) } ?? .null,
            "eos_token_id": Self.tokenIdsJSON(eosTokenIds),
            "pad_token_id": padTokenId.map { .int(Int64($0)) } ?? .null,
            "torch_dtype": .string(dtypeName),
            "initializer_range": .double(0.02),
            "attention_dropout": .double(0.0),
            "use_cache": .bool(true),
        ]
        switch modelType {
        case "qwen2":
            // Full attention on every layer: see the note on sliding_window in ModelConfig+JSON.
            fields["use_sliding_window"] = .bool(false)
            fields["sliding_window"] = .null
            fields["max_window_layers"] = .int(Int64(numLayers))
        case "mistral":
            fields["sliding_window"] = .null
        default:
            fields["attention_bias"] = .bool(attentionBias)
            fields["mlp_bias"] = .bool(mlpBias)
            fields["pretraining_tp"] = .int(1)
        }
        return Data((JSONValue.object(fields).serialized(indent: 2) + "\n").utf8)
    }

    /// `generation_config.json` as transformers derives it from the model config.
    public func generationConfigData() -> Data {
        var fields: [String: JSONValue] = ["_from_model_config": .bool(true)]
        if let bosTokenId { fields["bos_token_id"] = .int(Int64(bosTokenId)) }
        if !eosTokenIds.isEmpty { fields["eos_token_id"] = Self.tokenIdsJSON(eosTokenIds) }
        if let padTokenId { fields["pad_token_id"] = .int(Int64(padTokenId)) }
        return Data((JSONValue.object(fields).serialized(indent: 2) + "\n").utf8)
    }

    /// EOS ids of a model folder: `config.json`'s `eos_token_id` merged with
    /// `generation_config.json`'s (config ids first, no duplicates). Missing or unreadable
    /// files contribute nothing; use `loadGenerationEOSIds` to surface their errors.
    public static func loadEOSIds(directory: URL) -> [Int] {
        let fromConfig = (try? load(from: directory.appendingPathComponent("config.json")))?.eosTokenIds ?? []
        let fromGeneration = (try? loadGenerationEOSIds(directory: directory)) ?? nil
        var merged: [Int] = []
        for id in fromConfig + (fromGeneration ?? []) where !merged.contains(id) { merged.append(id) }
        return merged
    }

    /// `eos_token_id` (int or list) of `generation_config.json`; nil when the file or the
    /// field is absent. Malformed files throw, naming the file.
    public static func loadGenerationEOSIds(directory: URL) throws -> [Int]? {
        let url = directory.appendingPathComponent("generation_config.json")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let fields = try JSONFields(JSONValue.parse(contentsOf: url), source: url.path)
        return try fields.intOrIntList("eos_token_id")
    }

    private var ropeScalingJSON: JSONValue {
        switch ropeScaling {
        case .none:
            return .null
        case .linear(let factor):
            return .object(["rope_type": .string("linear"), "factor": .double(factor)])
        case .llama3(let factor, let low, let high, let original):
            return .object([
                "rope_type": .string("llama3"), "factor": .double(factor),
                "low_freq_factor": .double(low), "high_freq_factor": .double(high),
                "original_max_position_embeddings": .int(Int64(original)),
            ])
        }
    }

    private static func tokenIdsJSON(_ ids: [Int]) -> JSONValue {
        switch ids.count {
        case 0: return .null
        case 1: return .int(Int64(ids[0]))
        default: return .array(ids.map { .int(Int64($0)) })
        }
    }

    /// The double whose shortest decimal equals the float's (`1e-05`, not
    /// `9.999999747378752e-06`), so the file says what the user originally wrote.
    static func shortestDouble(_ value: Float) -> Double {
        Double("\(value)") ?? Double(value)
    }
}
