import Foundation
import Models

/// Writes an evaluation's files into a directory, each atomically:
/// `results.json`, `report.md`, `report.html`, `responses.jsonl` (every judged answer) and,
/// when a baseline is given, `baseline_results.json`.
public enum ReportWriter {
    @discardableResult
    public static func write(_ outcome: EvaluationOutcome, baseline: EvaluationResults? = nil, to directory: URL,
                             title: String = "AlignOnce evaluation") throws -> [URL] {
        var written: [URL] = []
        func put(_ name: String, _ data: Data) throws {
            let url = directory.appendingPathComponent(name)
            try AtomicFile.write(data, to: url)
            written.append(url)
        }
        try put("results.json", outcome.results.jsonData())
        if let baseline { try put("baseline_results.json", baseline.jsonData()) }
        try put("report.md", Data(ResultsText.markdown(outcome.results, baseline: baseline, title: title).utf8))
        try put("report.html", Data(HTMLReport.render(outcome.results, baseline: baseline, samples: outcome.responses, title: title).utf8))
        try put("responses.jsonl", responsesJSONL(outcome.responses))
        return written
    }

    static func responsesJSONL(_ responses: [JudgedResponse]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for response in responses {
            data.append(try encoder.encode(response))
            data.append(0x0A)
        }
        return data
    }
}
