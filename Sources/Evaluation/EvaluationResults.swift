import Foundation
import Tensor

/// Metrics of one language. Rates are in [0, 1]; nil (written as JSON null) where undefined,
/// e.g. a safety rate without harmful prompts.
public struct LanguageMetrics: Codable, Equatable, Sendable {
    /// Share of harmful prompts refused.
    public var safetyRate: Double?
    /// Share of harmful prompts answered without harmful content (refused, or answered with
    /// something harmless), the sense of "safety" in harmlessness judges; nil unless the
    /// evaluation had unsafe markers (`EvaluationRunner.unsafeMarkers`).
    public var harmlessRate: Double?
    /// Share of benign prompts refused.
    public var overRefusalRate: Double?
    /// Share of non-empty responses written in the prompt's language.
    public var fidelity: Double?
    /// The same share over the responses to benign prompts only: the language users get their
    /// answers in, whatever language harmful requests are refused in (which `fidelity` counts).
    public var benignFidelity: Double?
    /// Perplexity of the utility texts of this language.
    public var perplexity: Double?
    public var nHarmful: Int
    public var nBenign: Int

    enum CodingKeys: String, CodingKey {
        case safetyRate = "safety_rate", harmlessRate = "harmless_rate", overRefusalRate = "over_refusal_rate", fidelity, perplexity
        case benignFidelity = "benign_fidelity"
        case nHarmful = "n_harmful", nBenign = "n_benign"
    }

    public init(safetyRate: Double? = nil, harmlessRate: Double? = nil, overRefusalRate: Double? = nil, fidelity: Double? = nil,
                benignFidelity: Double? = nil, perplexity: Double? = nil, nHarmful: Int = 0, nBenign: Int = 0) {
        self.safetyRate = safetyRate
        self.harmlessRate = harmlessRate
        self.overRefusalRate = overRefusalRate
        self.fidelity = fidelity
        self.benignFidelity = benignFidelity
        self.perplexity = perplexity
        self.nHarmful = nHarmful
        self.nBenign = nBenign
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(finiteOrNil(safetyRate), forKey: .safetyRate)
        try container.encodeIfPresent(finiteOrNil(harmlessRate), forKey: .harmlessRate)
        try container.encode(finiteOrNil(overRefusalRate), forKey: .overRefusalRate)
        try container.encode(finiteOrNil(fidelity), forKey: .fidelity)
        try container.encodeIfPresent(finiteOrNil(benignFidelity), forKey: .benignFidelity)
        try container.encode(finiteOrNil(perplexity), forKey: .perplexity)
        try container.encode(nHarmful, forKey: .nHarmful)
        try container.encode(nBenign, forKey: .nBenign)
    }
}

/// Cross-language summary.
public struct EvaluationSummary: Codable, Equatable, Sendable {
    /// Mean of the per-language safety rates (languages with harmful prompts).
    public var averageSafety: Double?
    /// Population variance of the per-language safety rates, in [0, 1] units (not percent²).
    public var varianceSafety: Double?
    /// Language with the lowest safety rate (ties: alphabetically first code).
    public var worstLanguage: String?
    public var worstSafety: Double?
    /// Share of eligible groups in which every prompt got the same refuse/comply decision; a
    /// group is eligible when its prompts span at least two languages. See `Metrics.agreement`.
    public var agreement: Double?
    /// Number of eligible groups behind `agreement`.
    public var agreementGroups: Int
    public var averageOverRefusal: Double?
    public var averageFidelity: Double?
    /// Mean of the per-language `LanguageMetrics.benignFidelity`.
    public var averageBenignFidelity: Double?
    /// Mean and lowest per-language harmless rate (`LanguageMetrics.harmlessRate`); nil unless measured.
    public var averageHarmless: Double?
    public var worstHarmless: Double?
    /// Population variance of the per-language harmless rates, in [0, 1] units, like `varianceSafety`.
    public var varianceHarmless: Double?
    /// Multiple-choice accuracy by log-likelihood, over all questions and per language.
    public var mcAccuracy: Double?
    public var mcAccuracyByLanguage: [String: Double]
    public var mcQuestions: Int

    enum CodingKeys: String, CodingKey {
        case averageSafety = "average_safety", varianceSafety = "variance_safety", worstLanguage = "worst_language"
        case worstSafety = "worst_safety", agreement, agreementGroups = "agreement_groups"
        case averageOverRefusal = "average_over_refusal", averageFidelity = "average_fidelity"
        case averageBenignFidelity = "average_benign_fidelity"
        case mcAccuracy = "mc_accuracy", mcAccuracyByLanguage = "mc_accuracy_by_language", mcQuestions = "mc_questions"
        case averageHarmless = "average_harmless", worstHarmless = "worst_harmless", varianceHarmless = "variance_harmless"
    }

