import Tensor

/// Optional centering of the pooled MLC representations before the extractor — an extension
/// of `docs/mlc-loss.md`, measured in `docs/demo-sweep.md`.
///
/// Unit-normalised states of a small model share a large common component (the chat template,
/// the position), so the sv-softmax loss can be satisfied by growing that component until every
/// prompt looks alike — the "collapse" that carries refusal to benign prompts. Centering
/// removes what the rows share, so what must become collinear is what tells requests apart.
public enum MLCCentering: String, Codable, CaseIterable, Sendable {
    /// r = h (the spec).
    case none
    /// r = h − mean over every variant of the step.
    case batch
    /// r = h − mean over the step's variants in the same language: each language's offset is
    /// removed (as in Libovický et al. 2020, "On the language neutrality of pre-trained
    /// multilingual representations"), so only the request-specific part must agree across
    /// languages and the language itself is left to the model.
    case language

    /// Centers `rows` rows of width `d` in place; `languages[row]` names each row's language.
    /// Centering is an orthogonal projection (symmetric and idempotent), so the same call maps
    /// a gradient with respect to the centered rows to the gradient with respect to the input.
    public func apply(_ x: inout [Float], rows: Int, dimension d: Int, languages: [String]) throws {
        guard self != .none else { return }
        guard x.count == rows * d, languages.count == rows else {
            throw AlignOnceError("mlc centering", "got \(x.count) values and \(languages.count) language names for \(rows) rows of \(d)")
        }
        let classes: [[Int]]
        switch self {
        case .none: return
        case .batch: classes = [Array(0..<rows)]
        case .language:
            var byLanguage: [String: [Int]] = [:]
            for (row, language) in languages.enumerated() { byLanguage[language, default: []].append(row) }
            classes = byLanguage.keys.sorted().compactMap { byLanguage[$0] }
        }
        var mean = [Float](repeating: 0, count: d)
        x.withUnsafeMutableBufferPointer { values in
            for members in classes {
                for j in 0..<d { mean[j] = 0 }
                for row in members {
                    for j in 0..<d { mean[j] += values[row * d + j] }
                }
                let scale = 1 / Float(members.count)
                for row in members {
                    for j in 0..<d { values[row * d + j] -= mean[j] * scale }
                }
            }
        }
    }
}
