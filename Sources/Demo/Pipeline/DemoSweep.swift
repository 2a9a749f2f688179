import Foundation
import Tensor
import Models
import Alignment
import Evaluation

/// `alignonce demo --sweep`: one base model, DPO without MLC as the reference row, then DPO+MLC
/// with one MLC setting changed at a time around the defaults (layer, weight, extractor,
/// centering, the English target's rank), then the paper's sv-softmax on the states at four
/// temperatures. Writes `sweep.md` (and `sweep.json`) into the output directory.
public struct DemoSweep {
    public let config: DemoConfig
    public let outputDirectory: URL

    public init(config: DemoConfig, outputDirectory: URL) throws {
        try config.validate()
        self.config = config
        self.outputDirectory = outputDirectory
    }

    public struct Row: Codable, Sendable {
        public var setting: String
        public var mlc: DemoMLCSettings?
        public var results: EvaluationResults
        public var report: DemoAlignmentReport
    }

    /// The settings tried: the default, then each knob varied alone.
    public func settings() -> [DemoMLCSettings] {
        var base = config.mlc
        base.sftCentering = nil  // the sweep trains DPO+MLC only
        var out = [base]
        func add(_ s: DemoMLCSettings) { if !out.contains(s) { out.append(s) } }
        for layer in 1...config.model.layers { var s = base; s.layer = layer; add(s) }
        for weight in [0.1, 0.3, 1, 3] { var s = base; s.weight = weight; add(s) }
        for extractor in DemoExtractor.allCases { var s = base; s.extractor = extractor; add(s) }
        for centering in [MLCCentering.none, .batch, .language] { var s = base; s.centering = centering; add(s) }
        // Each English shift as it is (session 7), and the common moves at ranks 1-3 (session 11).
        if base.anchorRank != nil {
            for rank in [nil, 1, 2, 3] { var s = base; s.anchorRank = rank; add(s) }
        }
        // The paper's loss on the states themselves, at each temperature (τ only shapes sv-softmax).
        var paper = base
        paper.loss = .svSoftmax
        paper.shiftFromBase = false
        for temperature in [0.1, 0.3, 1, 3] { var s = paper; s.temperature = temperature; add(s) }
        return out
    }

    public func run(progress: @escaping (String) -> Void = { _ in }) throws -> [Row] {
        let pipeline = try DemoPipeline(config: config, outputDirectory: outputDirectory)
        var timings = DemoTimings()
        let stage1 = try pipeline.foundation(&timings, progress: progress)
        let evaluator = try pipeline.makeEvaluator(stage1)
        let data = try DemoAlignmentData(stage1.datasets, tokenizer: stage1.tokenizer)
        var rows: [Row] = []
        let baseline = try ObjectiveAligner(data: data, settings: config.alignment, mlc: config.mlc, seed: config.seed,
                                            base: stage1.base)
        let (dpo, dpoReport) = try baseline.align(.dpo, base: stage1.base) { _, _, _ in }
        rows.append(Row(setting: "dpo (no MLC)", mlc: nil, results: try evaluator.evaluate(dpo) { _, _, _ in }.results,
                        report: dpoReport))
        progress("[sweep] " + Self.line(rows[0], holdout: config.holdout))
        for setting in settings() {
            let aligner = try ObjectiveAligner(data: data, settings: config.alignment, mlc: setting, seed: config.seed,
                                               base: stage1.base)
            let (model, report) = try aligner.align(.dpoMLC, base: stage1.base) { _, _, _ in }
            let row = Row(setting: setting.label, mlc: setting, results: try evaluator.evaluate(model) { _, _, _ in }.results,
                          report: report)
            rows.append(row)
            progress("[sweep] " + Self.line(row, holdout: config.holdout))
        }
        let markdown = Self.markdown(rows, config: config)
        try AtomicFile.write(Data(markdown.utf8), to: outputDirectory.appendingPathComponent("sweep.md"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        try AtomicFile.write(encoder.encode(rows), to: outputDirectory.appendingPathComponent("sweep.json"))
        progress(markdown)
        return rows
    }

    static func line(_ row: Row, holdout: String) -> String {
        let s = row.results.summary
        return "\(row.setting): safety avg \(DemoFormat.percent(s.averageSafety)) worst \(DemoFormat.percent(s.worstSafety)) "
            + "\(holdout) \(DemoFormat.percent(row.results.perLanguage[holdout]?.safetyRate)) "
            + "harmless \(DemoFormat.percent(s.averageHarmless)) (worst \(DemoFormat.percent(s.worstHarmless))) over-refusal "
            + "\(DemoFormat.percent(s.averageOverRefusal)) fidelity \(DemoFormat.percent(s.averageFidelity))"
    }

    static func markdown(_ rows: [Row], config: DemoConfig) -> String {
        let low = World.lowResourceLanguages
        var lines = ["| setting | avg safety | worst | \(config.holdout) (holdout) | low-resource min | variance (pp²) "
                        + "| harmless avg / worst | over-refusal | fidelity | mean ppl | raw consistency at MLC layer (train start → end) |",
                     "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
        for row in rows {
            let s = row.results.summary
            let per = row.results.perLanguage
            let lowMin = low.compactMap { per[$0]?.safetyRate }.min()
            let ppl = mean(per.values.compactMap(\.perplexity))
            let consistency = row.report.firstRawConsistency.map { first in
                String(format: "%.3f → %.3f", first, row.report.lastRawConsistency ?? .nan)
            } ?? "-"
            lines.append("| \(row.setting) | \(DemoFormat.percent(s.averageSafety)) | \(s.worstLanguage ?? "-") "
                + "\(DemoFormat.percent(s.worstSafety)) | \(DemoFormat.percent(per[config.holdout]?.safetyRate)) | "
                + "\(DemoFormat.percent(lowMin)) | \(s.varianceSafety.map { String(format: "%.0f", $0 * 10_000) } ?? "-") | "
                + "\(DemoFormat.percent(s.averageHarmless)) / \(DemoFormat.percent(s.worstHarmless)) | "
                + "\(DemoFormat.percent(s.averageOverRefusal)) | \(DemoFormat.percent(s.averageFidelity)) | "
                + "\(String(format: "%.2f", ppl)) | \(consistency) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
