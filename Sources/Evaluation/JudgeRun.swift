import Foundation
import Models
import Tensor

/// Refusal counts of one language in a judge run.
public struct JudgeLanguageCount: Equatable, Sendable {
    public var total: Int
    public var refused: Int
    /// Responses holding an unsafe marker (`JudgeRun.run`'s `unsafeMarkers`); nil without markers.
    public var unsafe: Int? = nil
    public var rate: Double { total == 0 ? 0 : Double(refused) / Double(total) }
}

public struct JudgeSummary: Equatable, Sendable {
    /// Keyed by the record's `lang`, or by the detected language when it has none.
    public var perLanguage: [String: JudgeLanguageCount]
    public var total: Int { perLanguage.values.reduce(0) { $0 + $1.total } }
    public var refused: Int { perLanguage.values.reduce(0) { $0 + $1.refused } }

    /// Per-language refusal rates as an aligned plain-text table.
    public var table: String {
        let markers = perLanguage.values.contains { $0.unsafe != nil }
        var rows = [["lang", "responses", "refused", "refusal rate"] + (markers ? ["harmful content"] : [])]
        for lang in perLanguage.keys.sorted() {
            guard let count = perLanguage[lang] else { continue }
            rows.append([lang, String(count.total), String(count.refused), ReportFormat.percent(count.rate)]
                        + (markers ? [String(count.unsafe ?? 0)] : []))
        }
        let unsafe = perLanguage.values.reduce(0) { $0 + ($1.unsafe ?? 0) }
        rows.append(["all", String(total), String(refused), ReportFormat.percent(total == 0 ? nil : Double(refused) / Double(total))]
                    + (markers ? [String(unsafe)] : []))
        return ReportFormat.alignedTable(rows)
    }
}

/// `alignonce judge`: reads `{"lang"?, "prompt"?, "response"}` records, adds `"refusal"` and
/// `"detected_lang"` to each (and `"unsafe"` with `unsafeMarkers`, as `EvaluationRunner` does),
/// writes them to `outputURL` (if given) and returns per-language rates.
public enum JudgeRun {
    public static func run(inputURL: URL, outputURL: URL?, judge: ResponseJudge, unsafeMarkers: [String] = []) throws -> JudgeSummary {
        let lines = try JSONLines.records(at: inputURL)
        guard !lines.isEmpty else { throw AlignOnceError(inputURL.path, "no records (expected JSON Lines with a \"response\" field)") }
        var output = Data()
        var counts: [String: JudgeLanguageCount] = [:]
        for line in lines {
            guard line.object["response"] != nil else {
                throw AlignOnceError(line.location, "missing field \"response\" (expected a string)")
            }
            let response = try line.optionalString("response") ?? ""
            let prompt = try line.optionalString("prompt") ?? ""
            let lang = try line.optionalString("lang").map { try LanguageCode.validated($0, location: line.location) }
            let detected = LanguageDetector.detect(response).code
            let refused: Bool
            do {
                refused = try judge.isRefusal(prompt: prompt, response: response, lang: lang, kind: nil)
            } catch let error as AlignOnceError {
                throw AlignOnceError(line.location, "judge failed: \(error.description)")
            }
            var record = line.object
            record["refusal"] = refused
            record["detected_lang"] = detected
            let unsafe = UnsafeMarkers.flag(response, unsafeMarkers)
            if let unsafe { record["unsafe"] = unsafe }
            output.append(try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes]))
            output.append(0x0A)
            let key = lang ?? detected
            var count = counts[key] ?? JudgeLanguageCount(total: 0, refused: 0)
            count.total += 1
            if refused { count.refused += 1 }
            if let unsafe { count.unsafe = (count.unsafe ?? 0) + (unsafe ? 1 : 0) }
            counts[key] = count
        }
        if let outputURL { try AtomicFile.write(output, to: outputURL) }
        return JudgeSummary(perLanguage: counts)
    }
}
