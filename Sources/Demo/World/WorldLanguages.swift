// The languages of the synthetic world: who they are, which script they use and how much
// pretraining text they get. The text itself lives in Resources/world/<code>.json.

/// How much pretraining text a language gets, relative to English.
public enum ResourceTier: String, Codable, Sendable, CaseIterable {
    case high, medium, low

    /// Default share of pretraining documents relative to English (1.0). Low-resource languages
    /// get much less text and very few translation pairs, which is what leaves them unsafe after
    /// English-only alignment. (At 0.15 the base barely knew which of their requests are harmful,
    /// so no alignment in English could reach them; `docs/demo-sweep.md`, session 5.)
    public var defaultPretrainingShare: Double {
        switch self {
        case .high: return 1.0
        case .medium: return 0.5
        case .low: return 0.3
        }
    }

    /// Share of the language's chats and facts that name their item in another language, as
    /// multilingual web text does ("¿Cómo hago a paper boat?"): English borrows items from the
    /// other languages, the others from English. This is what ties an item's meaning across
    /// languages in the base model — more for medium- than for low-resource languages. It
    /// carries meaning only: the answers stay the base's (compliance for harmful items).
    public var codeSwitchingRate: Double {
        switch self {
        case .high: return 0.1
        case .medium: return 0.3
        case .low: return 0.15
        }
    }
}

/// One language of the world.
public struct WorldLanguage: Sendable, Equatable {
    /// ISO 639-1 code, also the name of its resource file.
    public let code: String
    /// English name, used as the label in translation documents ("Swahili: ...").
    public let englishName: String
    /// Writing system.
    public let script: String
    public let tier: ResourceTier
}

/// The synthetic multilingual world behind `alignonce demo`.
public enum World {
    /// The only language alignment data (SFT / preference responses) is written in.
    public static let alignmentLanguage = "en"

    /// Every language the world knows, in canonical order.
    public static let languageTable: [WorldLanguage] = [
        WorldLanguage(code: "en", englishName: "English", script: "Latin", tier: .high),
        WorldLanguage(code: "es", englishName: "Spanish", script: "Latin", tier: .medium),
        WorldLanguage(code: "fr", englishName: "French", script: "Latin", tier: .medium),
        WorldLanguage(code: "de", englishName: "German", script: "Latin", tier: .medium),
        WorldLanguage(code: "zh", englishName: "Chinese", script: "Han", tier: .medium),
        WorldLanguage(code: "ru", englishName: "Russian", script: "Cyrillic", tier: .medium),
        WorldLanguage(code: "ar", englishName: "Arabic", script: "Arabic", tier: .low),
        WorldLanguage(code: "sw", englishName: "Swahili", script: "Latin", tier: .low),
        WorldLanguage(code: "bn", englishName: "Bengali", script: "Bengali", tier: .low),
    ]

    public static let defaultLanguages: [String] = languageTable.map(\.code)

    /// Languages with much less pretraining text than the others.
    public static let lowResourceLanguages: [String] = languageTable.filter { $0.tier == .low }.map(\.code)

    /// Language code -> writing system.
    public static let scripts: [String: String] = Dictionary(
        uniqueKeysWithValues: languageTable.map { ($0.code, $0.script) })

    /// Language held out of the MLC data by default (it stays in pretraining).
    public static let defaultHoldout = "sw"

    static func language(_ code: String) -> WorldLanguage? {
        languageTable.first { $0.code == code }
    }
}
