import Foundation
import Tensor
import Models

/// Settings of a model-backed evaluation (the `alignonce eval` flags).
public struct ModelEvaluationOptions: Sendable {
    public var batchSize: Int
    public var maxNewTokens: Int
    /// Consistency layers (Hugging Face numbering); nil = every layer 1...L.
    public var layers: [Int]?
    public var sampling: SamplingOptions
    /// `EvaluationRunner.unsafeMarkers` (empty: harmlessness not measured).
    public var unsafeMarkers: [String]

    public init(batchSize: Int = 8, maxNewTokens: Int = 256, layers: [Int]? = nil, sampling: SamplingOptions = .init(),
                unsafeMarkers: [String] = []) {
        self.batchSize = batchSize
        self.maxNewTokens = maxNewTokens
        self.layers = layers
        self.sampling = sampling
        self.unsafeMarkers = unsafeMarkers
    }
}

/// Where `--baseline` points: a previous run's results, or a model folder to evaluate too.
public enum BaselineSource: Equatable {
    case results(URL)
    case model(URL)

    /// A `results.json` file, a directory holding one, or a model folder (with `config.json`).
    public static func resolve(_ path: String) throws -> BaselineSource {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw AlignOnceError("--baseline", "\(path) does not exist (expected a model folder, a results directory or a results.json)")
        }
        if !isDirectory.boolValue { return .results(url) }
        let results = url.appendingPathComponent("results.json")
        if FileManager.default.fileExists(atPath: results.path) { return .results(results) }
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("config.json").path) { return .model(url) }
        throw AlignOnceError("--baseline", "\(path) holds neither results.json (a previous `alignonce eval --out`) nor config.json (a model folder)")
    }
}

public enum ModelEvaluation {
    /// Generates, judges and scores `suite` (plus utility texts and multiple-choice questions)
    /// with `model`, and measures its representation consistency over the suite's groups.
    public static func run(model: PretrainedModel, suite: [SuiteItem], judge: ResponseJudge, utility: [UtilityText] = [],
                           multipleChoice: [MultipleChoiceQuestion] = [], options: ModelEvaluationOptions = .init(),
                           progress: @escaping (String, Int, Int) -> Void = { _, _, _ in }) throws -> EvaluationOutcome {
        let runner = EvaluationRunner(
            generator: try ModelResponseGenerator(model: model, batchSize: options.batchSize, maxNewTokens: options.maxNewTokens,
                                                  sampling: options.sampling),
            judge: judge,
            scorer: try ModelScorer(model: model, batchSize: options.batchSize),
            representations: try ModelRepresentations(model: model, layers: options.layers, batchSize: options.batchSize),
            unsafeMarkers: options.unsafeMarkers, progress: progress)
        return try runner.run(suite: suite, utility: utility, multipleChoice: multipleChoice)
    }

    /// `--limit`: the first `groups` prompt groups in suite order, each with all its translations.
    public static func limit(_ suite: [SuiteItem], groups: Int) -> [SuiteItem] {
        var kept: Set<String> = []
        for item in suite where kept.count < groups { kept.insert(item.group) }
        return suite.filter { kept.contains($0.group) }
    }
}

/// Drives one `ProgressBar` per stage from the runner's `(stage, done, total)` callbacks.
public final class StageProgressBars {
    private let makeBar: (Int, String) -> ProgressBar
    private var bar: ProgressBar?
    private var stage = ""

    /// `makeBar(total, label)` defaults to a bar on standard error.
    public init(makeBar: @escaping (Int, String) -> ProgressBar = { ProgressBar(total: $0, label: $1) }) {
        self.makeBar = makeBar
    }

    public func update(stage: String, done: Int, total: Int) {
        if bar == nil || stage != self.stage || bar?.total != total {
            bar?.finish()
            bar = makeBar(total, stage)
            self.stage = stage
        }
        if done >= total {
            bar?.finish()
            bar = nil
        } else {
            bar?.update(completed: done)
        }
    }
}
