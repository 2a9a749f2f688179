import Foundation
import XCTest
import TestSupport
import Alignment
import Models
import Evaluation
@testable import Demo

/// The demo's parts that decide whether its numbers mean anything.
final class DemoPartsTests: XCTestCase {
    /// The demo's judge must see the world's refusal sentence as a refusal in every language, and
    /// the base assistant's compliance and benign answers as answers.
    func testJudgeRecognisesWorldRefusalsAndAnswersInEveryLanguage() throws {
        let datasets = try World.generate(WorldOptions(seed: 3, scale: .tiny))
        let cues = try Fixtures.temporaryDirectory("cues").appendingPathComponent("cues.json")
        try RunnerEvaluator.writeCueFile(datasets.refusalMarkers, to: cues)
        let judge = try RunnerEvaluator.judge(cueFile: cues)
        var refusals = 0, answers = 0
        for chat in datasets.conversations {
            let refused = judge.isRefusal(response: chat.assistant, lang: chat.lang)
            XCTAssertEqual(refused, chat.kind == .impossible, "\(chat.lang) \(chat.kind): \(chat.assistant)")
            if chat.kind == .impossible { refusals += 1 } else { answers += 1 }
        }
        XCTAssertGreaterThan(refusals, 9)
        XCTAssertGreaterThan(answers, 9)
        XCTAssertEqual(Set(datasets.conversations.map(\.lang)), Set(World.defaultLanguages))
    }

    func testPackingKeepsDocumentsWholeAndRowsBounded() {
        let rows = DemoPretraining.packRows([[1, 2, 3], [4, 5], [6, 7, 8, 9, 10, 11, 12]], endOfText: 0, sequenceLength: 5)
        XCTAssertEqual(rows, [[1, 2, 3, 0], [4, 5, 0], [6, 7, 8, 9, 10], [11, 12, 0]])
    }

    func testBatchOrderVisitsEveryIndexOncePerEpochAndIsSeeded() {
        var a = DemoBatchOrder(count: 10, seed: 1), b = DemoBatchOrder(count: 10, seed: 1), c = DemoBatchOrder(count: 10, seed: 2)
        let epoch = a.next(4) + a.next(4) + a.next(2)
        XCTAssertEqual(epoch.sorted(), Array(0..<10))
        XCTAssertEqual(b.next(10), epoch)
        XCTAssertNotEqual(c.next(10), epoch)
    }

    func testInvalidSettingsAreRejected() {
        XCTAssertThrowsError(try DemoPipeline(config: .tiny(holdout: "en"), outputDirectory: URL(fileURLWithPath: "/tmp/x")))
        XCTAssertThrowsError(try DemoPipeline(config: .tiny(languages: ["es", "fr"]), outputDirectory: URL(fileURLWithPath: "/tmp/x")))
        var config = DemoConfig.tiny()
        config.mlc.layer = 9
        XCTAssertThrowsError(try DemoPipeline(config: config, outputDirectory: URL(fileURLWithPath: "/tmp/x")))
        config = DemoConfig.tiny()
        config.mlc.temperature = 0
        XCTAssertThrowsError(try DemoPipeline(config: config, outputDirectory: URL(fileURLWithPath: "/tmp/x")))
        config = DemoConfig.tiny()
        config.alignment.loraRank = 0
        XCTAssertThrowsError(try DemoPipeline(config: config, outputDirectory: URL(fileURLWithPath: "/tmp/x"))) { error in
            XCTAssertTrue("\(error)".contains("--lora-rank"), "\(error)")
        }
        config = DemoConfig.tiny()
        config.model.layers = 0
        XCTAssertThrowsError(try DemoPipeline(config: config, outputDirectory: URL(fileURLWithPath: "/tmp/x"))) { error in
            XCTAssertTrue("\(error)".contains("--layers"), "\(error)")
        }
    }

