import Foundation
import Tensor
import TestSupport
import XCTest
@testable import Models

final class IOModelDirectoryTests: XCTestCase {
    func testLoadsM1WeightsWithTheShapesTheConfigImplies() throws {
        let directory = Fixtures.url("m1_llama")
        let config = try ModelConfig.load(from: directory.appendingPathComponent("config.json"))
        let weights = try ModelDirectory.loadWeights(directory: directory, config: config)
        let expected = try XCTUnwrap(Fixtures.json("m1_llama/expected.json") as? [String: Any])
        let names = ModelDirectory.expectedParameterShapes(config).map(\.0)
        XCTAssertEqual(Set(names), Set(expected["parameter_names"] as? [String] ?? []), "every HF parameter, nothing else")
        XCTAssertEqual(names.count, 21)
        XCTAssertEqual(weights.count, 21)
        XCTAssertEqual(weights.values.reduce(0) { $0 + $1.count }, 223_552)
        XCTAssertEqual(expected["num_parameters"] as? Int, 223_552)
        XCTAssertEqual(weights["model.layers.1.self_attn.k_proj.weight"]?.shape, [32, 64])
        XCTAssertEqual(weights["model.layers.0.mlp.down_proj.weight"]?.shape, [64, 176])
        XCTAssertEqual(weights["lm_head.weight"]?.shape, [1024, 64])
        let file = try SafetensorsFile(url: directory.appendingPathComponent("model.safetensors"))
        XCTAssertEqual(weights["model.norm.weight"], try file.floatTensor("model.norm.weight"))
    }

    func testShardedSaveLoadsLikeTheSingleFile() throws {
        let root = try Fixtures.temporaryDirectory()
        let config = IOBuilders.tinyConfig()
        let weights = IOBuilders.weights(for: config)
        let single = root.appendingPathComponent("single"), sharded = root.appendingPathComponent("sharded")
        try ModelDirectory.saveModel(directory: single, config: config, weights: weights)
        try ModelDirectory.saveModel(directory: sharded, config: config, weights: weights, maxShardBytes: 1000)

        let files = try FileManager.default.contentsOfDirectory(atPath: sharded.path).sorted()
        let shards = files.filter { $0.hasPrefix("model-") }
        // Greedy split in model order (F32 bytes): [embed 1024] [q k v o: 768] [gate up: 768]
        // [down norms q1 k1 v1: 960] [o1 gate1: 640] [up1 down1 norms norm: 864] [lm_head 1024].
        XCTAssertEqual(shards.count, 7)
        XCTAssertEqual(shards.first, "model-00001-of-00007.safetensors")
        XCTAssertFalse(files.contains("model.safetensors"))
        for shard in shards {
            let file = try SafetensorsFile(url: sharded.appendingPathComponent(shard))
            let bytes = file.names.reduce(0) { $0 + (file.entry($1)?.byteRange.count ?? 0) }
            XCTAssertLessThanOrEqual(bytes, 1024, "one 32x8 embedding (1024 bytes) is the only tensor over the limit")
        }
        let index = try JSONFields(JSONValue.parse(contentsOf: sharded.appendingPathComponent("model.safetensors.index.json")), source: "index")
        let totalBytes = weights.reduce(0) { $0 + $1.1.count * 4 }
        XCTAssertEqual(try index.nested("metadata")?.optionalInt("total_size"), totalBytes)
        XCTAssertEqual(try index.nested("weight_map")?.optionalString("model.norm.weight"), "model-00006-of-00007.safetensors")

        let fromSingle = try ModelDirectory.loadWeights(directory: single, config: config)
        let fromShards = try ModelDirectory.loadWeights(directory: sharded, config: config)
        XCTAssertEqual(fromShards, fromSingle)
        XCTAssertEqual(fromSingle, Dictionary(uniqueKeysWithValues: weights))
        XCTAssertEqual(try ModelConfig.load(from: sharded.appendingPathComponent("config.json")), config)
    }

