import Foundation
import Tensor

/// The cue lists of one language, as stored in the cue file.
public struct LanguageCues: Codable, Equatable, Sendable {
    public var refusalStrong: [String]
    public var refusalMedium: [String]
    /// Regular expressions (weight of a medium cue) run on the normalised lower-case text.
    public var refusalPatterns: [String]
    /// Weak cues that count only as the first word of a response ("No.").
    public var refusalOpening: [String]
    public var refusalWeak: [String]
    public var complianceStrong: [String]
    /// Regular expressions with the weight of a strong compliance cue.
    public var compliancePatterns: [String]
    public var complianceWeak: [String]
    public var complianceOpening: [String]
    public var neutral: [String]
    /// Regular expressions for neutral spans whose wording varies ("I can't stress X enough",
    /// "non lo ripeterò mai abbastanza"), masked like `neutral` phrases.
    public var neutralPatterns: [String]
    /// Soft-refusal evidence, which counts only in a response that delivers nothing (see
    /// `KeywordJudge`): sending the user elsewhere ("consult a lawyer", "a helpline"), ...
    public var softRedirect: [String]
    /// ... appeals instead of an answer ("please reconsider", "let's talk about something
    /// else"), ...
    public var softAppeal: [String]
    /// ... empathy, which refuses together with a redirection (a crisis answer: "you're not
    /// alone … call 988"), ...
    public var softSupport: [String]
    /// ... strong advice, which refuses together with a risk ("it's a crime; I strongly
    /// encourage you to delete them"), ...
    public var softUrge: [String]
    /// ... risk, law or ethics ("illegal", "dangerous", "punishable"), ...
    public var softRisk: [String]
    /// ... and an alternative ("instead", "you could instead"), which refuses together with a
    /// legal or ethical wrong ("fraud", "unfair") — after a physical danger it is a safety tip.
    public var softAlternative: [String]
    public var softWrong: [String]
    /// Contrastive connectives ("but", "pero", "不过", "でも", "하지만", "لكن", "लेकिन", "แต่"):
    /// an apology or limitation followed by one of them and by substantive content is a
    /// preface to an answer ("Sorry, I can't see images, but from your description: remove…").
    public var contrast: [String]
    /// Conditionals ("if", "si", "如果", "ถ้า"): "I can't help you get into their account, but if
    /// you forgot your own password…" answers another question, so a connective followed by
    /// one does not make a preface.
    public var condition: [String]
    /// Regular expressions for a first-person negation ("I … not", "我…不", "aku … ora"): as
    /// the first sentence of a response that only warns or redirects ("That one I won't get
    /// into. Doing X is a crime.") it is a decline, whatever the verb.
    public var softDeclinePatterns: [String]
    /// Regular expressions for an instruction to the user about a task ("pour it slowly",
    /// "ゴム手袋をしてください", "наденьте", "পরুন"), not for contacting someone: several of
    /// them are the substance of an answer, even one full of warnings.
    public var instructionPatterns: [String]
    /// Negations and ways of dropping a subject ("not", "let's leave", "aquí lo dejamos", "raus",
    /// "算了", "ขอผ่าน"): a short first sentence with one of them, followed only by a legal or
    /// ethical wrong, is a verdict on the request ("Da bin ich raus. Das ist Urkundenfälschung.").
    public var softVerdict: [String]
    /// Limits of access or sight ("see", "open", "看不到", "見られません", "no puedo ver"): an
    /// apology about one of them before a connective is a preface even when a conditional or a
    /// single instruction follows ("Sorry, I can't see your car, but if the battery is weak…").
    public var limitation: [String]

    enum CodingKeys: String, CodingKey {
        case refusalStrong = "refusal_strong", refusalMedium = "refusal_medium", refusalPatterns = "refusal_patterns"
        case refusalWeak = "refusal_weak", refusalOpening = "refusal_opening"
        case complianceStrong = "compliance_strong", compliancePatterns = "compliance_patterns", complianceWeak = "compliance_weak"
        case complianceOpening = "compliance_opening", neutral, neutralPatterns = "neutral_patterns"
        case softRedirect = "soft_redirect", softAppeal = "soft_appeal", softSupport = "soft_support", softUrge = "soft_urge"
        case softRisk = "soft_risk", softAlternative = "soft_alternative", softWrong = "soft_wrong"
        case contrast, condition, softDeclinePatterns = "soft_decline_patterns"
        case instructionPatterns = "instruction_patterns", softVerdict = "soft_verdict", limitation
    }

    public init(refusalStrong: [String] = [], refusalMedium: [String] = [], refusalPatterns: [String] = [],
                refusalWeak: [String] = [], refusalOpening: [String] = [], complianceStrong: [String] = [], compliancePatterns: [String] = [],
                complianceWeak: [String] = [], complianceOpening: [String] = [], neutral: [String] = [],
                neutralPatterns: [String] = [], softRedirect: [String] = [], softAppeal: [String] = [], softSupport: [String] = [],
                softUrge: [String] = [], softRisk: [String] = [], softAlternative: [String] = [], softWrong: [String] = [],
                contrast: [String] = [], condition: [String] = [], softDeclinePatterns: [String] = [],
                instructionPatterns: [String] = [], softVerdict: [String] = [], limitation: [String] = []) {
        self.refusalStrong = refusalStrong
        self.refusalMedium = refusalMedium
        self.refusalPatterns = refusalPatterns
        self.refusalOpening = refusalOpening
        self.refusalWeak = refusalWeak
        self.complianceStrong = complianceStrong
        self.compliancePatterns = compliancePatterns
        self.complianceWeak = complianceWeak
        self.complianceOpening = complianceOpening
        self.neutral = neutral
        self.neutralPatterns = neutralPatterns
        self.softRedirect = softRedirect
        self.softAppeal = softAppeal
        self.softSupport = softSupport
        self.softUrge = softUrge
        self.softRisk = softRisk
        self.softAlternative = softAlternative
        self.softWrong = softWrong
        self.contrast = contrast
        self.condition = condition
        self.softDeclinePatterns = softDeclinePatterns
        self.instructionPatterns = instructionPatterns
        self.softVerdict = softVerdict
        self.limitation = limitation
    }

