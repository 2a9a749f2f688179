import Foundation
import Tensor

/// Which tokens belong to *other* languages than a given one, measured on text in each language.
///
/// A token is foreign to language l when it is common enough to judge (`minCount`
/// occurrences overall) and l's share of it is below `maxShare`, where a language's share is
/// its rate (occurrences per token of that language's text) over the sum of every language's
/// rate. Rates, not counts, so a low-resource language with little text still owns its words;
/// tokens every language uses (punctuation, the chat template, shared Latin letters) are foreign
/// to none of them.
public struct LanguageTokenTable: Equatable, Sendable {
    public let languages: [String]
    public let vocabularySize: Int
    /// `foreign[i]`: the sorted token ids foreign to `languages[i]`.
    public let foreign: [[Int]]

    /// - samples: (language, token ids) pairs, e.g. one per document.
    public init(samples: [(language: String, tokens: [Int32])], vocabularySize: Int,
                minCount: Int = 5, maxShare: Double = 0.02) throws {
        guard vocabularySize > 0 else { throw AlignOnceError("language text", "the vocabulary is empty") }
        guard minCount >= 1 else { throw AlignOnceError("language text", "minCount must be >= 1, got \(minCount)") }
        guard maxShare > 0, maxShare < 1 else {
            throw AlignOnceError("language text", "maxShare must be in (0, 1), got \(maxShare)")
        }
        let languages = Array(Set(samples.map(\.language))).sorted()
        guard languages.count >= 2 else {
            throw AlignOnceError("language text", "needs text in at least two languages, got \(languages)")
        }
        let index = Dictionary(uniqueKeysWithValues: languages.enumerated().map { ($1, $0) })
        let n = languages.count
        var counts = [Int](repeating: 0, count: vocabularySize * n)
        var totals = [Double](repeating: 0, count: n)
        for sample in samples {
            guard let l = index[sample.language] else { continue }
            for token in sample.tokens {
                let t = Int(token)
                guard t >= 0, t < vocabularySize else {
                    throw AlignOnceError("language text", "token id \(t) is outside the vocabulary (0..<\(vocabularySize))")
                }
                counts[t * n + l] += 1
            }
            totals[l] += Double(sample.tokens.count)
        }
        var foreign = [[Int]](repeating: [], count: n)
        var rates = [Double](repeating: 0, count: n)
        for t in 0..<vocabularySize {
            var total = 0
            for l in 0..<n { total += counts[t * n + l] }
            guard total >= minCount else { continue }
            var sum = 0.0
            for l in 0..<n {
                rates[l] = totals[l] > 0 ? Double(counts[t * n + l]) / totals[l] : 0
                sum += rates[l]
            }
            for l in 0..<n where rates[l] / sum < maxShare { foreign[l].append(t) }
        }
        self.languages = languages
        self.vocabularySize = vocabularySize
        self.foreign = foreign
    }

    /// The tokens foreign to `language`, nil when the table has no text in it.
    public func foreignTokens(of language: String) -> [Int]? {
        languages.firstIndex(of: language).map { foreign[$0] }
    }
}