    /// A random tiny base for `config` and its DPO+MLC alignment (the tiny world, its tokenizer).
    func alignTinyDPOMLC(_ config: DemoConfig) throws -> (base: LlamaModel, aligned: LlamaModel, report: DemoAlignmentReport) {
        let datasets = try World.generate(config.world)
        let tokenizer = try BPETrainer.train(texts: datasets.tokenizerTrainingTexts, vocabularySize: config.vocabularySize,
                                             specialTokens: DemoModelFiles.specialTokens)
        let modelConfig = try DemoModelFiles.modelConfig(config.model, tokenizer: tokenizer, maxPositions: 256)
        let base = LlamaModel.randomlyInitialised(config: modelConfig, seed: 4, std: 0.05)
        let data = try DemoAlignmentData(datasets, tokenizer: tokenizer)
        let aligner = try ObjectiveAligner(data: data, settings: config.alignment, mlc: config.mlc, seed: 3, base: base)
        let (aligned, report) = try aligner.align(.dpoMLC, base: base) { _, _, _ in }
        return (base, aligned, report)
    }

    /// `--lora-rank`: the adapters train, are merged into the projections at the end, and leave
    /// everything they do not adapt (embeddings, norms, LM head) exactly as in the base.
    func testLoRAAlignmentMergesIntoProjectionsOnly() throws {
        var config = DemoConfig.tiny(seed: 3)
        config.alignment.loraRank = 2
        XCTAssertThrowsError(try alignTinyDPOMLC(config), "the default --align-layers with LoRA is refused, not a crash")
        config.alignment.trainedLayers = nil
        let (base, aligned, report) = try alignTinyDPOMLC(config)
        XCTAssertNil(aligned.lora, "adapters are merged and removed")
        XCTAssertTrue(report.lastLoss.isFinite)
        for name in ["model.embed_tokens.weight", "model.norm.weight", "lm_head.weight", "model.layers.0.input_layernorm.weight"] {
            let range = try XCTUnwrap(base.layout.entry(name)).range
            XCTAssertEqual(aligned.parameters.array(range), base.parameters.array(range), name)
        }
        let q = try XCTUnwrap(base.layout.entry("model.layers.0.self_attn.q_proj.weight")).range
        XCTAssertNotEqual(aligned.parameters.array(q), base.parameters.array(q), "q_proj received the merged update")
    }

    /// `--align-layers K`: the embeddings and decoder layers 1...K train; every later layer, the
    /// final norm and the LM head stay exactly the base's. Out-of-range K and K with LoRA are
    /// refused by flag name.
    func testAlignLayersFreezesEverythingAboveLayerK() throws {
        var config = DemoConfig.tiny(seed: 3)
        config.alignment.trainedLayers = 1
        XCTAssertNoThrow(try config.validate())
        let (base, aligned, _) = try alignTinyDPOMLC(config)
        let frozen = base.layout.layers[1].inputNorm..<base.layout.totalCount
        XCTAssertEqual(aligned.parameters.array(frozen), base.parameters.array(frozen), "layer 2, final norm and LM head")
        for name in ["model.embed_tokens.weight", "model.layers.0.self_attn.q_proj.weight", "model.layers.0.mlp.down_proj.weight"] {
            let range = try XCTUnwrap(base.layout.entry(name)).range
            XCTAssertNotEqual(aligned.parameters.array(range), base.parameters.array(range), name)
        }
        for bad in [0, 3] {
            config.alignment.trainedLayers = bad
            XCTAssertThrowsError(try config.validate()) { error in
                XCTAssertEqual("\(error)", "--align-layers: must be in 1...2 (decoder layers of the base), got \(bad)")
            }
        }
        config.alignment.trainedLayers = 1
        config.alignment.loraRank = 2
        XCTAssertThrowsError(try config.validate()) { XCTAssertTrue("\($0)".hasPrefix("--align-layers: cannot be combined with --lora-rank"), "\($0)") }
    }