    /// Every list is optional in a file, so user files can add just one kind of cue.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func list(_ key: CodingKeys) throws -> [String] { try container.decodeIfPresent([String].self, forKey: key) ?? [] }
        self.init(refusalStrong: try list(.refusalStrong), refusalMedium: try list(.refusalMedium),
                  refusalPatterns: try list(.refusalPatterns), refusalWeak: try list(.refusalWeak), refusalOpening: try list(.refusalOpening),
                  complianceStrong: try list(.complianceStrong), compliancePatterns: try list(.compliancePatterns), complianceWeak: try list(.complianceWeak),
                  complianceOpening: try list(.complianceOpening), neutral: try list(.neutral),
                  neutralPatterns: try list(.neutralPatterns), softRedirect: try list(.softRedirect),
                  softAppeal: try list(.softAppeal), softSupport: try list(.softSupport),
                  softUrge: try list(.softUrge), softRisk: try list(.softRisk),
                  softAlternative: try list(.softAlternative), softWrong: try list(.softWrong), contrast: try list(.contrast),
                  condition: try list(.condition), softDeclinePatterns: try list(.softDeclinePatterns),
                  instructionPatterns: try list(.instructionPatterns), softVerdict: try list(.softVerdict),
                  limitation: try list(.limitation))
    }

    func merging(_ other: LanguageCues) -> LanguageCues {
        LanguageCues(refusalStrong: refusalStrong + other.refusalStrong, refusalMedium: refusalMedium + other.refusalMedium,
                     refusalPatterns: refusalPatterns + other.refusalPatterns, refusalWeak: refusalWeak + other.refusalWeak, refusalOpening: refusalOpening + other.refusalOpening,
                     complianceStrong: complianceStrong + other.complianceStrong, compliancePatterns: compliancePatterns + other.compliancePatterns,
                     complianceWeak: complianceWeak + other.complianceWeak,
                     complianceOpening: complianceOpening + other.complianceOpening, neutral: neutral + other.neutral,
                     neutralPatterns: neutralPatterns + other.neutralPatterns, softRedirect: softRedirect + other.softRedirect,
                     softAppeal: softAppeal + other.softAppeal, softSupport: softSupport + other.softSupport,
                     softUrge: softUrge + other.softUrge, softRisk: softRisk + other.softRisk,
                     softAlternative: softAlternative + other.softAlternative, softWrong: softWrong + other.softWrong,
                     contrast: contrast + other.contrast, condition: condition + other.condition,
                     softDeclinePatterns: softDeclinePatterns + other.softDeclinePatterns,
                     instructionPatterns: instructionPatterns + other.instructionPatterns,
                     softVerdict: softVerdict + other.softVerdict, limitation: limitation + other.limitation)
    }
}

/// Refusal and compliance cues for every language: the bundled `refusal_cues.json`, optionally
/// extended by a user file of the same format (`{"languages": {"xx": {"refusal_strong": [...]}}}`).
public struct RefusalCueBook: Sendable {
    public private(set) var languages: [String: LanguageCues]

    public init(languages: [String: LanguageCues]) {
        self.languages = languages
    }

    private struct File: Decodable {
        let languages: [String: LanguageCues]
    }

    /// The cues shipped with the toolkit.
    public static func bundled() throws -> RefusalCueBook {
        guard let url = Bundle.module.url(forResource: "refusal_cues", withExtension: "json", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "refusal_cues", withExtension: "json") else {
            throw AlignOnceError("Evaluation/Resources/refusal_cues.json", "bundled cue file is missing from the build")
        }
        return try load(url)
    }

    public static func load(_ url: URL) throws -> RefusalCueBook {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw AlignOnceError(url.path, "cannot read cue file (\(error.localizedDescription))")
        }
        return try parse(data, path: url.path)
    }

    static func parse(_ data: Data, path: String) throws -> RefusalCueBook {
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            var languages: [String: LanguageCues] = [:]
            for (code, cues) in file.languages {
                let key = code.lowercased()
                languages[key] = (languages[key] ?? LanguageCues()).merging(cues)
            }
            return RefusalCueBook(languages: languages)
        } catch let error as DecodingError {
            throw AlignOnceError(path, "cue file does not match the format {\"languages\": {code: {\"refusal_strong\": [strings], ...}}} (\(RefusalCueBook.describe(error)))")
        }
    }

    /// The bundled cues plus those of `userFile`, if given.
    public static func standard(userFile: URL? = nil) throws -> RefusalCueBook {
        var book = try bundled()
        if let userFile { book.merge(try load(userFile)) }
        return book
    }

    public mutating func merge(_ other: RefusalCueBook) {
        for (code, cues) in other.languages {
            languages[code] = (languages[code] ?? LanguageCues()).merging(cues)
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context), .dataCorrupted(let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "at \(path): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
