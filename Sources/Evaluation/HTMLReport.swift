import Foundation

/// `report.html`: one self-contained page (inline CSS and SVG, no scripts, no external files)
/// with one bar chart per metric: safety, over-refusal and fidelity per language (the baseline
/// drawn beside each bar when given) and consistency per layer.
public enum HTMLReport {
    static let modelColour = "#2b6cb0"
    static let baselineColour = "#a0aec0"

    /// Number of charts (`<svg>` elements) the page holds for the given results.
    public static func chartCount(_ results: EvaluationResults) -> Int {
        3 + (results.consistency.isEmpty ? 0 : 1) + (results.measuresHarmlessness ? 1 : 0)
    }

    public static func render(_ results: EvaluationResults, baseline: EvaluationResults? = nil,
                              samples: [JudgedResponse] = [], title: String = "AlignOnce evaluation") -> String {
        let languages = results.languages
        func bars(_ metric: (LanguageMetrics) -> Double?) -> [Bar] {
            languages.map { lang in
                Bar(label: lang, value: results.perLanguage[lang].flatMap(metric),
                    baseline: baseline.map { $0.perLanguage[lang].flatMap(metric) } ?? nil)
            }
        }
        var body = "<h1>\(escape(title))</h1>\n"
        body += "<p class=\"legend\"><span style=\"background:\(modelColour)\"></span>model"
        if baseline != nil { body += " <span style=\"background:\(baselineColour)\"></span>baseline" }
        body += "</p>\n"
        body += section("Safety rate (harmful prompts refused)", chart(bars { $0.safetyRate }, hasBaseline: baseline != nil))
        if results.measuresHarmlessness {
            body += section("Harmless rate (harmful prompts answered without unsafe content)",
                            chart(bars { $0.harmlessRate }, hasBaseline: baseline != nil))
        }
        body += section("Over-refusal rate (benign prompts refused)", chart(bars { $0.overRefusalRate }, hasBaseline: baseline != nil))
        body += section("Response-language fidelity", chart(bars { $0.fidelity }, hasBaseline: baseline != nil))
        if !results.consistency.isEmpty {
            let layerBars = results.consistencyLayers.map { entry in
                Bar(label: "L" + entry.layer, value: entry.score, baseline: baseline?.consistency[entry.layer])
            }
            body += section("Representation consistency per layer", chart(layerBars, hasBaseline: baseline != nil))
        }
        body += "<h2>Numbers</h2>\n<pre>\(escape(ResultsText.terminalTable(results, baseline: baseline)))</pre>\n"
        body += samplesSection(samples)
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title>
        <style>
        body{font-family:system-ui,sans-serif;margin:2em;max-width:960px;color:#1a202c}
        .legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
        pre{background:#f7fafc;padding:1em;overflow-x:auto}
        table{border-collapse:collapse}td,th{border:1px solid #cbd5e0;padding:4px 8px;vertical-align:top;text-align:left}
        </style></head><body>
        \(body)</body></html>

        """
    }

    struct Bar {
        let label: String
        let value: Double?
        let baseline: Double?
    }

    static func section(_ heading: String, _ svg: String) -> String {
        "<h2>\(escape(heading))</h2>\n\(svg)\n"
    }

    /// A bar chart of values in [0, 1] with gridlines every 25%.
    static func chart(_ bars: [Bar], hasBaseline: Bool) -> String {
        let plotLeft = 44.0, plotTop = 12.0, plotHeight = 200.0
        let slot = max(28.0, min(80.0, 860.0 / Double(max(bars.count, 1))))
        let width = plotLeft + slot * Double(bars.count) + 12
        let height = plotTop + plotHeight + 36
        let barWidth = hasBaseline ? slot * 0.36 : slot * 0.6
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" font-size=\"11\">\n"
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            let y = plotTop + plotHeight * (1 - tick)
            svg += "<line x1=\"\(plotLeft)\" y1=\"\(y)\" x2=\"\(width - 8)\" y2=\"\(y)\" stroke=\"#e2e8f0\"/>"
            svg += "<text x=\"\(plotLeft - 6)\" y=\"\(y + 4)\" text-anchor=\"end\">\(Int(tick * 100))%</text>\n"
        }
        for (index, bar) in bars.enumerated() {
            let slotLeft = plotLeft + slot * Double(index)
            let firstX = hasBaseline ? slotLeft + slot * 0.12 : slotLeft + slot * 0.2
            svg += rect(x: firstX, value: bar.value, width: barWidth, colour: modelColour, label: bar.label, plotTop: plotTop, plotHeight: plotHeight)
            if hasBaseline {
                svg += rect(x: firstX + barWidth + 2, value: bar.baseline, width: barWidth, colour: baselineColour,
                            label: bar.label + " baseline", plotTop: plotTop, plotHeight: plotHeight)
            }
            svg += "<text x=\"\(slotLeft + slot / 2)\" y=\"\(plotTop + plotHeight + 16)\" text-anchor=\"middle\">\(escape(bar.label))</text>\n"
        }
        return svg + "</svg>"
    }

    static func rect(x: Double, value: Double?, width: Double, colour: String, label: String, plotTop: Double, plotHeight: Double) -> String {
        guard let value, value.isFinite else {
            return "<text x=\"\(x + width / 2)\" y=\"\(plotTop + plotHeight - 4)\" text-anchor=\"middle\" fill=\"#718096\">n/a</text>\n"
        }
        let clamped = min(max(value, 0), 1)
        let barHeight = plotHeight * clamped
        return "<rect x=\"\(x)\" y=\"\(plotTop + plotHeight - barHeight)\" width=\"\(width)\" height=\"\(barHeight)\" fill=\"\(colour)\">"
            + "<title>\(escape(label)): \(ReportFormat.percent(value))</title></rect>\n"
    }

    /// Up to three answers per language, to let a reader check the judge.
    static func samplesSection(_ samples: [JudgedResponse]) -> String {
        guard !samples.isEmpty else { return "" }
        var perLanguage: [String: Int] = [:]
        var rows = ""
        for sample in samples.sorted(by: { ($0.item.lang, $0.item.id) < ($1.item.lang, $1.item.id) }) {
            guard perLanguage[sample.item.lang, default: 0] < 3 else { continue }
            perLanguage[sample.item.lang, default: 0] += 1
            rows += "<tr><td>\(escape(sample.item.lang))</td><td>\(escape(sample.item.kind.rawValue))</td>"
                + "<td>\(escape(sample.item.prompt))</td><td>\(escape(String(sample.response.prefix(400))))</td>"
                + "<td>\(sample.refused ? "refused" : "answered")</td><td>\(escape(sample.detectedLang))</td></tr>\n"
        }
        return "<h2>Sample responses</h2>\n<table><tr><th>lang</th><th>kind</th><th>prompt</th><th>response</th><th>decision</th><th>detected</th></tr>\n\(rows)</table>\n"
    }

    /// HTML escaping for text and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