    func testTiedQwenCheckpointWithoutLmHeadLoads() throws {
        let dir = try Fixtures.temporaryDirectory()
        let config = IOBuilders.tinyConfig(modelType: "qwen2", tied: true)
        let weights = IOBuilders.weights(for: config)
        XCTAssertFalse(weights.contains { $0.0 == "lm_head.weight" })
        let embedding = try XCTUnwrap(weights.first?.1)
        try ModelDirectory.saveModel(directory: dir, config: config, weights: weights + [("lm_head.weight", embedding)], dtype: .bf16)
        XCTAssertFalse(try SafetensorsFile(url: dir.appendingPathComponent("model.safetensors")).contains("lm_head.weight"),
                       "a tied lm_head is not stored, as save_pretrained does")
        let reloadedConfig = try ModelConfig.load(from: dir.appendingPathComponent("config.json"))
        XCTAssertEqual(reloadedConfig.torchDtype, "bfloat16")
        XCTAssertTrue(reloadedConfig.tieWordEmbeddings)
        let loaded = try ModelDirectory.loadWeights(directory: dir, config: reloadedConfig)
        XCTAssertEqual(loaded.count, 26)
        XCTAssertNil(loaded["lm_head.weight"])
        XCTAssertEqual(loaded["model.layers.1.self_attn.k_proj.bias"]?.shape, [4])
        XCTAssertNil(loaded["model.layers.1.self_attn.o_proj.bias"], "Qwen2 has no o_proj bias")
        let original = try XCTUnwrap(weights.first { $0.0 == "model.layers.0.self_attn.q_proj.bias" }?.1)
        XCTAssertEqual(loaded["model.layers.0.self_attn.q_proj.bias"]?.values,
                       original.values.map { HalfPrecision.floatFromBF16(HalfPrecision.bf16FromFloat($0)) })
    }

    func testWeightErrorsNameTheFileAndTheTensor() throws {
        let root = try Fixtures.temporaryDirectory()
        let config = IOBuilders.tinyConfig()
        var weights = IOBuilders.weights(for: config)

        // Shape contradicting the config: files written for 2 kv heads, config says 1.
        var wider = config
        wider.numKVHeads = 2
        let wideDir = root.appendingPathComponent("wide")
        try ModelDirectory.saveModel(directory: wideDir, config: wider, weights: IOBuilders.weights(for: wider))
        assertAlignOnceError(try ModelDirectory.loadWeights(directory: wideDir, config: config), contains: [
            wideDir.appendingPathComponent("model.safetensors").path,
            "tensor 'model.layers.0.self_attn.k_proj.weight' has shape [8, 8], config.json implies [4, 8]",
        ])

        // Untied model without lm_head.
        let noHead = root.appendingPathComponent("nohead")
        try FileManager.default.createDirectory(at: noHead, withIntermediateDirectories: true)
        weights.removeAll { $0.0 == "lm_head.weight" }
        try SafetensorsWriter.write(weights.map { (name: $0.0, tensor: $0.1) }, dtype: .f32, to: noHead.appendingPathComponent("model.safetensors"))
        assertAlignOnceError(try ModelDirectory.loadWeights(directory: noHead, config: config),
                             contains: [noHead.appendingPathComponent("model.safetensors").path, "tensor 'lm_head.weight' is missing", "[32, 8]"])

        // No weights at all.
        let empty = root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        assertAlignOnceError(try ModelDirectory.loadWeights(directory: empty, config: config), contains: [empty.path, "no model.safetensors"])
    }

    func testShardErrorsNameTheIndexAndTheShard() throws {
        let dir = try Fixtures.temporaryDirectory()
        let config = IOBuilders.tinyConfig()
        try ModelDirectory.saveModel(directory: dir, config: config, weights: IOBuilders.weights(for: config), maxShardBytes: 1000)
        let index = dir.appendingPathComponent("model.safetensors.index.json")
        let second = dir.appendingPathComponent("model-00002-of-00007.safetensors")
        let secondBytes = try Data(contentsOf: second)
        try FileManager.default.removeItem(at: second)
        assertAlignOnceError(try ModelDirectory.loadWeights(directory: dir, config: config),
                             contains: [index.path, "shard 'model-00002-of-00007.safetensors' listed in weight_map is missing"])
        try secondBytes.write(to: second)
        XCTAssertEqual(try ModelDirectory.loadWeights(directory: dir, config: config).count, 21)

        guard case .object(var top) = try JSONValue.parse(contentsOf: index), case .object(var map)? = top["weight_map"] else {
            return XCTFail("index.json is not an object with a weight_map")
        }
        map["model.norm.weight"] = .string("model-00001-of-00007.safetensors")
        top["weight_map"] = .object(map)
        try Data(JSONValue.object(top).serialized().utf8).write(to: index)
        assertAlignOnceError(try ModelDirectory.loadWeights(directory: dir, config: config), contains: [
            dir.appendingPathComponent("model-00001-of-00007.safetensors").path,
            "tensor 'model.norm.weight' is missing, although weight_map lists it in this shard",
        ])
        map["model.norm.weight"] = nil
        top["weight_map"] = .object(map)
        try Data(JSONValue.object(top).serialized().utf8).write(to: index)
        assertAlignOnceError(try ModelDirectory.loadWeights(directory: dir, config: config),
                             contains: [index.path, "tensor 'model.norm.weight' is not in weight_map", "[8]"])

        try Data("{\"weight_map\": 3}".utf8).write(to: index)
        assertAlignOnceError(try ModelDirectory.loadWeights(directory: dir, config: config),
                             contains: [index.path, "field 'weight_map' must be a JSON object"])
    }

