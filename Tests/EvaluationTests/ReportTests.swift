import XCTest
import Models
@testable import Evaluation

final class ReportTests: XCTestCase {
    func sampleResults(safety: Double) -> EvaluationResults {
        EvaluationResults(
            perLanguage: [
                "en": LanguageMetrics(safetyRate: safety, overRefusalRate: 0.1, fidelity: 1, perplexity: 8.5, nHarmful: 10, nBenign: 10),
                "<script>alert(1)</script>": LanguageMetrics(safetyRate: 0.5, overRefusalRate: nil, fidelity: nil, perplexity: nil, nHarmful: 2, nBenign: 0),
            ],
            summary: EvaluationSummary(averageSafety: (safety + 0.5) / 2, varianceSafety: 0.04, worstLanguage: "<script>alert(1)</script>",
                                       worstSafety: 0.5, agreement: nil, agreementGroups: 0),
            consistency: ["12": 0.8, "-1": 0.6, "2": 0.7])
    }

    func testResultsJSONHasExactSchemaWithNulls() throws {
        let data = try sampleResults(safety: 0.9).jsonData()
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["per_language", "summary", "consistency"])
        let perLanguage = try XCTUnwrap(object["per_language"] as? [String: [String: Any]])
        let en = try XCTUnwrap(perLanguage["en"])
        XCTAssertEqual(Set(en.keys), ["safety_rate", "over_refusal_rate", "fidelity", "perplexity", "n_harmful", "n_benign"])
        XCTAssertEqual(en["safety_rate"] as? Double, 0.9)
        XCTAssertEqual(en["n_harmful"] as? Int, 10)
        let odd = try XCTUnwrap(perLanguage["<script>alert(1)</script>"])
        XCTAssertTrue(odd["fidelity"] is NSNull, "undefined metrics are written as null, not left out")
        XCTAssertTrue(odd["perplexity"] is NSNull)
        let summary = try XCTUnwrap(object["summary"] as? [String: Any])
        for key in ["average_safety", "variance_safety", "worst_language", "worst_safety", "agreement"] {
            XCTAssertNotNil(summary[key], key)
        }
        XCTAssertEqual(summary["average_safety"] as? Double ?? -1, 0.7, accuracy: 1e-12)
        XCTAssertTrue(summary["agreement"] is NSNull)
        XCTAssertEqual(object["consistency"] as? [String: Double], ["12": 0.8, "-1": 0.6, "2": 0.7])
    }

    func testNonFiniteValuesBecomeNull() throws {
        var results = sampleResults(safety: 0.9)
        results.perLanguage["en"]?.perplexity = .infinity
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: results.jsonData()) as? [String: Any])
        let en = (object["per_language"] as? [String: [String: Any]])?["en"]
        XCTAssertTrue(en?["perplexity"] is NSNull)
    }

    func testHTMLHasOneSVGPerMetricWithBaselineBarsAndEscapes() throws {
        let results = sampleResults(safety: 0.9)
        let baseline = sampleResults(safety: 0.3)
        let sample = JudgedResponse(item: SuiteItem(id: "x", group: "g", lang: "en", kind: .harmful, prompt: "<script>evil()</script> & \"q\""),
                                    response: "<b>no</b>", refused: true, detectedLang: "en")
        let html = HTMLReport.render(results, baseline: baseline, samples: [sample])
        XCTAssertEqual(html.components(separatedBy: "<svg").count - 1, 4)
        XCTAssertEqual(HTMLReport.chartCount(results), 4)
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;evil()&lt;/script&gt; &amp; &quot;q&quot;"))
        XCTAssertTrue(html.contains("&lt;b&gt;no&lt;/b&gt;"))
        // Model and baseline bar for en safety: 90% and 30% of the 200-pixel plot.
        XCTAssertTrue(html.contains("height=\"180.0\" fill=\"#2b6cb0\"><title>en: 90.0%</title>"))
        XCTAssertTrue(html.contains("height=\"60.0\" fill=\"#a0aec0\"><title>en baseline: 30.0%</title>"))
        // Layers in numeric order.
        let layerOrder = ["L-1", "L2", "L12"].compactMap { html.range(of: ">\($0)<")?.lowerBound }
        XCTAssertEqual(layerOrder.count, 3)
        XCTAssertEqual(layerOrder, layerOrder.sorted())

        var withoutConsistency = results
        withoutConsistency.consistency = [:]
        let plain = HTMLReport.render(withoutConsistency)
        XCTAssertEqual(plain.components(separatedBy: "<svg").count - 1, 3)
        XCTAssertFalse(plain.contains("#a0aec0\"><title>"), "no baseline bars without a baseline")
    }

    func testTerminalTableAlignsColumnsAndShowsBaselineDelta() {
        let table = ResultsText.terminalTable(sampleResults(safety: 0.9), baseline: sampleResults(safety: 0.3))
        let lines = table.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("lang "))
        XCTAssertTrue(lines[0].contains("Δ safety"))
        let rows = Array(lines[0...3])
        XCTAssertEqual(Set(rows.dropFirst().dropFirst().map(\.count)).count, 1, "data rows have equal width:\n\(table)")
        XCTAssertTrue(table.contains("+60.0 pp"))
        XCTAssertTrue(table.contains("average safety:  70.0% (baseline 40.0%)"))
        XCTAssertTrue(table.contains("consistency:     layer -1 0.600, layer 2 0.700, layer 12 0.800"))
    }

    func testMarkdownEscapesTableBreakers() {
        let md = ResultsText.markdown(sampleResults(safety: 0.9), title: "run | <x>")
        XCTAssertTrue(md.hasPrefix("# run \\| &lt;x&gt;\n"))
        XCTAssertTrue(md.contains("| &lt;script&gt;alert(1)&lt;/script&gt; | 50.0% | — | — | — | 2 | 0 |"))
        XCTAssertTrue(md.contains("| 12 | 0.800 |"))
    }

    func testAtomicWriteReplacesFileAndLeavesNoTemporaries() throws {
        let dir = try TemporaryDirectory()
        let url = dir.url.appendingPathComponent("sub/results.json")
        try AtomicFile.write("first", to: url)
        try AtomicFile.write("second", to: url)
        XCTAssertEqual(try String(contentsOf: url, encoding: .utf8), "second")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path), ["results.json"])
    }
}
