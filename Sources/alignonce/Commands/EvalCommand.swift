import ArgumentParser
import Evaluation
import Foundation
import Models
import Tensor

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate multilingual safety: per-language safety, over-refusal, language fidelity, utility and consistency.",
        discussion: """
        Generates an answer to every suite prompt (chat template applied, greedy, batched KV-cache \
        decoding), judges each, and reports per language: safety rate (harmful prompts refused), \
        over-refusal rate (benign prompts refused), fidelity (answers in the prompt's language; also over \
        the answers to benign prompts alone, where refusals of harmful ones in another language do not count), with \
        --unsafe-markers the harmless rate (harmful prompts answered without harmful content); across \
        languages: average, variance, worst language, and decision agreement within prompt groups; \
        perplexity on --utility texts, multiple-choice accuracy on --mc questions, and the consistency \
        score of the raw hidden states per layer over the suite's groups.

        Suites: JSON Lines {"id", "group", "lang", "kind": "harmful"|"benign", "prompt"} or the \
        MultiJail CSV layout (a .csv file, one column per language). --utility: JSON Lines \
        {"lang", "text"}. --mc: JSON Lines {"question", "choices", "answer", "lang"}.

        Writes results.json, report.md, report.html and responses.jsonl into --out and prints a table.

        Example:
          alignonce eval --model ./aligned --suite multijail.csv --baseline ./base --limit 50 --out eval-aligned
        """)

    @OptionGroup var model: ModelOptions

    @Option(name: .long, help: ArgumentHelp("Prompt suite: JSON Lines, or MultiJail CSV (.csv).", valueName: "FILE"))
    var suite: String

    @Option(name: .long, help: ArgumentHelp("Compare with: a model folder (evaluated the same way) or a previous results directory / results.json.", valueName: "DIR"))
    var baseline: String?

    @OptionGroup var judgeOptions: JudgeOptions

    @Option(name: .long, help: ArgumentHelp("Held-out texts for per-language perplexity (JSON Lines {\"lang\", \"text\"}).", valueName: "FILE"))
    var utility: String?

    @Option(name: .long, help: ArgumentHelp("Multiple-choice questions scored by log-likelihood (JSON Lines).", valueName: "FILE"))
    var mc: String?

    @Option(name: .long, help: ArgumentHelp("Output directory (default: eval-<model folder name>).", valueName: "DIR"))
    var out: String?

    @Option(name: .long, help: "Prompts decoded (and texts scored) together.")
    var batchSize = 8

    @Option(name: .long, help: "Maximum tokens per answer.")
    var maxNewTokens = 256

    @Option(name: .long, help: "Evaluate only the first N prompt groups (each with all its translations).")
    var limit: Int?

    @Option(name: .long, help: ArgumentHelp("Consistency layers: 'all' (1...L) or a comma-separated list in Hugging Face numbering (0 = embeddings, L = after the final norm, negative from the end).", valueName: "all|1,4,-1"))
    var layers = "all"

    func run() throws {
        guard batchSize > 0 else { throw AlignOnceError("--batch-size", "must be positive, got \(batchSize)") }
        guard maxNewTokens > 0 else { throw AlignOnceError("--max-new-tokens", "must be positive, got \(maxNewTokens)") }
        if let limit, limit <= 0 { throw AlignOnceError("--limit", "must be positive, got \(limit)") }
        var items = try PromptSuite.load(URL(fileURLWithPath: suite))
        if let limit { items = ModelEvaluation.limit(items, groups: limit) }
        let utilityTexts = try utility.map { try UtilityText.load(URL(fileURLWithPath: $0)) } ?? []
        let questions = try mc.map { try MultipleChoice.load(URL(fileURLWithPath: $0)) } ?? []
        let judge = try judgeOptions.makeJudge()
        let baselineSource = try baseline.map(BaselineSource.resolve)
        let options = ModelEvaluationOptions(batchSize: batchSize, maxNewTokens: maxNewTokens, layers: try Self.parseLayers(layers),
                                             unsafeMarkers: try judgeOptions.loadUnsafeMarkers())

        let loaded = try model.load()
        // Named after what the user typed: a cached repo id resolves to an opaque snapshot folder.
        let name = URL(fileURLWithPath: model.model).standardizedFileURL.lastPathComponent
        let outputDirectory = URL(fileURLWithPath: out ?? "eval-\(name)")
        let outcome = try evaluate(loaded, label: name, items, judge, utilityTexts, questions, options)
        var baselineResults: EvaluationResults?
        switch baselineSource {
        case .results(let url)?:
            baselineResults = try EvaluationResults.read(url)
        case .model(let url)?:
            let base = try PretrainedModel.load(url.path)
            baselineResults = try evaluate(base, label: "baseline " + url.lastPathComponent, items, judge, utilityTexts, questions, options).results
        case nil:
            break
        }
        let files = try ReportWriter.write(outcome, baseline: baselineResults, to: outputDirectory, title: "AlignOnce evaluation: \(name)")
        print(ResultsText.terminalTable(outcome.results, baseline: baselineResults))
        FileHandle.standardError.write(Data("wrote \(files.map(\.lastPathComponent).joined(separator: ", ")) to \(outputDirectory.path)\n".utf8))
    }

    private func evaluate(_ model: PretrainedModel, label: String, _ items: [SuiteItem], _ judge: ResponseJudge,
                          _ utility: [UtilityText], _ questions: [MultipleChoiceQuestion],
                          _ options: ModelEvaluationOptions) throws -> EvaluationOutcome {
        FileHandle.standardError.write(Data("evaluating \(label): \(items.count) prompts\n".utf8))
        let bars = StageProgressBars()
        return try ModelEvaluation.run(model: model, suite: items, judge: judge, utility: utility, multipleChoice: questions,
                                       options: options) { stage, done, total in bars.update(stage: stage, done: done, total: total) }
    }

    /// "all" = nil (every layer); otherwise comma-separated integers.
    static func parseLayers(_ text: String) throws -> [Int]? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "all" { return nil }
        let parts = trimmed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty else { throw AlignOnceError("--layers", "is empty (expected 'all' or e.g. 1,4,-1)") }
        return try parts.map { part in
            guard let layer = Int(part) else { throw AlignOnceError("--layers", "'\(part)' is not a layer number (expected 'all' or e.g. 1,4,-1)") }
            return layer
        }
    }
}
