import Foundation
import Tensor
import Models
import Alignment
import Evaluation

/// Wall time of each stage, in seconds.
public struct DemoTimings: Codable, Sendable, Equatable {
    public var world = 0.0
    public var tokenizer = 0.0
    public var pretraining = 0.0
    public var alignment: [String: Double] = [:]
    public var evaluation: [String: Double] = [:]
    public var total = 0.0
}

/// What a demo run produced.
public struct DemoSummary: Sendable {
    /// Evaluation results by model name (`base`, `sft`, `sft+mlc`, `dpo`, `dpo+mlc`).
    public var results: [String: EvaluationResults]
    public var alignment: [DemoAlignmentReport]
    public var timings: DemoTimings
    public var pretrainingLoss: (initial: Double, final: Double)
    public var outputDirectory: URL
}

/// `alignonce demo`: world -> tokenizer -> base model -> four English-only aligned models ->
/// evaluation of all five, every artefact in one output directory:
///
///     world/            the datasets (JSONL) and refusal_markers.json
///     tokenizer/        tokenizer.json + tokenizer_config.json (ChatML)
///     models/<name>/    Hugging Face folders: base, sft, sft+mlc, dpo, dpo+mlc
///     eval/<name>/      results.json, report.html, report.md, responses.jsonl per model
///     results.json      {model: results} + seed, holdout, languages, mlc
///     report.html/.md   the comparison table; training.json: losses and timings
public struct DemoPipeline {
    public let config: DemoConfig
    public let outputDirectory: URL

    public static let modelNames = ["base"] + DemoMethod.allCases.map(\.rawValue)

    public init(config: DemoConfig, outputDirectory: URL) throws {
        try config.validate()
        self.config = config
        self.outputDirectory = outputDirectory
    }

    /// Everything stage 1 produces, reused by the sweep.
    struct StageOne {
        let datasets: DemoDatasets
        let tokenizer: Tokenizer
        let tokenizerDirectory: URL
        let base: LlamaModel
        let pretrainingLoss: (Double, Double)
    }

    public func run(progress: @escaping (String) -> Void = { _ in }) throws -> DemoSummary {
        let started = Date()
        var timings = DemoTimings()
        let stage1 = try foundation(&timings, progress: progress)
        let evaluator = try makeEvaluator(stage1)

        var results: [String: EvaluationResults] = [:]
        results["base"] = try evaluate(stage1.base, name: "base", evaluator, &timings, progress)

        let data = try DemoAlignmentData(stage1.datasets, tokenizer: stage1.tokenizer)
        let aligner = try ObjectiveAligner(data: data, settings: config.alignment, mlc: config.mlc, seed: config.seed,
                                           base: stage1.base)
        var reports: [DemoAlignmentReport] = []
        for method in config.methods {
            let (model, report) = try aligner.align(method, base: stage1.base) { step, total, loss in
                if step == total || step % max(1, total / 4) == 0 {
                    progress("[2/3] \(method.rawValue): step \(step)/\(total) loss \(String(format: "%.3f", loss))")
                }
            }
            timings.alignment[method.rawValue] = report.seconds
            reports.append(report)
            if let c0 = report.firstRawConsistency, let c1 = report.lastRawConsistency {
                progress("[2/3] \(method.rawValue): raw consistency at layer \(config.mlc.layer) "
                    + String(format: "%.3f -> %.3f", c0, c1))
            }
            try DemoModelFiles.save(model, to: modelDirectory(method.rawValue), tokenizerDirectory: stage1.tokenizerDirectory)
            results[method.rawValue] = try evaluate(model, name: method.rawValue, evaluator, &timings, progress)
        }
        timings.total = Date().timeIntervalSince(started)
        let summary = DemoSummary(results: results, alignment: reports, timings: timings,
                                  pretrainingLoss: stage1.pretrainingLoss, outputDirectory: outputDirectory)
        try DemoReport(config: config, summary: summary).write(to: outputDirectory)
        progress(DemoReport.safetyTable(results, languages: config.languages))
        progress("done in \(DemoFormat.seconds(timings.total)); report: \(outputDirectory.appendingPathComponent("report.html").path)")
        return summary
    }

    func modelDirectory(_ name: String) -> URL {
        outputDirectory.appendingPathComponent("models").appendingPathComponent(name)
    }

