import XCTest
import Tensor
import Models
import TestSupport
@testable import Alignment

final class ConfigTests: XCTestCase {
    private let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples")

    private func yamlFile(_ text: String) throws -> URL {
        let url = try Fixtures.temporaryDirectory("config").appendingPathComponent("run.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    private func assertError(_ body: @autoclosure () throws -> Any, location: String, mentions: String,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            guard let error = error as? AlignOnceError else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertTrue(error.location.hasSuffix(location), "location \(error.location)", file: file, line: line)
            XCTAssertTrue(error.problem.contains(mentions), "problem \(error.problem)", file: file, line: line)
        }
    }

    func testDefaultsAreTRLLike() {
        let config = TrainConfig()
        XCTAssertEqual(config.objective, .dpo)
        XCTAssertEqual(config.beta, 0.1)
        XCTAssertEqual(config.learningRate, 1e-6)
        XCTAssertEqual(config.maxLength, 1024)
        XCTAssertEqual(config.maxPromptLength, 512)
        XCTAssertEqual(config.truncationMode, .keepEnd)
        XCTAssertEqual(config.mlc, .svSoftmax)
        XCTAssertEqual(config.loraTargets, [.q, .v])
        XCTAssertEqual(TrainConfig.keys.count, 54)
        XCTAssertNil(config.mlcLanguageGuard, "the language guard is an extension, off by default")
        XCTAssertTrue(TrainConfig.keys.contains("gradient-accumulation-steps"))
    }

    func testLoadsExampleConfigs() throws {
        let dpo = try TrainConfig.load(yamlURL: examples.appendingPathComponent("dpo-mlc.yaml"))
        XCTAssertEqual(dpo.objective, .dpo)
        XCTAssertEqual(dpo.learningRate, 1e-4)
        XCTAssertEqual(dpo.mlcLayers, [-8])
        XCTAssertEqual(dpo.mlcExtractorDim, 128)
        XCTAssertEqual(dpo.loraTargets, [.q, .k, .v, .o])
        XCTAssertTrue(dpo.lora)
        XCTAssertEqual(dpo.loraAlpha, 16)
        XCTAssertEqual(dpo.saveTotalLimit, 2, "unset keys keep their defaults")
        XCTAssertNoThrow(try dpo.validate())

        let sft = try TrainConfig.load(yamlURL: examples.appendingPathComponent("sft-mlc.yaml"))
        XCTAssertEqual(sft.objective, .sft)
        XCTAssertEqual(sft.warmupRatio, 0.1)
        XCTAssertNil(sft.mlcLayers)
        XCTAssertEqual(sft.resolvedWarmupSteps(totalSteps: 95), 10)
        XCTAssertNoThrow(try sft.validate())
    }

    func testUnknownKeysAndBadValuesNameKeyAndFile() throws {
        assertError(try TrainConfig.load(yamlURL: try yamlFile("model: m\nlearning_rate: 1e-5\n")),
                    location: "run.yaml:2", mentions: "unknown key \"learning_rate\"")
        assertError(try TrainConfig.load(yamlURL: try yamlFile("beta: 0.1\nbeta: 0.2\n")), location: "run.yaml", mentions: "'beta'")
        assertError(try TrainConfig.load(yamlURL: try yamlFile("objective: ppo\n")), location: "run.yaml: objective",
                    mentions: "one of sft, dpo, simpo, orpo")
        assertError(try TrainConfig.load(yamlURL: try yamlFile("batch-size: many\n")), location: "run.yaml: batch-size",
                    mentions: "an integer")
        assertError(try TrainConfig.load(yamlURL: try yamlFile("lora-targets: [q, x]\n")), location: "run.yaml: lora-targets",
                    mentions: "item 1")
        assertError(try TrainConfig.load(yamlURL: try yamlFile("- a\n- b\n")), location: "run.yaml", mentions: "mapping")
        assertError(try TrainConfig.load(yamlURL: try yamlFile("a: [\n")), location: "run.yaml", mentions: "not valid YAML")
        XCTAssertEqual(try TrainConfig.load(yamlURL: try yamlFile("")), TrainConfig(), "empty file = defaults")
    }

