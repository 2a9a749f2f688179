import Foundation
import Tensor
import TestSupport
import XCTest
@testable import Models

final class ConfigJSONTests: XCTestCase {
    private func parse(_ json: String, source: String = "test/config.json") throws -> ModelConfig {
        try ModelConfig(jsonData: Data(json.utf8), source: source)
    }

    /// A minimal valid config of `modelType`; `extra` holds `"key": value` fragments that are
    /// added or replace the base fields (JSON objects must not repeat keys).
    private func config(_ modelType: String = "llama", _ extra: String = "") -> String {
        var fields: [(String, String)] = [
            ("model_type", "\"\(modelType)\""), ("vocab_size", "100"), ("hidden_size", "32"),
            ("intermediate_size", "48"), ("num_hidden_layers", "3"), ("num_attention_heads", "4"),
        ]
        let overrides = extra.isEmpty ? "" : ", " + extra
        fields.removeAll { field in overrides.contains("\"\(field.0)\":") }
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + overrides + "}"
    }

    func testLoadsM1ConfigInTransformersFiveLayout() throws {
        let c = try ModelConfig.load(from: Fixtures.url("m1_llama/config.json"))
        XCTAssertEqual(c.modelType, "llama")
        XCTAssertEqual([c.vocabSize, c.hiddenSize, c.intermediateSize, c.numLayers], [1024, 64, 176, 2])
        XCTAssertEqual([c.numHeads, c.numKVHeads, c.headDim, c.maxPositions], [4, 2, 16, 256])
        XCTAssertEqual(c.rmsNormEps, 1e-5)
        XCTAssertEqual(c.ropeTheta, 10000)
        XCTAssertEqual(c.ropeScaling, RopeScaling.none)
        XCTAssertFalse(c.tieWordEmbeddings)
        XCTAssertFalse(c.attentionBias)
        XCTAssertNil(c.bosTokenId, "explicit null bos must not fall back to LlamaConfig's default 1")
        XCTAssertEqual(c.eosTokenIds, [0])
        XCTAssertEqual(c.padTokenId, 0)
        XCTAssertEqual(c.torchDtype, "float32")
    }

    func testTransformersFourLayoutWithLlama3Scaling() throws {
        // The shape of meta-llama/Llama-3.2-1B's config.json.
        let c = try parse("""
        {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": 128256,
         "hidden_size": 2048, "intermediate_size": 8192, "num_hidden_layers": 16,
         "num_attention_heads": 32, "num_key_value_heads": 8, "rms_norm_eps": 1e-05,
         "rope_theta": 500000.0, "rope_scaling": {"factor": 32.0, "high_freq_factor": 4.0,
         "low_freq_factor": 1.0, "original_max_position_embeddings": 8192, "rope_type": "llama3"},
         "max_position_embeddings": 131072, "tie_word_embeddings": true, "torch_dtype": "bfloat16",
         "bos_token_id": 128000, "eos_token_id": [128001, 128008, 128009], "head_dim": null}
        """)
        XCTAssertEqual(c.headDim, 64)
        XCTAssertEqual(c.numKVHeads, 8)
        XCTAssertEqual(c.ropeTheta, 500000)
        XCTAssertEqual(c.ropeScaling, .llama3(factor: 32, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositions: 8192))
        XCTAssertEqual(c.eosTokenIds, [128001, 128008, 128009])
        XCTAssertEqual(c.bosTokenId, 128000)
        XCTAssertTrue(c.tieWordEmbeddings)
        XCTAssertEqual(c.torchDtype, "bfloat16")
    }

