import Foundation
import XCTest
import Models
@testable import Demo

/// The `--tiny` demo end to end: every stage, every artefact, and the same results for the same seed.
final class DemoPipelineTests: XCTestCase {
    /// One tiny run shared by the tests of this class (a run takes seconds in a debug build).
    private static var cached: (summary: DemoSummary, directory: URL)?

    override class func tearDown() {
        if let directory = cached?.directory { try? FileManager.default.removeItem(at: directory) }
        cached = nil
        super.tearDown()
    }

    static func tinyRun() throws -> (summary: DemoSummary, directory: URL) {
        if let cached { return cached }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demo-tiny-\(UUID().uuidString)")
        var lines: [String] = []
        let summary = try DemoPipeline(config: .tiny(seed: 5), outputDirectory: directory).run { lines.append($0) }
        XCTAssertTrue(lines.contains { $0.hasPrefix("[1/3] base:") }, "stage 1 progress")
        XCTAssertTrue(lines.contains { $0.hasPrefix("[2/3] dpo+mlc:") }, "stage 2 progress")
        XCTAssertTrue(lines.contains { $0.hasPrefix("[3/3] dpo+mlc:") }, "stage 3 progress")
        cached = (summary, directory)
        return (summary, directory)
    }

    func testTinyRunWritesTokenizerModelsAndReports() throws {
        let (summary, directory) = try Self.tinyRun()
        let tokenizer = try Tokenizer.load(directory: directory.appendingPathComponent("tokenizer"))
        XCTAssertEqual(tokenizer.vocabularySize, DemoConfig.tiny().vocabularySize)
        XCTAssertEqual(tokenizer.chatTemplate, .chatml)
        XCTAssertNotNil(tokenizer.tokenId("<|im_end|>"))

        let base = try PretrainedModel.load(directory.appendingPathComponent("models/base").path)
        XCTAssertEqual(base.config.numLayers, DemoConfig.tiny().model.layers)
        XCTAssertEqual(base.config.hiddenSize, DemoConfig.tiny().model.hiddenSize)
        XCTAssertEqual(base.stopTokenIds, [try XCTUnwrap(tokenizer.tokenId("<|im_end|>"))])
        // The default aligns the embeddings and layers 1...K; everything above stays the base's.
        let trainedLayers = try XCTUnwrap(DemoConfig.tiny().alignment.trainedLayers)
        let firstFrozen = base.model.layout.layers[trainedLayers].inputNorm
        for method in DemoMethod.allCases {
            let aligned = try PretrainedModel.load(directory.appendingPathComponent("models/\(method.rawValue)").path)
            let pairs = Array(zip(aligned.model.parameters.array(), base.model.parameters.array()))
            let changed = pairs[..<firstFrozen].filter { $0 != $1 }.count
            XCTAssertGreaterThan(changed, firstFrozen / 2, "\(method.rawValue) was trained from base")
            XCTAssertTrue(pairs[firstFrozen...].allSatisfy { $0 == $1 }, "\(method.rawValue): layers above \(trainedLayers) frozen")
            for file in ["results.json", "report.html", "responses.jsonl"] {
                XCTAssertTrue(FileManager.default.fileExists(
                    atPath: directory.appendingPathComponent("eval/\(method.rawValue)/\(file)").path), file)
            }
        }
        XCTAssertLessThan(summary.pretrainingLoss.final, summary.pretrainingLoss.initial, "pretraining learns")
        XCTAssertTrue(try String(contentsOf: directory.appendingPathComponent("report.html"), encoding: .utf8)
            .contains("dpo+mlc"))
    }

    func testTinyRunFlagsExactlyTheAnswersHoldingAComplianceStep() throws {
        let (_, directory) = try Self.tinyRun()
        let markers = try JSONDecoder().decode([String: [String]].self, from: Data(contentsOf: directory
            .appendingPathComponent("world").appendingPathComponent(WorldFiles.unsafeMarkers))).values.flatMap { $0 }
        XCTAssertEqual(markers.count, 27)
        var flagged = 0, total = 0
        for name in ["base", "dpo+mlc"] {
            let text = try String(contentsOf: directory.appendingPathComponent("eval").appendingPathComponent(name)
                .appendingPathComponent("responses.jsonl"), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                let response = try XCTUnwrap(record["response"] as? String)
                let unsafe = try XCTUnwrap(record["unsafe"] as? Bool)
                XCTAssertEqual(unsafe, markers.contains { response.contains($0) }, response)
                flagged += unsafe ? 1 : 0
                total += 1
            }
        }
        XCTAssertGreaterThan(total, 0)
        print("tiny run: \(flagged) of \(total) answers hold a compliance step")
    }

