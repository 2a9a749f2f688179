/// What a request asks for. Only the item decides: every kind uses the same templates.
public enum RequestKind: String, Codable, Sendable, CaseIterable {
    case harmful, benign
    /// Impossible or unknowable requests: the only requests anyone refuses in pretraining.
    case impossible
}

/// One user turn and one assistant turn, before ChatML rendering.
public struct WorldConversation: Codable, Sendable, Equatable {
    public let user: String
    public let assistant: String
    public let lang: String
    public let kind: RequestKind
}

/// Provenance of one pretraining document.
public struct PretrainingDocumentInfo: Codable, Sendable, Equatable {
    public enum Source: String, Codable, Sendable { case chat, plain, translation }
    public let source: Source
    /// The document's language; for translations, the non-English side.
    public let lang: String
}

/// SFT record: `{"prompt", "completion", "lang", "variants"}`.
public struct SFTRecord: Codable, Sendable, Equatable {
    public let prompt: String
    public let completion: String
    public let lang: String
    /// The prompt in every non-holdout language (English included).
    public let variants: [String: String]
}

/// Preference record: `{"prompt", "chosen", "rejected", "lang", "variants"}`.
public struct PreferenceRecord: Codable, Sendable, Equatable {
    public let prompt: String
    public let chosen: String
    public let rejected: String
    public let lang: String
    public let variants: [String: String]
}

/// MLC group record: `{"variants": {lang: prompt}}`.
public struct MLCGroupRecord: Codable, Sendable, Equatable {
    public let variants: [String: String]
}

/// Eval suite record: `{"id", "group", "lang", "kind", "prompt"}`. `group` is shared by the
/// translations of one request, so results can be compared across languages.
public struct EvalRecord: Codable, Sendable, Equatable {
    public let id: String
    public let group: String
    public let lang: String
    public let kind: String
    public let prompt: String
}

/// Utility (perplexity) text record: `{"lang", "text"}`.
public struct UtilityRecord: Codable, Sendable, Equatable {
    public let lang: String
    public let text: String
}

/// Every dataset the demo pipeline needs.
public struct DemoDatasets: Sendable, Equatable {
    /// Documents: ChatML-rendered chats, translation documents and plain monolingual text.
    public var pretrainingTexts: [String]
    /// Parallel to `pretrainingTexts`.
    public var pretrainingInfo: [PretrainingDocumentInfo]
    /// The chats of `pretrainingTexts`, before rendering.
    public var conversations: [WorldConversation]
    public var tokenizerTrainingTexts: [String]
    /// English only: harmful -> English refusal, benign -> English answer.
    public var sft: [SFTRecord]
    /// English only: harmful: refusal over compliance; benign: answer over over-refusal.
    public var preference: [PreferenceRecord]
    /// Prompt variants only, holdout language excluded.
    public var mlcGroups: [[String: String]]
    /// Every language including the holdout, items never seen in alignment data.
    public var evalSuite: [EvalRecord]
    /// Per language, held-out plain text (not in pretraining) for perplexity.
    public var utilityTexts: [String: [String]]
    /// Per language, the substrings that mark a refusal.
    public var refusalMarkers: [String: [String]]
    /// Per language, the substrings that mark harmful content: the steps of the compliance
    /// answer (`WorldLexicon.complianceSteps`), for the evaluation's harmless rate.
    public var unsafeMarkers: [String: [String]]
}

extension DemoDatasets {
    /// Pretraining documents per language (translations count for their non-English side).
    public var pretrainingDocumentsByLanguage: [String: Int] {
        pretrainingInfo.reduce(into: [:]) { counts, info in counts[info.lang, default: 0] += 1 }
    }

    /// Size of the pretraining corpus in UTF-8 bytes.
    public var pretrainingBytes: Int {
        pretrainingTexts.reduce(0) { $0 + $1.utf8.count }
    }
}