    func testCLIOverrides() throws {
        var base = TrainConfig()
        base.model = "m"
        base.data = "d.jsonl"
        let merged = try base.merging(overrides: [
            "learning-rate": "5e-5", "lora": "true", "lora-targets": "q,k,gate", "mlc-layers": "[4, -2]",
            "mlc": "rank1-energy", "output": "runs/a: b", "max-steps": "20", "model": "other",
        ])
        XCTAssertEqual(merged.learningRate, 5e-5)
        XCTAssertTrue(merged.lora)
        XCTAssertEqual(merged.loraTargets, [.q, .k, .gate])
        XCTAssertEqual(merged.mlcLayers, [4, -2])
        XCTAssertEqual(merged.mlc, .rank1Energy)
        XCTAssertEqual(merged.output, "runs/a: b")
        XCTAssertEqual(merged.maxSteps, 20)
        XCTAssertEqual(merged.model, "other")
        XCTAssertEqual(merged.data, "d.jsonl")
        XCTAssertNil(try merged.merging(overrides: ["max-steps": "null"]).maxSteps)

        assertError(try base.merging(overrides: ["learning-rat": "1"]), location: "--learning-rat", mentions: "unknown option")
        assertError(try base.merging(overrides: ["epochs": "1.5"]), location: "--epochs", mentions: "an integer")
        assertError(try base.merging(overrides: ["truncation-mode": "middle"]), location: "--truncation-mode", mentions: "keep_start, keep_end")
    }

    /// `rpo-alpha` (TRL's name) reaches the DPO objective; plain DPO by default.
    func testRPOAlphaOptionReachesTheDPOObjective() throws {
        let reference = ReferenceSource.cache(ReferenceLogProbCache())
        guard case .dpo(let plain) = try TrainingObjective(config: TrainConfig(), reference: reference) else {
            return XCTFail("DPO expected")
        }
        XCTAssertEqual(plain.rpoAlpha, 0)
        let merged = try TrainConfig().merging(overrides: ["rpo-alpha": "0.5"])
        guard case .dpo(let rpo) = try TrainingObjective(config: merged, reference: reference) else {
            return XCTFail("DPO expected")
        }
        XCTAssertEqual(rpo.rpoAlpha, 0.5)
        XCTAssertEqual(try TrainConfig.load(yamlURL: try yamlFile("rpo-alpha: 1.0\n")).rpoAlpha, 1.0)
    }

    /// `mlc-centering` reaches the trainer's MLC term (default none, as the spec).
    func testMLCCenteringOptionReachesTheTerm() throws {
        let model = ModelConfig(vocabSize: 32, hiddenSize: 8, intermediateSize: 16, numLayers: 2, numHeads: 2, numKVHeads: 1)
        XCTAssertEqual(try MLCTerm(config: TrainConfig(), model: model)?.centering, MLCCentering.none)
        let merged = try TrainConfig().merging(overrides: ["mlc-centering": "language"])
        XCTAssertEqual(merged.mlcCentering, .language)
        XCTAssertEqual(try MLCTerm(config: merged, model: model)?.centering, .language)
        assertError(try TrainConfig().merging(overrides: ["mlc-centering": "global"]), location: "--mlc-centering", mentions: "none, batch, language")
    }

    func testYAMLRoundTripAndFingerprint() throws {
        var config = TrainConfig()
        config.model = "models/x"
        config.data = "train.jsonl"
        config.learningRate = 3e-7
        config.mlcLayers = [-1, 6]
        config.loraDropout = 0.1
        config.resume = "latest"
        config.mlcData = "mlc.jsonl"
        config.evalData = "eval.jsonl"
        config.maxSteps = 9
        config.mlcExtractorDim = 64
        config.mlcAnchorRank = 1
        config.mlcLanguageGuard = 0.5
        config.mlcLanguageText = "languages.jsonl"
        config.chatTemplate = "t.jinja"
        let text = try config.yaml()
        for key in TrainConfig.keys {
            XCTAssertTrue(text.contains("\n\(key):") || text.hasPrefix("\(key):"), "yaml misses \(key)")
        }
        XCTAssertTrue(text.contains("learning-rate:"))
        XCTAssertTrue(text.contains("mlc-layers:"))
        let reloaded = try TrainConfig.load(yamlURL: try yamlFile(text))
        XCTAssertEqual(reloaded, config)
        XCTAssertEqual(try reloaded.fingerprint(), try config.fingerprint())
        var other = config
        other.beta = 0.2
        XCTAssertNotEqual(try other.fingerprint(), try config.fingerprint())
    }

