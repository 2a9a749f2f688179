import XCTest
import Evaluation
@testable import Demo

final class DemoSeedReportTests: XCTestCase {
    /// Results with the given per-language safety (sw = holdout, bn low-resource) and summary rates.
    /// `harmless`, when given, is each language's harmless rate (the summary's are computed from it).
    private func results(safety: [String: Double], overRefusal: Double, fidelity: Double, perplexity: Double,
                         benignFidelity: Double? = nil, harmless: [String: Double]? = nil) -> EvaluationResults {
        var perLanguage: [String: LanguageMetrics] = [:]
        for (lang, rate) in safety {
            perLanguage[lang] = LanguageMetrics(safetyRate: rate, harmlessRate: harmless?[lang], overRefusalRate: overRefusal,
                                                fidelity: fidelity, perplexity: perplexity, nHarmful: 10, nBenign: 10)
        }
        let rates = Array(safety.values)
        let mean = rates.reduce(0, +) / Double(rates.count)
        let variance = rates.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(rates.count)
        let worst = safety.min { $0.value < $1.value }
        var summary = EvaluationSummary(averageSafety: mean, varianceSafety: variance, worstLanguage: worst?.key,
                                        worstSafety: worst?.value, averageOverRefusal: overRefusal, averageFidelity: fidelity,
                                        averageBenignFidelity: benignFidelity)
        if let harmless {
            let values = Array(harmless.values), average = values.reduce(0, +) / Double(values.count)
            summary.averageHarmless = average
            summary.worstHarmless = values.min()
            summary.varianceHarmless = values.map { ($0 - average) * ($0 - average) }.reduce(0, +) / Double(values.count)
        }
        return EvaluationResults(perLanguage: perLanguage, summary: summary, consistency: [:])
    }

    func testMeansOverSeedsAndMLCDeltas() throws {
        let seed1: [String: EvaluationResults] = [
            "dpo": results(safety: ["en": 1.0, "sw": 0.0, "bn": 0.2], overRefusal: 0.1, fidelity: 0.9, perplexity: 2, benignFidelity: 1),
            "dpo+mlc": results(safety: ["en": 1.0, "sw": 0.8, "bn": 0.6], overRefusal: 0.2, fidelity: 0.8, perplexity: 2.5,
                               benignFidelity: 0.95),
        ]
        let seed2: [String: EvaluationResults] = [
            "dpo": results(safety: ["en": 1.0, "sw": 0.2, "bn": 0.0], overRefusal: 0.1, fidelity: 1.0, perplexity: 4, benignFidelity: 1),
            "dpo+mlc": results(safety: ["en": 1.0, "sw": 1.0, "bn": 1.0], overRefusal: 0.0, fidelity: 1.0, perplexity: 3.5,
                               benignFidelity: 0.97),
        ]
        let report = try DemoSeedReport(runs: [(1, seed1), (2, seed2)], holdout: "sw")
        XCTAssertEqual(report.models, ["dpo", "dpo+mlc"])
        let dpo = try XCTUnwrap(report.means["dpo"]), mlc = try XCTUnwrap(report.means["dpo+mlc"])
        XCTAssertEqual(try XCTUnwrap(dpo.averageSafety), (1.2 / 3 + 1.2 / 3) / 2, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(mlc.holdoutSafety), 0.9, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(dpo.lowResourceMinimum), 0.0, accuracy: 1e-12) // min(sw, ar, bn) per seed: 0, 0
        XCTAssertEqual(try XCTUnwrap(mlc.lowResourceMinimum), (0.6 + 1.0) / 2, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(mlc.perplexity), 3.0, accuracy: 1e-12)
        // Variance of (1, 0.8, 0.6) = 0.02667 -> 266.7 pp²; of (1, 1, 1) = 0.
        XCTAssertEqual(try XCTUnwrap(mlc.variancePP), (0.08 / 3 * 10_000 + 0) / 2, accuracy: 1e-6)
        let markdown = report.markdown()
        XCTAssertTrue(markdown.contains("| dpo+mlc vs dpo | +50 | +80 | +80 |"), markdown)
        XCTAssertTrue(markdown.contains("| average safety % | 40 [40, 40] | 90 [80, 100] |"), markdown)
        // No harmless rates measured: those deltas are "-"; over-refusal 0.1 vs 0.1, fidelity 0.9 vs 0.95,
        // benign answers' fidelity 0.96 vs 1, perplexity 3 vs 3.
        XCTAssertTrue(markdown.contains("| - | - | - | - | +0 | -5 | -4 | +0.00 |\n"), markdown)
        XCTAssertTrue(markdown.contains("| fidelity of benign answers % | 100 [100, 100] | 96 [95, 97] |"), markdown)
        XCTAssertFalse(markdown.contains("sft+mlc vs sft"), "no SFT rows when SFT was not run")
    }

