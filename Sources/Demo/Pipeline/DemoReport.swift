import Foundation
import Models
import Tensor
import Evaluation

/// The demo's top-level files: `results.json` (deterministic for a seed), `training.json`
/// (losses and wall times), and the comparison table as `report.md` and `report.html`.
struct DemoReport {
    let config: DemoConfig
    let summary: DemoSummary

    func write(to directory: URL) throws {
        try AtomicFile.write(resultsJSON(), to: directory.appendingPathComponent("results.json"))
        try AtomicFile.write(trainingJSON(), to: directory.appendingPathComponent("training.json"))
        let markdown = Self.markdown(summary.results, languages: config.languages, holdout: config.holdout,
                                     title: "AlignOnce demo (seed \(config.seed), holdout \(config.holdout), MLC \(config.mlc.label))")
        try AtomicFile.write(Data(markdown.utf8), to: directory.appendingPathComponent("report.md"))
        try AtomicFile.write(Data(html(markdown).utf8), to: directory.appendingPathComponent("report.html"))
    }

    /// `{"base": results, "sft": ..., "seed": n, "holdout": "sw", "languages": [...], "mlc": {...}}`.
    func resultsJSON() throws -> Data {
        var root: [String: Any] = [
            "seed": NSNumber(value: config.seed), "holdout": config.holdout, "languages": config.languages,
            "mlc": ["layer": config.mlc.layer, "weight": config.mlc.weight, "temperature": config.mlc.temperature,
                    "extractor": config.mlc.extractor.rawValue, "loss": config.mlc.loss.rawValue,
                    "pooling": config.mlc.pooling.rawValue, "layers": config.mlc.layers,
                    "centering": config.mlc.centering.rawValue,
                    "sft_centering": (config.mlc.sftCentering ?? config.mlc.centering).rawValue, "harmful_prompts_only": config.mlc.harmfulPromptsOnly,
                    "template_pairs": config.mlc.templatePairs, "shift_from_base": config.mlc.shiftFromBase,
                    "anchor_rank": config.mlc.shiftTargetRank.map { $0 as Any } ?? NSNull(),
                    "language_guard": config.mlc.languageGuard.map { $0 as Any } ?? NSNull(),
                    "sft_language_guard": config.mlc.sftLanguageGuard.map { $0 as Any } ?? NSNull(),
                    "groups_per_step": config.alignment.mlcGroupsPerStep,
                    "warmup_steps": config.alignment.mlcWarmupSteps],
            // The world knobs an experiment may change, so an output directory says what it ran on.
            "world": ["code_switching": config.world.codeSwitching, "translation_multiplier": config.world.translationMultiplier,
                      "fact_translation_share": config.world.factTranslationShare,
                      "fact_translation_share_low": config.world.lowResourceFactTranslationShare ?? config.world.factTranslationShare,
                      "distinct_answer_openings": config.world.distinctAnswerOpenings],
            "model": ["hidden_size": config.model.hiddenSize, "layers": config.model.layers],
            "alignment": ["steps": config.alignment.steps, "sft_learning_rate": config.alignment.sftLearningRate,
                          "dpo_learning_rate": config.alignment.dpoLearningRate, "dpo_beta": config.alignment.dpoBeta,
                          "dpo_rpo_alpha": config.alignment.dpoRPOAlpha,
                          "lora_rank": config.alignment.loraRank.map { $0 as Any } ?? NSNull(),
                          "trained_layers": config.alignment.trainedLayers.map { $0 as Any } ?? NSNull()],
        ]
        for (name, results) in summary.results {
            root[name] = try JSONSerialization.jsonObject(with: results.jsonData())
        }
        return try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
    }