    func testExtraTensorsAreIgnored() throws {
        let dir = try Fixtures.temporaryDirectory()
        let config = IOBuilders.tinyConfig()
        var weights = IOBuilders.weights(for: config)
        weights.append(("model.layers.0.self_attn.rotary_emb.inv_freq", Tensor(shape: [2], values: [1, 0.01])))
        try SafetensorsWriter.write(weights.map { (name: $0.0, tensor: $0.1) }, dtype: .f32, to: dir.appendingPathComponent("model.safetensors"))
        let loaded = try ModelDirectory.loadWeights(directory: dir, config: config)
        XCTAssertEqual(loaded.count, weights.count - 1)
        XCTAssertNil(loaded["model.layers.0.self_attn.rotary_emb.inv_freq"])
    }

    func testSaveModelReplacesAFolderOnlyWhenComplete() throws {
        let root = try Fixtures.temporaryDirectory()
        let target = root.appendingPathComponent("export")
        let config = IOBuilders.tinyConfig()
        let weights = IOBuilders.weights(for: config)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: target.appendingPathComponent("stale.txt"))

        // A failing export (missing tensor) leaves the old folder untouched.
        assertAlignOnceError(try ModelDirectory.saveModel(directory: target, config: config, weights: Array(weights.dropLast())),
                             contains: [target.path, "'lm_head.weight'", "missing"])
        assertAlignOnceError(try ModelDirectory.saveModel(directory: target, config: config, weights: weights,
                                                          extraFiles: [root.appendingPathComponent("nope.json")]),
                             contains: ["nope.json", "does not exist"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: target.path), ["stale.txt"])

        let tokenizerFiles = ModelDirectory.tokenizerFiles(in: Fixtures.url("m1_llama"))
        XCTAssertEqual(tokenizerFiles.map(\.lastPathComponent), ["tokenizer.json", "tokenizer_config.json"])
        try ModelDirectory.saveModel(directory: target, config: config, weights: weights, extraFiles: tokenizerFiles)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: target.path).sorted(), [
            "config.json", "generation_config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
        ])
        XCTAssertEqual(try Data(contentsOf: target.appendingPathComponent("tokenizer.json")),
                       try Data(contentsOf: Fixtures.url("m1_llama/tokenizer.json")))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["export"], "no staging folders left")
        XCTAssertEqual(ModelConfig.loadEOSIds(directory: target), [0])
        XCTAssertEqual(try ModelDirectory.loadWeights(directory: target, config: config).count, weights.count)
    }

    func testResolvesPathsAndTheHuggingFaceCache() throws {
        let saved = ["HF_HUB_CACHE", "HUGGINGFACE_HUB_CACHE", "HF_HOME"].map { ($0, ProcessInfo.processInfo.environment[$0]) }
        defer {
            for (key, value) in saved {
                if let value { setenv(key, value, 1) } else { unsetenv(key) }
            }
        }
        unsetenv("HUGGINGFACE_HUB_CACHE")
        let root = try Fixtures.temporaryDirectory()
        XCTAssertEqual(try ModelDirectory.resolve(root.path).path, root.path)

        let hash = "0123456789abcdef0123456789abcdef01234567"
        let repo = root.appendingPathComponent("hub/models--acme--tiny-llama")
        let snapshot = repo.appendingPathComponent("snapshots/\(hash)")
        try FileManager.default.createDirectory(at: snapshot, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("refs"), withIntermediateDirectories: true)
        try Data("\(hash)\n".utf8).write(to: repo.appendingPathComponent("refs/main"))

        setenv("HF_HUB_CACHE", root.appendingPathComponent("hub").path, 1)
        XCTAssertEqual(try ModelDirectory.resolve("acme/tiny-llama").path, snapshot.path)
        assertAlignOnceError(try ModelDirectory.resolve("acme/absent"), contains: [
            "acme/absent: model not found", "never downloaded", "no folder at",
            root.appendingPathComponent("hub/models--acme--absent").path, "(HF_HUB_CACHE)",
        ])

        unsetenv("HF_HUB_CACHE")
        setenv("HF_HOME", root.path, 1)
        XCTAssertEqual(try ModelDirectory.resolve("acme/tiny-llama").path, snapshot.path, "HF_HOME/hub")

        try Data("ffff\n".utf8).write(to: repo.appendingPathComponent("refs/main"))
        assertAlignOnceError(try ModelDirectory.resolve("acme/tiny-llama"), contains: ["names commit ffff", "snapshots/ffff does not exist"])
        try FileManager.default.removeItem(at: repo.appendingPathComponent("refs"))
        XCTAssertEqual(try ModelDirectory.resolve("acme/tiny-llama").path, snapshot.path, "single snapshot without refs/main")

        assertAlignOnceError(try ModelDirectory.resolve("not/a/repo"), contains: ["not/a/repo", "not a repo id"])
    }
}
