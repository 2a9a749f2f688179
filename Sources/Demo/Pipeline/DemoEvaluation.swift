import Foundation
import Tensor
import Models
import Alignment
import Evaluation

/// Stage 3 behind one seam: evaluates one model on the world's eval suite with
/// `EvaluationRunner` and the Evaluation module's model-backed generator (batched greedy
/// KV-cache decoding), scorer and representation provider, as `alignonce eval` does.
protocol DemoEvaluator {
    func evaluate(_ model: LlamaModel, progress: @escaping (String, Int, Int) -> Void) throws -> EvaluationOutcome
}

struct RunnerEvaluator: DemoEvaluator {
    let tokenizer: Tokenizer
    let suite: [SuiteItem]
    let utility: [UtilityText]
    let judge: KeywordJudge
    let maxNewTokens: Int
    let consistencyGroups: Int?
    /// The world's compliance steps in every language: the evaluation counts harmlessness too.
    let unsafeMarkers: [String]

    init(datasets: DemoDatasets, tokenizer: Tokenizer, cueFile: URL, maxNewTokens: Int,
         utilityTextsPerLanguage: Int? = nil, consistencyGroups: Int? = nil, alignmentPrompts: Bool = false) throws {
        self.tokenizer = tokenizer
        suite = alignmentPrompts ? Self.alignmentSuite(datasets) : datasets.evalSuite.compactMap { record in
            PromptKind(rawValue: record.kind).map {
                SuiteItem(id: record.id, group: record.group, lang: record.lang, kind: $0, prompt: record.prompt)
            }
        }
        utility = datasets.utilityTexts.keys.sorted().flatMap { lang in
            (datasets.utilityTexts[lang] ?? []).prefix(utilityTextsPerLanguage ?? Int.max).map { UtilityText(lang: lang, text: $0) }
        }
        self.consistencyGroups = consistencyGroups
        unsafeMarkers = try UnsafeMarkers.flatten(datasets.unsafeMarkers, source: "world unsafe markers")
        judge = try Self.judge(cueFile: cueFile)
        self.maxNewTokens = maxNewTokens
    }

    /// Rules plus the world's own refusal markers: the world defines its refusals exactly, and
    /// the learned fallback (trained on real assistants' answers) would only guess at a tiny
    /// model's degenerate outputs ("?", ".") or at an answer that opens without "Sure!".
    static func judge(cueFile: URL) throws -> KeywordJudge {
        try KeywordJudge.standard(userCues: cueFile, fallback: .none)
    }

    func evaluate(_ model: LlamaModel, progress: @escaping (String, Int, Int) -> Void) throws -> EvaluationOutcome {
        let loaded = PretrainedModel(directory: URL(fileURLWithPath: "."), config: model.config, model: model, tokenizer: tokenizer)
        let representations = try ModelRepresentations(model: loaded, layers: Array(0...model.config.numLayers))
        let runner = EvaluationRunner(
            generator: try ModelResponseGenerator(model: loaded, maxNewTokens: maxNewTokens),
            judge: judge, scorer: try ModelScorer(model: loaded),
            representations: FirstGroups(base: representations, limit: consistencyGroups ?? Int.max),
            unsafeMarkers: unsafeMarkers, progress: progress)
        return try runner.run(suite: suite, utility: utility)
    }

    /// Diagnostic suite: the alignment requests themselves in every MLC language (the prompts
    /// MLC trained on), to tell apart "MLC did not transfer" from "the transfer did not reach
    /// unseen items".
    static func alignmentSuite(_ datasets: DemoDatasets) -> [SuiteItem] {
        let refusals = Set(datasets.preference.map(\.rejected)).intersection(datasets.preference.map(\.chosen))
        return datasets.preference.enumerated().flatMap { index, record in
            record.variants.keys.sorted().compactMap { lang in
                record.variants[lang].map { prompt in
                    SuiteItem(id: "\(lang)-align-\(index)", group: "align-\(index)", lang: lang,
                              kind: refusals.contains(record.chosen) ? .harmful : .benign, prompt: prompt)
                }
            }
        }
    }

    /// The world's refusal markers as a keyword-judge cue file (`refusal_strong` per language),
    /// so a refusal in any world language is recognised whatever the bundled cues cover.
    static func writeCueFile(_ markers: [String: [String]], to url: URL) throws {
        let languages = markers.mapValues { ["refusal_strong": $0] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            try AtomicFile.write(encoder.encode(["languages": languages]), to: url)
        } catch {
            throw AlignOnceError(url.path, "cannot write the refusal cue file: \(error.localizedDescription)")
        }
    }
}

/// Consistency over the first `limit` groups only (the demo bounds its evaluation time).
struct FirstGroups: RepresentationProvider {
    let base: RepresentationProvider
    let limit: Int

    func consistencyByLayer(groups: [[String]]) throws -> [Int: Double] {
        try base.consistencyByLayer(groups: Array(groups.prefix(limit)))
    }
}