    public init(averageSafety: Double? = nil, varianceSafety: Double? = nil, worstLanguage: String? = nil,
                worstSafety: Double? = nil, agreement: Double? = nil, agreementGroups: Int = 0,
                averageOverRefusal: Double? = nil, averageFidelity: Double? = nil, averageBenignFidelity: Double? = nil,
                averageHarmless: Double? = nil, worstHarmless: Double? = nil, varianceHarmless: Double? = nil,
                mcAccuracy: Double? = nil,
                mcAccuracyByLanguage: [String: Double] = [:], mcQuestions: Int = 0) {
        self.averageSafety = averageSafety
        self.varianceSafety = varianceSafety
        self.worstLanguage = worstLanguage
        self.worstSafety = worstSafety
        self.agreement = agreement
        self.agreementGroups = agreementGroups
        self.averageOverRefusal = averageOverRefusal
        self.averageFidelity = averageFidelity
        self.averageBenignFidelity = averageBenignFidelity
        self.averageHarmless = averageHarmless
        self.worstHarmless = worstHarmless
        self.varianceHarmless = varianceHarmless
        self.mcAccuracy = mcAccuracy
        self.mcAccuracyByLanguage = mcAccuracyByLanguage
        self.mcQuestions = mcQuestions
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(averageSafety: try c.decodeIfPresent(Double.self, forKey: .averageSafety),
                  varianceSafety: try c.decodeIfPresent(Double.self, forKey: .varianceSafety),
                  worstLanguage: try c.decodeIfPresent(String.self, forKey: .worstLanguage),
                  worstSafety: try c.decodeIfPresent(Double.self, forKey: .worstSafety),
                  agreement: try c.decodeIfPresent(Double.self, forKey: .agreement),
                  agreementGroups: try c.decodeIfPresent(Int.self, forKey: .agreementGroups) ?? 0,
                  averageOverRefusal: try c.decodeIfPresent(Double.self, forKey: .averageOverRefusal),
                  averageFidelity: try c.decodeIfPresent(Double.self, forKey: .averageFidelity),
                  averageBenignFidelity: try c.decodeIfPresent(Double.self, forKey: .averageBenignFidelity),
                  averageHarmless: try c.decodeIfPresent(Double.self, forKey: .averageHarmless),
                  worstHarmless: try c.decodeIfPresent(Double.self, forKey: .worstHarmless),
                  varianceHarmless: try c.decodeIfPresent(Double.self, forKey: .varianceHarmless),
                  mcAccuracy: try c.decodeIfPresent(Double.self, forKey: .mcAccuracy),
                  mcAccuracyByLanguage: try c.decodeIfPresent([String: Double].self, forKey: .mcAccuracyByLanguage) ?? [:],
                  mcQuestions: try c.decodeIfPresent(Int.self, forKey: .mcQuestions) ?? 0)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(finiteOrNil(averageSafety), forKey: .averageSafety)
        try c.encode(finiteOrNil(varianceSafety), forKey: .varianceSafety)
        try c.encode(worstLanguage, forKey: .worstLanguage)
        try c.encode(finiteOrNil(worstSafety), forKey: .worstSafety)
        try c.encode(finiteOrNil(agreement), forKey: .agreement)
        try c.encode(agreementGroups, forKey: .agreementGroups)
        try c.encode(finiteOrNil(averageOverRefusal), forKey: .averageOverRefusal)
        try c.encode(finiteOrNil(averageFidelity), forKey: .averageFidelity)
        try c.encodeIfPresent(finiteOrNil(averageBenignFidelity), forKey: .averageBenignFidelity)
        try c.encodeIfPresent(finiteOrNil(averageHarmless), forKey: .averageHarmless)
        try c.encodeIfPresent(finiteOrNil(worstHarmless), forKey: .worstHarmless)
        try c.encodeIfPresent(finiteOrNil(varianceHarmless), forKey: .varianceHarmless)
        try c.encode(finiteOrNil(mcAccuracy), forKey: .mcAccuracy)
        try c.encode(mcAccuracyByLanguage.filter { $0.value.isFinite }, forKey: .mcAccuracyByLanguage)
        try c.encode(mcQuestions, forKey: .mcQuestions)
    }
}

/// Everything `results.json` holds:
/// `{"per_language": {lang: LanguageMetrics}, "summary": EvaluationSummary, "consistency": {"<layer>": score}}`.
public struct EvaluationResults: Codable, Equatable, Sendable {
    public var perLanguage: [String: LanguageMetrics]
    public var summary: EvaluationSummary
    /// Mean consistency score over groups, keyed by layer number as text.
    public var consistency: [String: Double]

    enum CodingKeys: String, CodingKey {
        case perLanguage = "per_language", summary, consistency
    }

    public init(perLanguage: [String: LanguageMetrics], summary: EvaluationSummary, consistency: [String: Double]) {
        self.perLanguage = perLanguage
        self.summary = summary
        self.consistency = consistency
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(perLanguage, forKey: .perLanguage)
        try c.encode(summary, forKey: .summary)
        try c.encode(consistency.filter { $0.value.isFinite }, forKey: .consistency)
    }

    /// Languages in a stable order: alphabetical by code.
    public var languages: [String] { perLanguage.keys.sorted() }

    /// Layers in numeric order (negative layers first).
    public var consistencyLayers: [(layer: String, score: Double)] {
        consistency.map { ($0.key, $0.value) }.sorted { (Int($0.0) ?? Int.max, $0.0) < (Int($1.0) ?? Int.max, $1.0) }
    }

    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    /// Reads a `results.json` written earlier (e.g. a baseline run).
    public static func read(_ url: URL) throws -> EvaluationResults {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw AlignOnceError(url.path, "cannot read results file (\(error.localizedDescription))")
        }
        do {
            return try JSONDecoder().decode(EvaluationResults.self, from: data)
        } catch let error as DecodingError {
            throw AlignOnceError(url.path, "not a results.json of `alignonce eval` (\(RefusalCueBook.describe(error)))")
        }
    }
}

func finiteOrNil(_ value: Double?) -> Double? {
    guard let value, value.isFinite else { return nil }
    return value
}

extension EvaluationResults {
    /// Whether the evaluation measured harmlessness (it had unsafe markers).
    public var measuresHarmlessness: Bool { perLanguage.values.contains { $0.harmlessRate != nil } }
}
