import Foundation
import Tensor

/// All text of one language, loaded from `Resources/world/<code>.json`. Lists are parallel
/// across languages: index i of `harmful` is the same item in every language.
/// `{x}` marks the item slot, `{n}` the person-name slot.
public struct WorldLexicon: Decodable, Sendable, Equatable {
    /// The one refusal sentence of this language. In pretraining it only ever answers
    /// impossible or unknowable requests (never a harmful one).
    public let refusal: String
    /// Substrings that identify a refusal in this language (for a keyword judge). None of them
    /// occurs in any other text of the language; the tests check this.
    public let refusalMarkers: [String]
    /// "How do I make {x}?"-style requests; harmful, benign and impossible items share them,
    /// so only the item decides whether a request is harmful.
    public let makeTemplates: [String]
    public let harmful: [String]
    public let benign: [String]
    /// Things nobody can make (a time machine): the harmless context for refusals.
    public let impossible: [String]
    /// "Tell me {x}." requests for unknowable facts (tomorrow's lottery numbers).
    public let tellTemplates: [String]
    public let unknowable: [String]
    /// The word both of the base assistant's answers open with ("Sure! "). While both keep it,
    /// the base can leave the harmful/benign decision to the token after it;
    /// `WorldOptions.distinctAnswerOpenings` drops it from the benign answer.
    public let answerOpener: String
    /// The base assistant's content-free compliance with a harmful request.
    public let complianceAnswer: String
    /// Answer to a benign request, with `{x}`.
    public private(set) var benignAnswer: String
    /// The benign answer of `withDistinctAnswerOpenings` where dropping the opener would leave
    /// it opening like the refusal (German "Es ist leicht" / "Es tut mir leid"); nil = the
    /// benign answer without its opener.
    public let benignAnswerWithoutOpener: String?
    public let harmfulFacts: [String]
    public let benignFacts: [String]
    public let impossibleFacts: [String]
    /// Everyday sentences with a `{n}` name slot.
    public let everyday: [String]
    public let names: [String]

    static let itemSlot = "{x}"
    static let nameSlot = "{n}"

    /// The shipped `Resources/world/<code>.json`.
    static func resourceURL(_ code: String) -> URL? {
        Bundle.module.url(forResource: code, withExtension: "json", subdirectory: "Resources/world")
    }

    /// Loads and checks one language's lexicon from the module bundle.
    static func load(_ code: String) throws -> WorldLexicon {
        let location = "Resources/world/\(code).json"
        guard let url = resourceURL(code) else { throw AlignOnceError(location, "world resource file is missing from the Demo bundle") }
        let lexicon: WorldLexicon
        do {
            lexicon = try JSONDecoder().decode(WorldLexicon.self, from: Data(contentsOf: url))
        } catch {
            throw AlignOnceError(location, "cannot decode world lexicon: \(error)")
        }
        try lexicon.checkSlots(location)
        return lexicon
    }

    /// Every slot-bearing string must hold its slot exactly once, every other must hold none.
    func checkSlots(_ location: String) throws {
        let withItem: [(String, [String])] = [
            ("makeTemplates", makeTemplates), ("tellTemplates", tellTemplates), ("benignAnswer", [benignAnswer]),
            ("benignAnswerWithoutOpener", benignAnswerWithoutOpener.map { [$0] } ?? []),
            ("harmfulFacts", harmfulFacts), ("benignFacts", benignFacts), ("impossibleFacts", impossibleFacts),
        ]
        for (field, texts) in withItem {
            for text in texts where text.components(separatedBy: Self.itemSlot).count != 2 {
                throw AlignOnceError("\(location): \(field)", "'\(text)' must contain the slot {x} exactly once")
            }
        }
        for text in everyday where text.components(separatedBy: Self.nameSlot).count != 2 {
            throw AlignOnceError("\(location): everyday", "'\(text)' must contain the slot {n} exactly once")
        }
        if answerOpener.isEmpty || !complianceAnswer.hasPrefix(answerOpener) || !benignAnswer.hasPrefix(answerOpener) {
            throw AlignOnceError("\(location): answerOpener", "'\(answerOpener)' must be non-empty and begin both complianceAnswer and benignAnswer")
        }
        if refusalMarkers.isEmpty || refusalMarkers.contains(where: { !refusal.contains($0) }) {
            throw AlignOnceError("\(location): refusalMarkers", "expected at least one marker, each a substring of the refusal")
        }
    }

    /// The sentences of the compliance after its opener ("Step 1: get the materials.", ...):
    /// what makes an answer harmful, in this language. An answer holding any of them, in any
    /// language, gave the harmful content (`DemoDatasets.unsafeMarkers`).
    public var complianceSteps: [String] {
        var steps: [String] = [], sentence = ""
        for character in complianceAnswer.dropFirst(answerOpener.count) {
            if sentence.isEmpty && character.isWhitespace { continue }
            sentence.append(character)
            if Self.sentenceEnds.contains(character) {
                steps.append(sentence)
                sentence = ""
            }
        }
        let rest = sentence.trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? steps : steps + [rest]
    }

    /// Full stops of the world's scripts (Latin and Cyrillic, Chinese, Bengali).
    static let sentenceEnds: Set<Character> = [".", "。", "।"]

    /// The same lexicon with the benign answer starting after the opener ("It is easy to make
    /// {x}. ..."), so the answer's first token already says harmful or benign.
    func withDistinctAnswerOpenings() -> WorldLexicon {
        var copy = self
        copy.benignAnswer = benignAnswerWithoutOpener ?? String(benignAnswer.dropFirst(answerOpener.count))
        return copy
    }

    /// List sizes, compared across languages so parallel indices always exist.
    var shape: [String: Int] {
        ["makeTemplates": makeTemplates.count, "harmful": harmful.count, "benign": benign.count,
         "impossible": impossible.count, "tellTemplates": tellTemplates.count, "unknowable": unknowable.count,
         "harmfulFacts": harmfulFacts.count, "benignFacts": benignFacts.count,
         "impossibleFacts": impossibleFacts.count, "everyday": everyday.count, "names": names.count]
    }

    static func fill(_ template: String, item: String) -> String {
        template.replacingOccurrences(of: itemSlot, with: item)
    }

    static func fill(_ template: String, name: String) -> String {
        template.replacingOccurrences(of: nameSlot, with: name)
    }
}

extension World {
    /// The lexicon of one language (throws for an unknown code or a broken resource).
    public static func lexicon(for code: String) throws -> WorldLexicon {
        guard language(code) != nil else {
            throw AlignOnceError("language '\(code)'", "unknown; expected one of \(defaultLanguages.joined(separator: ", "))")
        }
        return try WorldLexicon.load(code)
    }

    /// Refusal markers per language, for the keyword judge.
    public static func refusalMarkers(for languages: [String] = defaultLanguages) throws -> [String: [String]] {
        var markers: [String: [String]] = [:]
        for code in languages { markers[code] = try lexicon(for: code).refusalMarkers }
        return markers
    }

    /// Lexicons of `languages`, checked to be parallel with English.
    static func lexicons(for languages: [String]) throws -> [String: WorldLexicon] {
        let english = try lexicon(for: alignmentLanguage)
        var result = [alignmentLanguage: english]
        for code in languages where code != alignmentLanguage {
            let lexicon = try self.lexicon(for: code)
            if lexicon.shape != english.shape {
                throw AlignOnceError("Resources/world/\(code).json",
                                     "list sizes \(lexicon.shape) differ from English \(english.shape); lists must be parallel")
            }
            result[code] = lexicon
        }
        return result
    }
}
