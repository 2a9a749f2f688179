import Foundation
import Tensor

/// Extension (not in the spec): keeps each non-anchor MLC variant's answer in its own language.
///
/// MLC moves the other languages' prompts to where the anchor's aligned prompts went, and that
/// move can carry the anchor's *language* with the decision: a Bengali request is refused, but
/// in Swahili or English. The guard looks at the next-token distribution p at the end of each
/// non-anchor prompt (where the answer starts) and penalises the mass m on tokens foreign to
/// the prompt's language (`LanguageTokenTable`):
///
///     L_guard = mean over variants of -log(1 - m)
///
/// It uses the prompts only, like MLC, and says nothing about what to answer, only in which
/// language. An untrained model that answers in the prompt's language has m ≈ 0, and a loss
/// and gradient ≈ 0.
public struct MLCLanguageGuard: Sendable {
    /// μ: the guard enters the total loss as λ·μ·L_guard.
    public let weight: Double
    public let table: LanguageTokenTable
    /// Per language of `table`, the membership mask of its foreign tokens.
    private let masks: [[Bool]]

    public init(weight: Double, table: LanguageTokenTable) throws {
        guard weight.isFinite, weight >= 0 else {
            throw AlignOnceError("--mlc-language-guard", "must be a finite number >= 0, got \(weight)")
        }
        self.weight = weight
        self.table = table
        masks = table.foreign.map { tokens in
            var mask = [Bool](repeating: false, count: table.vocabularySize)
            for t in tokens { mask[t] = true }
            return mask
        }
    }

    /// Mask of the tokens foreign to `language`; nil when the table has no text in it (its
    /// variants are then not guarded).
    func mask(for language: String) -> [Bool]? {
        table.languages.firstIndex(of: language).map { masks[$0] }
    }

    public struct Result: Equatable {
        /// L_guard (unweighted), 0 without guarded rows.
        public var loss: Double
        /// Mean foreign mass m per guarded language.
        public var foreignMass: [String: Double]
        /// d(scale · L_guard)/d logits, [rows, vocab].
        public var gradient: [Float]
    }

    /// L_guard over `rows` of `logits` ([languages.count, vocab]; row k is a prompt in
    /// `languages[k]`), and the gradient of `scale · L_guard`. Rows in a language the table does
    /// not know count for nothing.
    public func lossAndGradient(logits: [Float], languages: [String], scale: Float) throws -> Result {
        let vocab = table.vocabularySize
        guard logits.count == languages.count * vocab else {
            throw AlignOnceError("--mlc-language-guard", "expected \(languages.count) x \(vocab) logits, got \(logits.count)")
        }
        let guarded = languages.indices.compactMap { k in mask(for: languages[k]).map { (k, $0) } }
        var result = Result(loss: 0, foreignMass: [:], gradient: [Float](repeating: 0, count: logits.count))
        guard !guarded.isEmpty else { return result }
        var massSums: [String: (Double, Int)] = [:]
        let rowScale = scale / Float(guarded.count)
        var p = [Float](repeating: 0, count: vocab)
        for (k, mask) in guarded {
            var peak = -Float.infinity
            for j in 0..<vocab { peak = max(peak, logits[k * vocab + j]) }
            var sum: Float = 0
            for j in 0..<vocab {
                p[j] = expf(logits[k * vocab + j] - peak)
                sum += p[j]
            }
            var foreign: Float = 0
            for j in 0..<vocab {
                p[j] /= sum
                if mask[j] { foreign += p[j] }
            }
            // -log(1 - m) grows without bound; the clamp keeps a fully foreign row finite.
            let m = min(foreign, 1 - 1e-6)
            result.loss += -log(Double(1 - m))
            let (s, n) = massSums[languages[k]] ?? (0, 0)
            massSums[languages[k]] = (s + Double(m), n + 1)
            // d(-log(1 - m))/dz_j = p_j (1[j foreign] - m) / (1 - m)
            let factor = rowScale / (1 - m)
            for j in 0..<vocab {
                result.gradient[k * vocab + j] = factor * p[j] * ((mask[j] ? 1 : 0) - m)
            }
        }
        result.loss /= Double(guarded.count)
        result.foreignMass = massSums.mapValues { $0.0 / Double($0.1) }
        return result
    }
}