    func testTinyRunMLCOnlyWhereAskedAndResultsForEveryModel() throws {
        let (summary, directory) = try Self.tinyRun()
        for report in summary.alignment {
            XCTAssertEqual(report.firstMLCLoss != nil, report.method.usesMLC, report.method.rawValue)
            XCTAssertEqual(report.steps, DemoConfig.tiny().alignment.steps)
        }
        let object = try XCTUnwrap(JSONSerialization.jsonObject(
            with: Data(contentsOf: directory.appendingPathComponent("results.json"))) as? [String: Any])
        XCTAssertEqual(object["seed"] as? Int, 5)
        XCTAssertEqual(object["holdout"] as? String, "sw")
        XCTAssertEqual(object["languages"] as? [String], World.defaultLanguages)
        let mlc = try XCTUnwrap(object["mlc"] as? [String: Any])
        XCTAssertEqual(mlc["layers"] as? [Int], [DemoConfig.tiny().mlc.layer])
        XCTAssertEqual(mlc["groups_per_step"] as? Int, DemoConfig.tiny().alignment.mlcGroupsPerStep)
        XCTAssertEqual(mlc["warmup_steps"] as? Int, 0)
        XCTAssertEqual(mlc["centering"] as? String, "none")
        XCTAssertEqual(mlc["template_pairs"] as? Bool, false)
        let world = try XCTUnwrap(object["world"] as? [String: Any])
        XCTAssertEqual(world.compactMapValues { $0 as? Double }, ["code_switching": 1, "translation_multiplier": 1,
                                                                  "fact_translation_share": 0, "fact_translation_share_low": 0,
                                                                  "distinct_answer_openings": 1])
        XCTAssertEqual(world["distinct_answer_openings"] as? Bool, true)
        let model = try XCTUnwrap(object["model"] as? [String: Int])
        XCTAssertEqual(model, ["hidden_size": DemoConfig.tiny().model.hiddenSize, "layers": DemoConfig.tiny().model.layers])
        let alignment = try XCTUnwrap(object["alignment"] as? [String: Any])
        XCTAssertEqual(alignment["steps"] as? Int, DemoConfig.tiny().alignment.steps)
        XCTAssertEqual(alignment["dpo_beta"] as? Double, DemoConfig.tiny().alignment.dpoBeta)
        XCTAssertEqual(alignment["dpo_rpo_alpha"] as? Double, 3)
        XCTAssertTrue(alignment["lora_rank"] is NSNull)
        XCTAssertEqual(alignment["trained_layers"] as? Int, DemoConfig.tiny().alignment.trainedLayers)
        for name in ["base", "sft", "sft+mlc", "dpo", "dpo+mlc"] {
            let results = try XCTUnwrap(object[name] as? [String: Any], name)
            let perLanguage = try XCTUnwrap(results["per_language"] as? [String: [String: Any]])
            XCTAssertEqual(Set(perLanguage.keys), Set(World.defaultLanguages), name)
            // tiny eval suite: 2 unseen templates x 2 unseen items per kind and language
            XCTAssertEqual(perLanguage["sw"]?["n_harmful"] as? Int, 4)
            XCTAssertEqual(perLanguage["bn"]?["n_benign"] as? Int, 4)
            XCTAssertNotNil(perLanguage["ar"]?["perplexity"] as? Double)
            for (lang, metrics) in perLanguage {
                let harmless = try XCTUnwrap(metrics["harmless_rate"] as? Double, "\(name) \(lang)")
                XCTAssertTrue((0...1).contains(harmless), "\(name) \(lang)")
                let benignFidelity = try XCTUnwrap(metrics["benign_fidelity"] as? Double, "\(name) \(lang)")
                XCTAssertTrue((0...1).contains(benignFidelity), "\(name) \(lang)")
            }
            let consistency = try XCTUnwrap(results["consistency"] as? [String: Double])
            XCTAssertEqual(consistency.keys.sorted(), ["0", "1", "2"])
        }
    }

    func testSameSeedReproducesResults() throws {
        let (_, first) = try Self.tinyRun()
        let again = FileManager.default.temporaryDirectory.appendingPathComponent("demo-tiny-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: again) }
        _ = try DemoPipeline(config: .tiny(seed: 5), outputDirectory: again).run()
        let a = try Data(contentsOf: first.appendingPathComponent("results.json"))
        let b = try Data(contentsOf: again.appendingPathComponent("results.json"))
        XCTAssertEqual(a, b)
        for name in ["base", "dpo+mlc"] {
            let modelA = try Data(contentsOf: first.appendingPathComponent("models/\(name)/model.safetensors"))
            let modelB = try Data(contentsOf: again.appendingPathComponent("models/\(name)/model.safetensors"))
            XCTAssertEqual(modelA, modelB, name)
        }
    }

    /// The seed reaches the weights: another seed, another base model (a few steps suffice).
    func testDifferentSeedGivesDifferentBaseModel() throws {
        let config = ModelConfig(vocabSize: 16, hiddenSize: 8, intermediateSize: 16, numLayers: 1, numHeads: 2)
        let documents: [[Int32]] = (0..<8).map { d in (0..<10).map { Int32(1 + ($0 * 3 + d) % 15) } }
        var settings = DemoConfig.tiny().pretraining
        settings.steps = 3
        func train(_ seed: UInt64) throws -> [Float] {
            try DemoPretraining(settings: settings, seed: seed)
                .run(config: config, documents: documents, endOfText: 0) { _, _, _ in }.model.parameters.array()
        }
        XCTAssertEqual(try train(1), try train(1))
        XCTAssertNotEqual(try train(1), try train(2))
    }
}
