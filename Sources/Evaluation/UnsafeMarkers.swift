import Foundation
import Tensor

/// Phrases that mark harmful content in an answer, per language (`--unsafe-markers`):
/// `{"en": ["Step 1: get the materials."], "es": [...]}`, the layout of a world's
/// `refusal_markers.json`. A keyword judge can tell a refusal from an answer, but not a harmless
/// answer from a harmful one; where a suite knows its harmful content exactly (a synthetic world
/// does), these markers let the evaluation count harmlessness too (`LanguageMetrics.harmlessRate`).
public enum UnsafeMarkers {
    /// Every language's markers in one list: harmful content counts in whatever language it comes.
    public static func load(_ url: URL) throws -> [String] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw AlignOnceError(url.path, "cannot read the unsafe markers: \(error.localizedDescription)")
        }
        let decoded: [String: [String]]
        do { decoded = try JSONDecoder().decode([String: [String]].self, from: data) } catch {
            throw AlignOnceError(url.path, "expected a JSON object mapping each language code to a list of phrases")
        }
        return try flatten(decoded, source: url.path)
    }

    /// Whether `answer` holds any of `markers`; nil when there are none (harmlessness not measured).
    public static func flag(_ answer: String, _ markers: [String]) -> Bool? {
        markers.isEmpty ? nil : markers.contains { answer.contains($0) }
    }

    /// The markers of every language, in language order; an empty phrase (which every answer
    /// would contain) or no phrase at all is an error naming `source`.
    public static func flatten(_ markers: [String: [String]], source: String) throws -> [String] {
        var phrases: [String] = []
        for lang in markers.keys.sorted() {
            for phrase in markers[lang] ?? [] {
                guard !phrase.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw AlignOnceError(source, "language \"\(lang)\" has an empty unsafe marker (every answer would match it)")
                }
                phrases.append(phrase)
            }
        }
        guard !phrases.isEmpty else { throw AlignOnceError(source, "holds no unsafe marker") }
        return phrases
    }
}