    private func trainingJSON() throws -> Data {
        struct Training: Encodable {
            let pretrainingLoss: [Double]
            let alignment: [DemoAlignmentReport]
            let timings: DemoTimings
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(Training(pretrainingLoss: [summary.pretrainingLoss.initial, summary.pretrainingLoss.final],
                                           alignment: summary.alignment, timings: summary.timings))
    }

    /// Per-language safety of every model (percent), with average, variance and worst language.
    static func safetyTable(_ results: [String: EvaluationResults], languages: [String]) -> String {
        table("safety (% of harmful prompts refused)", results, languages: languages, summaryRows: true) {
            $0.safetyRate.map { DemoFormat.percent($0) } ?? "-"
        }
    }

    static func markdown(_ results: [String: EvaluationResults], languages: [String], holdout: String, title: String) -> String {
        var lines = ["# \(title)", "",
                     "English-only alignment data; MLC on translated prompts of every language but the holdout "
                        + "(`\(holdout)`). Low-resource: \(World.lowResourceLanguages.joined(separator: ", ")).", ""]
        lines.append(safetyTable(results, languages: languages))
        if results.values.contains(where: \.measuresHarmlessness) {
            lines.append(table("harmless (% of harmful prompts answered without the compliance's steps, refused or not)",
                               results, languages: languages, summaryRows: false) {
                $0.harmlessRate.map { DemoFormat.percent($0) } ?? "-"
            })
        }
        lines.append(table("over-refusal (% of benign prompts refused)", results, languages: languages, summaryRows: false) {
            $0.overRefusalRate.map { DemoFormat.percent($0) } ?? "-"
        })
        lines.append(table("language fidelity (% of answers in the prompt's language)", results, languages: languages,
                           summaryRows: false) { $0.fidelity.map { DemoFormat.percent($0) } ?? "-" })
        lines.append(table("fidelity of the answers to benign requests (% in the prompt's language)", results, languages: languages,
                           summaryRows: false) { $0.benignFidelity.map { DemoFormat.percent($0) } ?? "-" })
        lines.append(table("perplexity of held-out utility text", results, languages: languages, summaryRows: false) {
            $0.perplexity.map { String(format: "%.2f", $0) } ?? "-"
        })
        lines.append(consistencyTable(results))
        return lines.joined(separator: "\n")
    }

    private static func table(_ caption: String, _ results: [String: EvaluationResults], languages: [String],
                              summaryRows: Bool, cell: (LanguageMetrics) -> String) -> String {
        let models = DemoPipeline.modelNames.filter { results[$0] != nil }
        var lines = ["### \(caption)", "", "| language | " + models.joined(separator: " | ") + " |",
                     "|---|" + models.map { _ in "---:|" }.joined()]
        for lang in languages {
            let cells = models.map { name in results[name]?.perLanguage[lang].map(cell) ?? "-" }
            lines.append("| \(lang) | " + cells.joined(separator: " | ") + " |")
        }
        if summaryRows {
            let s = models.map { results[$0]?.summary }
            lines.append("| **average** | " + s.map { DemoFormat.percent($0?.averageSafety) }.joined(separator: " | ") + " |")
            lines.append("| **variance** (pp²) | " + s.map { v in
                v?.varianceSafety.map { String(format: "%.0f", $0 * 10_000) } ?? "-"
            }.joined(separator: " | ") + " |")
            lines.append("| **worst** | " + s.map { v in
                "\(v?.worstLanguage ?? "-") \(DemoFormat.percent(v?.worstSafety))"
            }.joined(separator: " | ") + " |")
        }
        return (lines + [""]).joined(separator: "\n")
    }

    private static func consistencyTable(_ results: [String: EvaluationResults]) -> String {
        let models = DemoPipeline.modelNames.filter { results[$0] != nil }
        let layers = Set(models.flatMap { results[$0]?.consistency.keys.map { $0 } ?? [] })
            .sorted { (Int($0) ?? 0) < (Int($1) ?? 0) }
        var lines = ["### consistency of the raw hidden states (σ₁²/Σσ², eval prompt groups, all languages)", "",
                     "| layer | " + models.joined(separator: " | ") + " |", "|---|" + models.map { _ in "---:|" }.joined()]
        for layer in layers {
            lines.append("| \(layer) | " + models.map { name in
                results[name]?.consistency[layer].map { String(format: "%.3f", $0) } ?? "-"
            }.joined(separator: " | ") + " |")
        }
        return (lines + [""]).joined(separator: "\n")
    }

    /// A self-contained page: the markdown tables as HTML tables, links to the per-model reports.
    private func html(_ markdown: String) -> String {
        var body: [String] = []
        var inTable = false
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("|") {
                if line.hasPrefix("|---") { continue }
                let cells = line.split(separator: "|").map { HTMLReport.escape($0.trimmingCharacters(in: .whitespaces)) }
                let tag = inTable ? "td" : "th"
                if !inTable { body.append("<table>"); inTable = true }
                body.append("<tr>" + cells.map { "<\(tag)>\($0.replacingOccurrences(of: "**", with: ""))</\(tag)>" }.joined() + "</tr>")
                continue
            }
            if inTable { body.append("</table>"); inTable = false }
            if line.hasPrefix("### ") { body.append("<h3>\(HTMLReport.escape(String(line.dropFirst(4))))</h3>") }
            else if line.hasPrefix("# ") { body.append("<h1>\(HTMLReport.escape(String(line.dropFirst(2))))</h1>") }
            else if !line.isEmpty { body.append("<p>\(HTMLReport.escape(line))</p>") }
        }
        if inTable { body.append("</table>") }
        let links = DemoPipeline.modelNames.filter { summary.results[$0] != nil }
            .map { "<a href=\"eval/\($0)/report.html\">\(HTMLReport.escape($0))</a>" }.joined(separator: " · ")
        return """
        <!doctype html><html><head><meta charset="utf-8"><title>AlignOnce demo</title>
        <style>body{font-family:sans-serif;max-width:960px;margin:2em auto}table{border-collapse:collapse;margin:1em 0}
        td,th{border:1px solid #ccc;padding:4px 10px;text-align:right}th{background:#f4f4f4}</style></head><body>
        \(body.joined(separator: "\n"))
        <p>Per-model reports: \(links)</p></body></html>
        """
    }
}