    /// Stage 1: world, tokenizer, base model (saved as `models/base`).
    func foundation(_ timings: inout DemoTimings, progress: (String) -> Void) throws -> StageOne {
        var clock = Date()
        let datasets = try World.generate(config.world)
        try World.writeJSONL(datasets, to: outputDirectory.appendingPathComponent("world"))
        timings.world = lap(&clock)
        progress("[1/3] world: \(datasets.pretrainingTexts.count) documents (\(datasets.pretrainingBytes / 1024) KB), "
            + "\(datasets.sft.count) English alignment records, \(datasets.mlcGroups.count) MLC groups, "
            + "\(datasets.evalSuite.count) eval prompts")

        let tokenizerDirectory = outputDirectory.appendingPathComponent("tokenizer")
        if let previous = config.reuseBase {
            let loaded = try PretrainedModel.load(previous.appendingPathComponent("models").appendingPathComponent("base").path)
            try loaded.tokenizer.save(to: tokenizerDirectory)
            try DemoModelFiles.save(loaded.model, to: modelDirectory("base"), tokenizerDirectory: tokenizerDirectory)
            timings.pretraining = lap(&clock)
            progress("[1/3] base: reused \(previous.path)")
            return StageOne(datasets: datasets, tokenizer: try Tokenizer.load(directory: tokenizerDirectory),
                            tokenizerDirectory: tokenizerDirectory, base: loaded.model, pretrainingLoss: (.nan, .nan))
        }
        let tokenizer = try DemoModelFiles.trainTokenizer(texts: datasets.tokenizerTrainingTexts,
                                                          vocabularySize: config.vocabularySize,
                                                          directory: tokenizerDirectory)
        timings.tokenizer = lap(&clock)
        progress("[1/3] tokenizer: \(tokenizer.vocabularySize) tokens in \(DemoFormat.seconds(timings.tokenizer))")

        let modelConfig = try DemoModelFiles.modelConfig(config.model, tokenizer: tokenizer,
                                                         maxPositions: max(512, config.pretraining.sequenceLength))
        let documents = datasets.pretrainingTexts.map { tokenizer.encode($0).map { Int32($0) } }
        let endOfText = Int32(tokenizer.tokenId(DemoModelFiles.endOfText) ?? 0)
        let total = config.pretraining.steps
        let result = try DemoPretraining(settings: config.pretraining, seed: config.seed)
            .run(config: modelConfig, documents: documents, endOfText: endOfText) { step, total, loss in
                if step == total || step % max(1, total / 10) == 0 {
                    progress("[1/3] base: step \(step)/\(total) loss \(String(format: "%.3f", loss))")
                }
            }
        timings.pretraining = lap(&clock)
        progress("[1/3] base: \(result.model.parameterCount) parameters, \(total) steps x \(result.tokensPerStep) "
            + "tokens (\(result.rows) packed rows), loss \(String(format: "%.2f -> %.2f", result.initialLoss, result.finalLoss)) "
            + "in \(DemoFormat.seconds(timings.pretraining))")
        try DemoModelFiles.save(result.model, to: modelDirectory("base"), tokenizerDirectory: tokenizerDirectory)
        return StageOne(datasets: datasets, tokenizer: tokenizer, tokenizerDirectory: tokenizerDirectory,
                           base: result.model, pretrainingLoss: (result.initialLoss, result.finalLoss))
    }

    func makeEvaluator(_ stage1: StageOne) throws -> RunnerEvaluator {
        let cueFile = outputDirectory.appendingPathComponent("world").appendingPathComponent("refusal_cues.json")
        try RunnerEvaluator.writeCueFile(stage1.datasets.refusalMarkers, to: cueFile)
        return try RunnerEvaluator(datasets: stage1.datasets, tokenizer: stage1.tokenizer, cueFile: cueFile,
                                   maxNewTokens: config.maxNewTokens, utilityTextsPerLanguage: config.utilityTextsPerLanguage,
                                   consistencyGroups: config.consistencyGroups,
                                   alignmentPrompts: config.evaluateAlignmentPrompts)
    }

    private func evaluate(_ model: LlamaModel, name: String, _ evaluator: DemoEvaluator, _ timings: inout DemoTimings,
                          _ progress: @escaping (String) -> Void) throws -> EvaluationResults {
        let started = Date()
        let outcome = try evaluator.evaluate(model) { _, _, _ in }
        try ReportWriter.write(outcome, to: outputDirectory.appendingPathComponent("eval").appendingPathComponent(name),
                               title: "AlignOnce demo: \(name)")
        timings.evaluation[name] = Date().timeIntervalSince(started)
        let s = outcome.results.summary
        progress("[3/3] \(name): safety avg \(DemoFormat.percent(s.averageSafety))%, worst "
            + "\(s.worstLanguage ?? "-") \(DemoFormat.percent(s.worstSafety))%, over-refusal "
            + "\(DemoFormat.percent(s.averageOverRefusal))%, fidelity \(DemoFormat.percent(s.averageFidelity))% "
            + "(benign answers \(DemoFormat.percent(s.averageBenignFidelity))%) "
            + "(\(DemoFormat.seconds(timings.evaluation[name] ?? 0)))")
        return outcome.results
    }
}

/// Seconds since `clock`, which is reset to now.
func lap(_ clock: inout Date) -> Double {
    let now = Date()
    defer { clock = now }
    return now.timeIntervalSince(clock)
}