    /// The paper's sense of safety has its own held-out and variance rows and deltas.
    func testHarmlessHoldoutAndVariance() throws {
        let run1: [String: EvaluationResults] = [
            "dpo": results(safety: ["en": 1, "sw": 0, "bn": 0], overRefusal: 0, fidelity: 1, perplexity: 2,
                           harmless: ["en": 1, "sw": 0.2, "bn": 0.5]),
            "dpo+mlc": results(safety: ["en": 1, "sw": 0.5, "bn": 0.5], overRefusal: 0, fidelity: 1, perplexity: 2,
                               harmless: ["en": 1, "sw": 1, "bn": 0.9]),
        ]
        let report = try DemoSeedReport(runs: [(1, run1)], holdout: "sw")
        let dpo = try XCTUnwrap(report.means["dpo"]), mlc = try XCTUnwrap(report.means["dpo+mlc"])
        XCTAssertEqual(try XCTUnwrap(dpo.holdoutHarmless), 0.2, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(mlc.holdoutHarmless), 1, accuracy: 1e-12)
        // (1, 0.2, 0.5): mean 17/30, variance (0.1878 + 0.1344 + 0.0044) / 3 = 0.10889 -> 1088.9 pp²;
        // (1, 1, 0.9): mean 29/30, variance (0.0011 + 0.0011 + 0.0044) / 3 = 0.00222 -> 22.2 pp².
        XCTAssertEqual(try XCTUnwrap(dpo.harmlessVariancePP), 1088.888_888_9, accuracy: 1e-4)
        XCTAssertEqual(try XCTUnwrap(mlc.harmlessVariancePP), 22.222_222_2, accuracy: 1e-4)
        let markdown = report.markdown()
        XCTAssertTrue(markdown.contains("| sw (held out of MLC) harmless % | 20 [20] | 100 [100] |"), markdown)
        XCTAssertTrue(markdown.contains("| variance of harmless across languages (pp²) | 1089 [1089] | 22 [22] |"), markdown)
        // Δ average harmless +40, Δ worst harmless +70, Δ sw harmless +80, Δ harmless variance -1067.
        XCTAssertTrue(markdown.contains("| +40 | +70 | +80 | -1067 | +0 |"), markdown)
    }

    func testWritesJSONAndMarkdownAtomically() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("seeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let run: [String: EvaluationResults] = [
            "base": results(safety: ["en": 0, "sw": 0], overRefusal: 0, fidelity: 1, perplexity: 2),
        ]
        try DemoSeedReport(runs: [(7, run)], holdout: "sw").write(to: directory)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("seeds.json")))
        let root = try XCTUnwrap(json as? [String: Any])
        XCTAssertEqual(root["seeds"] as? [Int], [7])
        XCTAssertNotNil((root["mean"] as? [String: Any])?["base"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("seeds.md").path))
        XCTAssertThrowsError(try DemoSeedReport(runs: [], holdout: "sw"))
    }
}
