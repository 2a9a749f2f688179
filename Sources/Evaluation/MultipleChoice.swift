import Foundation
import Models
import Tensor

/// One multiple-choice question: `{"question", "choices": [..], "answer": index | "B", "lang"}`.
public struct MultipleChoiceQuestion: Equatable, Sendable {
    public var question: String
    public var choices: [String]
    /// 0-based index of the right choice.
    public var answer: Int
    public var lang: String

    public init(question: String, choices: [String], answer: Int, lang: String) {
        self.question = question
        self.choices = choices
        self.answer = answer
        self.lang = lang
    }

    /// The text the choices are scored after; each choice is scored as " " + choice.
    public var context: String { "Question: \(question)\nAnswer:" }
}

public struct MultipleChoiceResult: Equatable, Sendable {
    public var accuracy: Double?
    public var accuracyByLanguage: [String: Double]
    public var questionCount: Int
}

public enum MultipleChoice {
    /// Reads the JSON Lines file. `answer` is a 0-based integer index or a letter ("A" = first);
    /// `lang` defaults to "und".
    public static func load(_ url: URL) throws -> [MultipleChoiceQuestion] {
        let questions = try JSONLines.records(at: url).map(parse)
        guard !questions.isEmpty else { throw AlignOnceError(url.path, "no questions in file") }
        return questions
    }

    static func parse(_ line: JSONLine) throws -> MultipleChoiceQuestion {
        let question = try line.string("question")
        guard let rawChoices = line.object["choices"] else {
            throw AlignOnceError(line.location, "missing field \"choices\" (expected an array of at least 2 strings)")
        }
        guard let choices = rawChoices as? [String], choices.count >= 2,
              choices.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw AlignOnceError(line.location, "field \"choices\" must be an array of at least 2 non-empty strings")
        }
        let answer = try answerIndex(line, choiceCount: choices.count)
        let lang = try line.optionalString("lang").map { try LanguageCode.validated($0, location: line.location) } ?? LanguageCode.undetermined
        return MultipleChoiceQuestion(question: question, choices: choices, answer: answer, lang: lang)
    }

    static func answerIndex(_ line: JSONLine, choiceCount: Int) throws -> Int {
        let expected = "expected a 0-based index below \(choiceCount) or a letter A-\(Character(Unicode.Scalar(UInt8(64 + min(choiceCount, 26)))))"
        guard let raw = line.object["answer"] else { throw AlignOnceError(line.location, "missing field \"answer\" (\(expected))") }
        var index: Int?
        if let number = raw as? NSNumber, !JSONLines.isBoolean(number), number.doubleValue == number.doubleValue.rounded(),
           abs(number.doubleValue) < 1e9 {
            index = number.intValue
        } else if let text = raw as? String {
            let letter = text.trimmingCharacters(in: .whitespaces).uppercased()
            if letter.count == 1, let scalar = letter.unicodeScalars.first, ("A"..."Z").contains(scalar) {
                index = Int(scalar.value) - 65
            }
        }
        guard let index, (0..<choiceCount).contains(index) else {
            throw AlignOnceError(line.location, "field \"answer\" is \(raw) (\(expected))")
        }
        return index
    }

    /// Picks, for each question, the choice with the highest log-likelihood as a continuation of
    /// the question (summed over the choice's tokens, no length normalisation) and reports the
    /// share answered right.
    public static func evaluate(_ questions: [MultipleChoiceQuestion], scorer: LanguageModelScorer) throws -> MultipleChoiceResult {
        var right: [String: Int] = [:]
        var total: [String: Int] = [:]
        for question in questions {
            var best = 0
            var bestScore = -Double.infinity
            let scores = try scorer.logLikelihoods(context: question.context, continuations: question.choices.map { " " + $0 })
            for (index, score) in scores.enumerated() {
                if score > bestScore {
                    bestScore = score
                    best = index
                }
            }
            total[question.lang, default: 0] += 1
            if best == question.answer { right[question.lang, default: 0] += 1 }
        }
        var byLanguage: [String: Double] = [:]
        for (lang, count) in total { byLanguage[lang] = Double(right[lang, default: 0]) / Double(count) }
        let answered = total.values.reduce(0, +)
        let accuracy = answered == 0 ? nil : Double(right.values.reduce(0, +)) / Double(answered)
        return MultipleChoiceResult(accuracy: accuracy, accuracyByLanguage: byLanguage, questionCount: answered)
    }
}

/// A text whose perplexity measures utility in one language: `{"lang", "text"}` per line.
public struct UtilityText: Equatable, Sendable {
    public var lang: String
    public var text: String

    public init(lang: String, text: String) {
        self.lang = lang
        self.text = text
    }

    public static func load(_ url: URL) throws -> [UtilityText] {
        let texts = try JSONLines.records(at: url).map { line in
            UtilityText(lang: try LanguageCode.validated(line.string("lang"), location: line.location), text: try line.string("text"))
        }
        guard !texts.isEmpty else { throw AlignOnceError(url.path, "no texts in utility file") }
        return texts
    }
}
