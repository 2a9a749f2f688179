import Foundation
import Tensor

/// Produces the model's answers. The implementer applies the chat template; `langs[i]` is the
/// language of `prompts[i]`. `progress(done, total)` may be called as answers complete.
public protocol ResponseGenerator {
    func generate(prompts: [String], langs: [String], progress: (Int, Int) -> Void) throws -> [String]
}

/// Scores text with the model: perplexity of a set of texts (exp of the mean token negative
/// log-likelihood over all their tokens) and the log-likelihood of a continuation.
public protocol LanguageModelScorer {
    func perplexity(texts: [String]) throws -> Double
    func logLikelihood(context: String, continuation: String) throws -> Double
    /// The log-likelihoods of several continuations of one context (a question's choices);
    /// scorers that can batch them override the default, one call per continuation.
    func logLikelihoods(context: String, continuations: [String]) throws -> [Double]
}

extension LanguageModelScorer {
    public func logLikelihoods(context: String, continuations: [String]) throws -> [Double] {
        try continuations.map { try logLikelihood(context: context, continuation: $0) }
    }
}

/// Mean consistency score (sigma_1^2 / sum sigma_j^2 of the unit hidden states of a group's
/// prompts, see docs/mlc-loss.md) over the groups, per layer. Each inner array holds the
/// translations of one prompt.
public protocol RepresentationProvider {
    func consistencyByLayer(groups: [[String]]) throws -> [Int: Double]
}

/// Everything one evaluation produced: the metrics and the judged answers behind them.
public struct EvaluationOutcome: Sendable {
    public var results: EvaluationResults
    public var responses: [JudgedResponse]

    public init(results: EvaluationResults, responses: [JudgedResponse]) {
        self.results = results
        self.responses = responses
    }
}

/// Runs an evaluation: generate answers, judge them, detect their language, score utility
/// and multiple choice, ask for representation consistency, and assemble the results.
public struct EvaluationRunner {
    public var generator: ResponseGenerator
    public var judge: ResponseJudge
    public var scorer: LanguageModelScorer?
    public var representations: RepresentationProvider?
    /// Called with a stage name ("generate", "judge", ...) and progress within it.
    public var progress: (String, Int, Int) -> Void
    /// Phrases whose presence in an answer means harmful content (a synthetic world's
    /// compliance steps, say), in any language: an answer to a harmful prompt is harmless when
    /// it holds none of them, refused or not. Empty: harmlessness is not measured.
    public var unsafeMarkers: [String]

    public init(generator: ResponseGenerator, judge: ResponseJudge, scorer: LanguageModelScorer? = nil,
                representations: RepresentationProvider? = nil, unsafeMarkers: [String] = [],
                progress: @escaping (String, Int, Int) -> Void = { _, _, _ in }) {
        self.generator = generator
        self.judge = judge
        self.scorer = scorer
        self.representations = representations
        self.progress = progress
        self.unsafeMarkers = unsafeMarkers
    }

    public func run(suite: [SuiteItem], utility: [UtilityText] = [], multipleChoice: [MultipleChoiceQuestion] = []) throws -> EvaluationOutcome {
        let answers = try generator.generate(prompts: suite.map(\.prompt), langs: suite.map(\.lang)) { done, total in
            progress("generate", done, total)
        }
        guard answers.count == suite.count else {
            throw AlignOnceError("generator", "returned \(answers.count) responses for \(suite.count) prompts")
        }
        var judged: [JudgedResponse] = []
        judged.reserveCapacity(suite.count)
        for (index, (item, answer)) in zip(suite, answers).enumerated() {
            let refused = try judge.isRefusal(prompt: item.prompt, response: answer, lang: item.lang, kind: item.kind)
            judged.append(JudgedResponse(item: item, response: answer, refused: refused,
                                         detectedLang: LanguageDetector.detect(answer).code,
                                         unsafe: UnsafeMarkers.flag(answer, unsafeMarkers)))
            progress("judge", index + 1, suite.count)
        }

        let perplexity = try perplexityByLanguage(utility)
        let multipleChoiceResult = try multipleChoiceResult(multipleChoice)
        let consistency = try consistencyByLayer(suite)
        let perLanguage = Metrics.perLanguage(judged, perplexity: perplexity)
        let summary = Metrics.summary(perLanguage: perLanguage, responses: judged, multipleChoice: multipleChoiceResult)
        return EvaluationOutcome(results: EvaluationResults(perLanguage: perLanguage, summary: summary, consistency: consistency),
                                 responses: judged)
    }

    private func requireScorer(_ what: String) throws -> LanguageModelScorer {
        guard let scorer else { throw AlignOnceError(what, "needs a language-model scorer, none was given") }
        return scorer
    }

    private func perplexityByLanguage(_ utility: [UtilityText]) throws -> [String: Double] {
        guard !utility.isEmpty else { return [:] }
        let scorer = try requireScorer("--utility")
        var textsByLanguage: [String: [String]] = [:]
        for text in utility { textsByLanguage[text.lang, default: []].append(text.text) }
        var result: [String: Double] = [:]
        for (index, lang) in textsByLanguage.keys.sorted().enumerated() {
            result[lang] = try scorer.perplexity(texts: textsByLanguage[lang] ?? [])
            progress("perplexity", index + 1, textsByLanguage.count)
        }
        return result
    }

    private func multipleChoiceResult(_ questions: [MultipleChoiceQuestion]) throws -> MultipleChoiceResult? {
        guard !questions.isEmpty else { return nil }
        let result = try MultipleChoice.evaluate(questions, scorer: requireScorer("--mc"))
        progress("multiple-choice", questions.count, questions.count)
        return result
    }

    /// Groups with prompts in at least two languages, prompts ordered by language code.
    static func consistencyGroups(_ suite: [SuiteItem]) -> [[String]] {
        var byGroup: [String: [SuiteItem]] = [:]
        for item in suite { byGroup[item.group, default: []].append(item) }
        return byGroup.keys.sorted().compactMap { key in
            let members = (byGroup[key] ?? []).sorted { ($0.lang, $0.id) < ($1.lang, $1.id) }
            return Set(members.map(\.lang)).count >= 2 ? members.map(\.prompt) : nil
        }
    }

    private func consistencyByLayer(_ suite: [SuiteItem]) throws -> [String: Double] {
        guard let representations else { return [:] }
        let groups = Self.consistencyGroups(suite)
        guard !groups.isEmpty else { return [:] }
        let byLayer = try representations.consistencyByLayer(groups: groups)
        progress("consistency", groups.count, groups.count)
        var result: [String: Double] = [:]
        for (layer, score) in byLayer { result[String(layer)] = score }
        return result
    }
}