    func testLinearScalingWithLegacyTypeKeyAndRopeParameters() throws {
        let legacy = try parse(config("llama", #""rope_theta": 20000, "rope_scaling": {"type": "linear", "factor": 2.0}"#))
        XCTAssertEqual(legacy.ropeScaling, .linear(factor: 2))
        XCTAssertEqual(legacy.ropeTheta, 20000)
        let five = try parse(config("llama", """
        "rope_parameters": {"rope_type": "llama3", "rope_theta": 500000.0, "factor": 8.0,
         "low_freq_factor": 1.0, "high_freq_factor": 4.0, "original_max_position_embeddings": 8192}
        """))
        XCTAssertEqual(five.ropeTheta, 500000)
        XCTAssertEqual(five.ropeScaling, .llama3(factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositions: 8192))
    }

    func testDefaultsFollowTheTransformersConfigClasses() throws {
        let llama = try parse(config())
        XCTAssertEqual(llama.headDim, 8)
        XCTAssertEqual(llama.numKVHeads, 4)
        XCTAssertEqual(llama.rmsNormEps, 1e-6)
        XCTAssertEqual(llama.ropeTheta, 10000)
        XCTAssertEqual(llama.maxPositions, 2048)
        XCTAssertEqual(llama.bosTokenId, 1)
        XCTAssertEqual(llama.eosTokenIds, [2])
        XCTAssertFalse(llama.tieWordEmbeddings)
        XCTAssertNil(llama.torchDtype)

        let qwen = try parse(config("qwen2", #""attention_bias": false"#))
        XCTAssertTrue(qwen.attentionBias, "Qwen2 always has q/k/v biases")
        XCTAssertEqual(qwen.eosTokenIds, [])
        XCTAssertNil(qwen.bosTokenId)
        XCTAssertEqual(qwen.maxPositions, 32768)

        let mistral = try parse(config("mistral", #""sliding_window": 4096, "attention_bias": true"#))
        XCTAssertFalse(mistral.attentionBias, "Mistral has no attention biases")
        XCTAssertEqual(mistral.maxPositions, 131072)
    }

    func testQwenTiedEmbeddingsConfig() throws {
        // The shape of Qwen/Qwen2.5-0.5B's config.json.
        let c = try parse("""
        {"model_type": "qwen2", "vocab_size": 151936, "hidden_size": 896, "intermediate_size": 4864,
         "num_hidden_layers": 24, "num_attention_heads": 14, "num_key_value_heads": 2,
         "rope_theta": 1000000.0, "rms_norm_eps": 1e-06, "tie_word_embeddings": true,
         "use_sliding_window": false, "sliding_window": 32768, "max_window_layers": 24,
         "bos_token_id": 151643, "eos_token_id": 151643, "torch_dtype": "bfloat16"}
        """)
        XCTAssertEqual(c.headDim, 64)
        XCTAssertTrue(c.tieWordEmbeddings)
        XCTAssertTrue(c.attentionBias)
        XCTAssertEqual(c.ropeTheta, 1_000_000)
        XCTAssertEqual(c.eosTokenIds, [151643])
    }

    func testUnknownModelTypeNamesTheFile() {
        let path = "/models/x/config.json"
        XCTAssertThrowsError(try parse(config("gpt2"), source: path)) { error in
            XCTAssertEqual("\(error)", "/models/x/config.json: unsupported model_type 'gpt2' (expected one of llama, qwen2, mistral)")
        }
        assertAlignOnceError(try parse(#"{"vocab_size": 3}"#), contains: ["test/config.json", "'model_type' is missing"])
    }

    func testMalformedJSONIsOneLineNamingTheFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        let url = try IOBuilders.write(Data("{\"model_type\": \"llama\",\n \"vocab_size\": }".utf8), named: "config.json", in: dir)
        assertAlignOnceError(try ModelConfig.load(from: url), contains: [url.path, "malformed JSON", "line 2, column 16"])
        assertAlignOnceError(try parse("[1, 2]"), contains: ["test/config.json", "top level must be a JSON object"])
        assertAlignOnceError(try ModelConfig.load(from: dir.appendingPathComponent("absent.json")), contains: ["absent.json", "cannot read"])
    }

    func testValidationErrorsNameTheField() {
        let cases: [(String, [String])] = [
            (config("llama", #""num_key_value_heads": 3"#), ["'num_key_value_heads'", "must divide num_attention_heads (4)"]),
            (#"{"model_type": "llama", "vocab_size": -5, "hidden_size": 32, "intermediate_size": 48, "num_hidden_layers": 3, "num_attention_heads": 4}"#,
             ["'vocab_size'", "got -5"]),
            (#"{"model_type": "llama", "hidden_size": 32, "intermediate_size": 48, "num_hidden_layers": 3, "num_attention_heads": 4}"#,
             ["'vocab_size' is missing"]),
            (config("llama", #""num_hidden_layers": 0"#), ["'num_hidden_layers'", "got 0"]),
            (config("llama", #""intermediate_size": 99999999999"#), ["'intermediate_size'", "between 1 and 1048576"]),
            (#"{"model_type": "llama", "vocab_size": 10, "hidden_size": 30, "intermediate_size": 48, "num_hidden_layers": 3, "num_attention_heads": 4}"#,
             ["'hidden_size' (30) must be divisible by num_attention_heads (4)"]),
            (config("llama", #""head_dim": 7"#), ["'head_dim' (7) must be even"]),
            (config("llama", #""hidden_act": "gelu""#), ["'hidden_act'", "only silu"]),
            (config("llama", #""rope_scaling": {"rope_type": "yarn", "factor": 4.0}"#), ["'rope_scaling.rope_type'", "'yarn'"]),
            (config("llama", #""rope_scaling": {"rope_type": "linear"}"#), ["'rope_scaling.factor' is missing"]),
            (config("llama", #""rope_scaling": {"rope_type": "llama3", "factor": 8, "low_freq_factor": 1, "high_freq_factor": 4}"#),
             ["'rope_scaling.original_max_position_embeddings' is missing"]),
            (config("llama", #""rope_scaling": {"rope_type": "llama3", "factor": 8, "low_freq_factor": 4, "high_freq_factor": 1, "original_max_position_embeddings": 10}"#),
             ["'rope_scaling.high_freq_factor'"]),
            (config("llama", #""rope_theta": -1"#), ["'rope_theta' must be a positive number"]),
            (config("llama", #""rms_norm_eps": 0"#), ["'rms_norm_eps'"]),
            (config("llama", #""eos_token_id": [2, -1]"#), ["'eos_token_id' must not be negative"]),
            (config("llama", #""eos_token_id": "two""#), ["'eos_token_id' must be an integer or a list"]),
            (config("llama", #""hidden_size": "32""#), ["'hidden_size' must be an integer, got a string"]),
            (config("llama", #""tie_word_embeddings": 1"#), ["'tie_word_embeddings' must be true or false"]),
            (config("mistral", #""sliding_window": 0"#), ["'sliding_window' must be a positive integer"]),
        ]
        for (json, fragments) in cases {
            assertAlignOnceError(try parse(json), contains: ["test/config.json"] + fragments)
        }
    }

    func testJSONDataRoundTripsAndUsesTheTransformersFourLayout() throws {
        let m1 = try ModelConfig.load(from: Fixtures.url("m1_llama/config.json"))
        let scaled = try parse(config("llama", #""eos_token_id": [5, 6], "rope_scaling": {"rope_type": "llama3", "factor": 8, "low_freq_factor": 1, "high_freq_factor": 4, "original_max_position_embeddings": 64}"#))
        let qwen = try parse(config("qwen2", #""tie_word_embeddings": true, "rope_theta": 1000000.0, "num_key_value_heads": 2"#))
        let linear = try parse(config("mistral", #""rope_scaling": {"type": "linear", "factor": 4}"#))
        for original in [m1, scaled, qwen, linear] {
            var expected = original
            expected.torchDtype = "float32"
            XCTAssertEqual(try ModelConfig(jsonData: original.jsonData(), source: "written"), expected)
        }
        let text = String(decoding: try m1.jsonData(), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("{\n  \"architectures\": [\n    \"LlamaForCausalLM\"\n  ],\n  \"attention_bias\": false,"), text)
        XCTAssertTrue(text.contains("\"rms_norm_eps\": 1e-05,"), text)
        XCTAssertTrue(text.contains("\"rope_theta\": 10000.0,"), text)
        XCTAssertTrue(text.contains("\"rope_scaling\": null,"), text)
        XCTAssertTrue(text.contains("\"torch_dtype\": \"float32\","), text)
        XCTAssertTrue(text.contains("\"bos_token_id\": null,"), text)
        XCTAssertTrue(String(decoding: try qwen.jsonData(), as: UTF8.self).contains("\"Qwen2ForCausalLM\""))
        XCTAssertTrue(String(decoding: try linear.jsonData(), as: UTF8.self).contains("\"MistralForCausalLM\""))
    }

    func testEOSIdsMergeConfigAndGenerationConfig() throws {
        let dir = try Fixtures.temporaryDirectory()
        _ = try IOBuilders.write(Data(config("llama", #""eos_token_id": 7"#).utf8), named: "config.json", in: dir)
        XCTAssertEqual(ModelConfig.loadEOSIds(directory: dir), [7])
        XCTAssertNil(try ModelConfig.loadGenerationEOSIds(directory: dir))

        _ = try IOBuilders.write(Data(#"{"eos_token_id": [9, 7, 11]}"#.utf8), named: "generation_config.json", in: dir)
        XCTAssertEqual(ModelConfig.loadEOSIds(directory: dir), [7, 9, 11])

        _ = try IOBuilders.write(Data(#"{"eos_token_id": 3}"#.utf8), named: "generation_config.json", in: dir)
        XCTAssertEqual(ModelConfig.loadEOSIds(directory: dir), [7, 3])

        let bad = try IOBuilders.write(Data("{eos".utf8), named: "generation_config.json", in: dir)
        assertAlignOnceError(try ModelConfig.loadGenerationEOSIds(directory: dir), contains: [bad.path, "malformed JSON"])
        XCTAssertEqual(ModelConfig.loadEOSIds(directory: dir), [7], "a broken generation config falls back to config.json")

        XCTAssertEqual(ModelConfig.loadEOSIds(directory: Fixtures.url("m1_llama")), [0])
    }

    func testGenerationConfigDataCarriesTokenIds() throws {
        var c = IOBuilders.tinyConfig()
        c.eosTokenIds = [4, 5]
        c.padTokenId = 0
        let fields = try JSONFields(JSONValue.parse(c.generationConfigData(), source: "g"), source: "g")
        XCTAssertEqual(try fields.intOrIntList("eos_token_id"), [4, 5])
        XCTAssertEqual(try fields.optionalInt("pad_token_id"), 0)
        XCTAssertNil(try fields.optionalInt("bos_token_id"))
    }
}