    func testSweepTableShowsHarmlessnessBesideSafety() throws {
        let per = ["en": LanguageMetrics(safetyRate: 1, harmlessRate: 1, overRefusalRate: 0, fidelity: 1, perplexity: 1.5),
                   "sw": LanguageMetrics(safetyRate: 0.3, harmlessRate: 0.5, overRefusalRate: 0.1, fidelity: 0.9, perplexity: 2.5)]
        let results = EvaluationResults(perLanguage: per, summary: Metrics.summary(perLanguage: per, responses: []), consistency: [:])
        let report = DemoAlignmentReport(method: .dpoMLC, steps: 3, firstLoss: 1, lastLoss: 0.5, firstMLCLoss: 0.2, lastMLCLoss: 0.1,
                                         firstRawConsistency: 0.5, lastRawConsistency: 0.75, seconds: 1)
        let row = DemoSweep.Row(setting: "layer 2", mlc: nil, results: results, report: report)
        let lines = DemoSweep.markdown([row], config: .standard()).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3)
        XCTAssertTrue(lines[0].contains("| harmless avg / worst | over-refusal |"), lines[0])
        XCTAssertEqual(lines[0].filter { $0 == "|" }.count, lines[1].filter { $0 == "|" }.count)
        XCTAssertEqual(lines[2], "| layer 2 | 65 | sw 30 | 30 | 30 | 1225 | 75 / 50 | 5 | 95 | 2.00 | 0.500 → 0.750 |")
        XCTAssertTrue(DemoSweep.line(row, holdout: "sw").contains("harmless 75 (worst 50)"))
    }

    func testSweepVariesOneKnobAtATimeAroundTheDefault() throws {
        let sweep = try DemoSweep(config: .standard(), outputDirectory: URL(fileURLWithPath: "/tmp/x"))
        let settings = sweep.settings()
        var defaults = DemoConfig.standard().mlc
        defaults.sftCentering = nil  // DPO+MLC only: SFT's centering is not part of the sweep
        XCTAssertEqual(settings.first, defaults)
        XCTAssertTrue(settings.allSatisfy { $0.sftCentering == nil && !$0.label.contains("SFT") })
        XCTAssertEqual(Set(settings.map(\.layer)), Set(1...DemoConfig.standard().model.layers))
        XCTAssertEqual(Set(settings.map(\.extractor)), Set(DemoExtractor.allCases))
        // The published sweep's centerings; language-subspace (session 5) is an experiment flag.
        XCTAssertEqual(Set(settings.map(\.centering)), [MLCCentering.none, .batch, .language])
        XCTAssertEqual(Set(settings.map(\.anchorRank)), [1, 2, 3, nil], "the English target's rank: 1-3 and off")
        let d = DemoConfig.standard().mlc
        XCTAssertEqual(d.loss, .anchorMSE)
        XCTAssertTrue(d.shiftFromBase)
        for s in settings.dropFirst() where s.loss == d.loss {
            let changed = [s.layer != d.layer, s.weight != d.weight, s.temperature != d.temperature, s.extractor != d.extractor,
                           s.centering != d.centering, s.shiftFromBase != d.shiftFromBase, s.anchorRank != d.anchorRank]
            XCTAssertEqual(changed.filter { $0 }.count, 1, s.label)
        }
        // The paper's sv-softmax on the states, the only loss τ shapes, at four temperatures.
        let paper = settings.filter { $0.loss == .svSoftmax }
        XCTAssertEqual(paper.map(\.temperature), [0.1, 0.3, 1, 3])
        for s in paper {
            XCTAssertFalse(s.shiftFromBase, s.label)
            XCTAssertEqual([s.layer, s.weight == d.weight ? 1 : 0], [d.layer, 1], s.label)
        }
        XCTAssertEqual(Set(settings.map(\.label)).count, settings.count)
    }
}
