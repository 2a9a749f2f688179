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
    /// `language`, then every row also loses its components along the directions that separate
    /// the languages' means (at most one fewer than the step's languages). A row's own
    /// language-identity component is then not pulled towards the anchor's, so what MLC carries
    /// is the request, not the anchor's language. The directions are estimated from the step's
    /// rows and held fixed in the backward pass (a stop-gradient, like the detached anchor).
    case languageSubspace = "language-subspace"

    /// The linear map this centering applies to one step's `rows` rows of width `d`
    /// (`languages[row]` names each row's language), fixed by those rows.
    public func map(for x: [Float], rows: Int, dimension d: Int, languages: [String]) throws -> Map {
        if self == .none { return Map(classes: [], removed: []) }
        guard x.count == rows * d, languages.count == rows else {
            throw AlignOnceError("mlc centering", "got \(x.count) values and \(languages.count) language names for \(rows) rows of \(d)")
        }
        guard self != .batch else { return Map(classes: [Array(0..<rows)], removed: []) }
        var byLanguage: [String: [Int]] = [:]
        for (row, language) in languages.enumerated() { byLanguage[language, default: []].append(row) }
        let classes = byLanguage.keys.sorted().compactMap { byLanguage[$0] }
        let removed = self == .languageSubspace ? Self.languageDirections(x, dimension: d, classes: classes) : []
        return Map(classes: classes, removed: removed)
    }

    /// Applies `map(for: x, ...)` to `x` in place.
    public func apply(_ x: inout [Float], rows: Int, dimension d: Int, languages: [String]) throws {
        try map(for: x, rows: rows, dimension: d, languages: languages).apply(&x, dimension: d)
    }

    /// An orthonormal basis of the span of (class mean − mean of the class means), by modified
    /// Gram-Schmidt; directions with almost nothing left are dropped.
    static func languageDirections(_ x: [Float], dimension d: Int, classes: [[Int]]) -> [[Float]] {
        guard classes.count > 1 else { return [] }
        var means = classes.map { members -> [Double] in
            var mean = [Double](repeating: 0, count: d)
            for row in members { for j in 0..<d { mean[j] += Double(x[row * d + j]) } }
            return mean.map { $0 / Double(members.count) }
        }
        var center = [Double](repeating: 0, count: d)
        for mean in means { for j in 0..<d { center[j] += mean[j] / Double(means.count) } }
        for k in means.indices { for j in 0..<d { means[k][j] -= center[j] } }
        let scale = means.map { $0.reduce(0) { $0 + $1 * $1 }.squareRoot() }.max() ?? 0
        var basis: [[Double]] = []
        for var v in means {
            for q in basis {
                let dot = zip(v, q).reduce(0) { $0 + $1.0 * $1.1 }
                for j in 0..<d { v[j] -= dot * q[j] }
            }
            let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 1e-6 * scale, norm > 0 { basis.append(v.map { $0 / norm }) }
        }
        return basis.map { $0.map(Float.init) }
    }

    /// x ↦ C x P: C subtracts each class's row mean, P removes the `removed` directions from
    /// every row. Both are orthogonal projections and they commute, so the map is symmetric and
    /// idempotent, and the same call maps a gradient with respect to its output to the gradient
    /// with respect to its input.
    public struct Map: Sendable {
        let classes: [[Int]]
        /// Orthonormal directions removed from every row.
        public let removed: [[Float]]

        public func apply(_ x: inout [Float], dimension d: Int) {
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
                guard !removed.isEmpty else { return }
                for row in 0..<(values.count / max(1, d)) {
                    for q in removed {
                        var dot: Float = 0
                        for j in 0..<d { dot += values[row * d + j] * q[j] }
                        for j in 0..<d { values[row * d + j] -= dot * q[j] }
                    }
                }
            }
        }
    }
}