    func testStepCountsAndScheduleFollowTransformers() throws {
        var config = TrainConfig()
        config.batchSize = 4
        config.gradientAccumulationSteps = 3
        config.epochs = 2
        config.warmupRatio = 0.1
        config.lrScheduler = .cosine
        config.learningRate = 1e-4
        XCTAssertEqual(config.updatesPerEpoch(exampleCount: 50), 4, "ceil(50/4) = 13 micro-batches, 13 / 3 = 4")
        XCTAssertEqual(config.updatesPerEpoch(exampleCount: 3), 1)
        XCTAssertEqual(config.totalUpdates(exampleCount: 50), 8)
        let schedule = config.schedule(totalSteps: 8)
        XCTAssertEqual(schedule.warmupSteps, 1, "ceil(0.8)")
        XCTAssertEqual(schedule.learningRate(step: 0), 0)
        XCTAssertEqual(schedule.learningRate(step: 1), 1e-4, accuracy: 1e-15)
        config.maxSteps = 5
        XCTAssertEqual(config.totalUpdates(exampleCount: 50), 5)
    }

    func testValidateNamesTheKey() throws {
        var ok = TrainConfig()
        ok.model = "m"
        ok.data = "d"
        XCTAssertNoThrow(try ok.validate())
        let cases: [(String, (inout TrainConfig) -> Void)] = [
            ("model", { $0.model = nil }),
            ("learning-rate", { $0.learningRate = 0 }),
            ("max-prompt-length", { $0.maxPromptLength = 1024 }),
            ("warmup-ratio", { $0.warmupRatio = 1.5 }),
            ("batch-size", { $0.batchSize = 0 }),
            ("mlc-temperature", { $0.mlcTemperature = 0 }),
            ("mlc-layers", { $0.mlcLayers = [] }),
            ("label-smoothing", { $0.labelSmoothing = 0.5 }),
            ("loss-type", { $0.objective = .simpo; $0.lossType = .ipo }),
            ("lora-dropout", { $0.loraDropout = 1 }),
            ("lora-targets", { $0.loraTargets = [.q, .q] }),
            ("max-steps", { $0.maxSteps = 0 }),
            ("rpo-alpha", { $0.rpoAlpha = -1 }),
            ("mlc-shift", { $0.mlcShift = true; $0.mlc = .none }),
            ("mlc-anchor-rank", { $0.mlcAnchorRank = 1 }),
            ("mlc-anchor-rank", { $0.mlcShift = true; $0.mlc = .anchorMSE; $0.mlcAnchorRank = 0 }),
            ("rpo-alpha", { $0.objective = .simpo; $0.rpoAlpha = 1 }),
            ("mlc-language-guard", { $0.mlcLanguageGuard = 1 }),
            ("mlc-language-guard", { $0.mlcLanguageGuard = -1; $0.mlcLanguageText = "t.jsonl" }),
            ("mlc-language-guard", { $0.mlcLanguageGuard = 1; $0.mlcLanguageText = "t.jsonl"; $0.mlc = .none }),
            ("mlc-language-text", { $0.mlcLanguageText = "t.jsonl" }),
        ]
        for (key, mutate) in cases {
            var config = ok
            mutate(&config)
            XCTAssertThrowsError(try config.validate(), key) { error in
                XCTAssertEqual((error as? AlignOnceError)?.location, key)
            }
        }
    }
}
