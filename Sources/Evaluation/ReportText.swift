import Foundation

/// Number formatting shared by the terminal table, Markdown and HTML reports.
enum ReportFormat {
    static let missing = "—"

    static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return missing }
        return String(format: "%.1f%%", value * 100)
    }

    static func number(_ value: Double?, digits: Int = 2) -> String {
        guard let value, value.isFinite else { return missing }
        return String(format: "%.\(digits)f", value)
    }

    /// Signed difference in percentage points, e.g. "+12.5 pp".
    static func delta(_ value: Double?, _ baseline: Double?) -> String {
        guard let value, let baseline, value.isFinite, baseline.isFinite else { return missing }
        return String(format: "%+.1f pp", (value - baseline) * 100)
    }

    /// Rows of cells laid out in columns padded to the widest cell; the first column is
    /// left-aligned, the others right-aligned (they hold numbers).
    static func alignedTable(_ rows: [[String]]) -> String {
        guard let columnCount = rows.map(\.count).max() else { return "" }
        var widths = [Int](repeating: 0, count: columnCount)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        var lines: [String] = []
        for (rowIndex, row) in rows.enumerated() {
            let cells = row.enumerated().map { index, cell -> String in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return index == 0 ? cell + padding : padding + cell
            }
            lines.append(cells.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
            if rowIndex == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
        return lines.joined(separator: "\n")
    }
}

/// The plain-text and Markdown renderings of results.
public enum ResultsText {
    /// Per-language table and summary for the terminal.
    public static func terminalTable(_ results: EvaluationResults, baseline: EvaluationResults? = nil) -> String {
        let harmless = results.measuresHarmlessness
        var header = ["lang", "safety", "over-refusal", "fidelity", "perplexity", "n_harmful", "n_benign"]
        if harmless { header.insert("harmless", at: 2) }
        if baseline != nil { header.insert(contentsOf: ["baseline", "Δ safety"], at: 2) }
        var rows = [header]
        for lang in results.languages {
            guard let metrics = results.perLanguage[lang] else { continue }
            var row = [lang, ReportFormat.percent(metrics.safetyRate), ReportFormat.percent(metrics.overRefusalRate),
                       ReportFormat.percent(metrics.fidelity), ReportFormat.number(metrics.perplexity),
                       String(metrics.nHarmful), String(metrics.nBenign)]
            if harmless { row.insert(ReportFormat.percent(metrics.harmlessRate), at: 2) }
            if let baseline {
                let base = baseline.perLanguage[lang]?.safetyRate
                row.insert(contentsOf: [ReportFormat.percent(base), ReportFormat.delta(metrics.safetyRate, base)], at: 2)
            }
            rows.append(row)
        }
        return ReportFormat.alignedTable(rows) + "\n\n" + summaryLines(results.summary, baseline: baseline?.summary).joined(separator: "\n")
            + consistencyText(results)
    }

    static func summaryLines(_ summary: EvaluationSummary, baseline: EvaluationSummary?) -> [String] {
        func withBaseline(_ value: String, _ base: String?) -> String {
            guard let base else { return value }
            return "\(value) (baseline \(base))"
        }
        var lines = [
            "average safety:  " + withBaseline(ReportFormat.percent(summary.averageSafety), baseline.map { ReportFormat.percent($0.averageSafety) }),
            "safety variance: " + withBaseline(ReportFormat.number(summary.varianceSafety, digits: 4), baseline.map { ReportFormat.number($0.varianceSafety, digits: 4) }),
            "worst language:  " + (summary.worstLanguage.map { "\($0) (\(ReportFormat.percent(summary.worstSafety)))" } ?? ReportFormat.missing),
            "agreement:       " + withBaseline(ReportFormat.percent(summary.agreement), baseline.map { ReportFormat.percent($0.agreement) })
                + " over \(summary.agreementGroups) groups",
        ]
        if summary.averageBenignFidelity != nil {
            lines.append("fidelity:        " + withBaseline(ReportFormat.percent(summary.averageFidelity), baseline.map { ReportFormat.percent($0.averageFidelity) })
                + " of answers, " + withBaseline(ReportFormat.percent(summary.averageBenignFidelity), baseline.map { ReportFormat.percent($0.averageBenignFidelity) })
                + " of the answers to benign requests")
        }
        if summary.averageHarmless != nil {
            lines.append("harmless:        " + withBaseline(ReportFormat.percent(summary.averageHarmless), baseline.map { ReportFormat.percent($0.averageHarmless) })
                + ", lowest language \(ReportFormat.percent(summary.worstHarmless))")
        }
        if summary.mcQuestions > 0 {
            lines.append("MC accuracy:     " + withBaseline(ReportFormat.percent(summary.mcAccuracy), baseline.map { ReportFormat.percent($0.mcAccuracy) })
                + " on \(summary.mcQuestions) questions")
        }
        return lines
    }

    static func consistencyText(_ results: EvaluationResults) -> String {
        let layers = results.consistencyLayers
        guard !layers.isEmpty else { return "" }
        return "\nconsistency:     " + layers.map { "layer \($0.layer) \(ReportFormat.number($0.score, digits: 3))" }.joined(separator: ", ")
    }

    /// `report.md`.
    public static func markdown(_ results: EvaluationResults, baseline: EvaluationResults? = nil, title: String = "AlignOnce evaluation") -> String {
        var out = "# \(markdownEscape(title))\n\n## Per language\n\n"
        let harmless = results.measuresHarmlessness
        var header = ["Language", "Safety", "Over-refusal", "Fidelity", "Perplexity", "Harmful", "Benign"]
        if harmless { header.insert("Harmless", at: 2) }
        if baseline != nil { header.insert(contentsOf: ["Baseline safety", "Δ safety", "Baseline over-refusal"], at: 2) }
        out += "| " + header.joined(separator: " | ") + " |\n|" + header.map { _ in "---" }.joined(separator: "|") + "|\n"
        for lang in results.languages {
            guard let m = results.perLanguage[lang] else { continue }
            var row = [markdownEscape(lang), ReportFormat.percent(m.safetyRate), ReportFormat.percent(m.overRefusalRate),
                       ReportFormat.percent(m.fidelity), ReportFormat.number(m.perplexity), String(m.nHarmful), String(m.nBenign)]
            if harmless { row.insert(ReportFormat.percent(m.harmlessRate), at: 2) }
            if let baseline {
                let base = baseline.perLanguage[lang]
                row.insert(contentsOf: [ReportFormat.percent(base?.safetyRate), ReportFormat.delta(m.safetyRate, base?.safetyRate),
                                        ReportFormat.percent(base?.overRefusalRate)], at: 2)
            }
            out += "| " + row.joined(separator: " | ") + " |\n"
        }
        out += "\n## Summary\n\n"
        out += summaryLines(results.summary, baseline: baseline?.summary).map { "- " + markdownEscape($0) }.joined(separator: "\n") + "\n"
        out += "\nSafety variance is the population variance of the per-language safety rates (rates in [0, 1]). "
        out += "Agreement is the share of prompt groups spanning at least two languages in which every translation got the same refuse/comply decision.\n"
        if harmless {
            out += "Safety counts refusals; harmless counts harmful prompts answered without any of the suite's unsafe markers, refused or not.\n"
        }
        let layers = results.consistencyLayers
        if !layers.isEmpty {
            out += "\n## Representation consistency\n\n| Layer | Score |\n|---|---|\n"
            out += layers.map { "| \(markdownEscape($0.layer)) | \(ReportFormat.number($0.score, digits: 3)) |" }.joined(separator: "\n") + "\n"
        }
        if !results.summary.mcAccuracyByLanguage.isEmpty {
            out += "\n## Multiple choice\n\n| Language | Accuracy |\n|---|---|\n"
            out += results.summary.mcAccuracyByLanguage.keys.sorted().map {
                "| \(markdownEscape($0)) | \(ReportFormat.percent(results.summary.mcAccuracyByLanguage[$0])) |"
            }.joined(separator: "\n") + "\n"
        }
        return out
    }

    /// Keeps user text from breaking Markdown tables or injecting HTML into rendered Markdown.
    static func markdownEscape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
