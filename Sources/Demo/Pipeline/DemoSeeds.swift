import Foundation
import Models
import Tensor
import Evaluation

/// `alignonce demo --seeds 1,2,3`: the demo once per seed (`<out>/seed-<n>/`), then
/// `<out>/seeds.md` and `<out>/seeds.json`: every model's summary metrics per seed, their mean
/// over seeds, and each +MLC method against the same method without MLC — the comparison
/// issue #5 asks for ("across 3 seeds: DPO+MLC raises the average and the worst-language
/// safety ... while over-refusal, fidelity and perplexity stay within a few points").
public struct DemoSeedReport {
    /// One model's headline numbers in one run (rates in [0, 1]; nil when not measured).
    public struct Row: Codable, Equatable, Sendable {
        public var averageSafety: Double?
        public var worstSafety: Double?
        public var worstLanguage: String?
        /// Mean and lowest per-language harmless rate: harmful prompts answered without the
        /// compliance's steps, refused or not (`LanguageMetrics.harmlessRate`).
        public var averageHarmless: Double?
        public var worstHarmless: Double?
        /// The held-out language's harmless rate, and the variance of the per-language harmless
        /// rates in pp²: the paper's sense of safety for the held-out and variance rows.
        public var holdoutHarmless: Double?
        public var harmlessVariancePP: Double?
        /// Variance of the per-language safety rates, in percentage points squared.
        public var variancePP: Double?
        public var holdoutSafety: Double?
        /// Lowest safety among the low-resource languages of the run.
        public var lowResourceMinimum: Double?
        public var overRefusal: Double?
        public var fidelity: Double?
        /// Fidelity of the answers to benign requests only (`LanguageMetrics.benignFidelity`).
        public var benignFidelity: Double?
        /// Mean over languages of the held-out text perplexity.
        public var perplexity: Double?

        init(_ results: EvaluationResults, holdout: String) {
            let s = results.summary
            averageSafety = s.averageSafety
            worstSafety = s.worstSafety
            worstLanguage = s.worstLanguage
            averageHarmless = s.averageHarmless
            worstHarmless = s.worstHarmless
            holdoutHarmless = results.perLanguage[holdout]?.harmlessRate
            harmlessVariancePP = s.varianceHarmless.map { $0 * 10_000 }
            variancePP = s.varianceSafety.map { $0 * 10_000 }
            holdoutSafety = results.perLanguage[holdout]?.safetyRate
            lowResourceMinimum = World.lowResourceLanguages.compactMap { results.perLanguage[$0]?.safetyRate }.min()
            overRefusal = s.averageOverRefusal
            fidelity = s.averageFidelity
            benignFidelity = s.averageBenignFidelity
            // Summed in language order, so seeds.json is bit-identical from run to run.
            let ppl = results.perLanguage.sorted { $0.key < $1.key }.compactMap(\.value.perplexity).filter(\.isFinite)
            perplexity = ppl.isEmpty ? nil : ppl.reduce(0, +) / Double(ppl.count)
        }

        init() {}

        /// Every numeric field: what `mean` averages (`worstLanguage`, a name, is not).
        static let numericFields: [WritableKeyPath<Row, Double?>] = [
            \.averageSafety, \.worstSafety, \.averageHarmless, \.worstHarmless, \.holdoutHarmless, \.harmlessVariancePP,
            \.variancePP, \.holdoutSafety,
            \.lowResourceMinimum, \.overRefusal, \.fidelity, \.benignFidelity, \.perplexity,
        ]

        /// Field-wise mean over rows (a field missing in any row is missing in the mean).
        static func mean(_ rows: [Row]) -> Row {
            var row = Row()
            for key in numericFields {
                let values = rows.compactMap { $0[keyPath: key] }
                row[keyPath: key] = values.count == rows.count && !rows.isEmpty ? values.reduce(0, +) / Double(values.count) : nil
            }
            return row
        }
    }

    public let seeds: [UInt64]
    public let holdout: String
    /// rows[model][i] is the model's row for seeds[i].
    public let rows: [String: [Row]]

    /// - Parameter runs: per seed, each model's evaluation results.
    public init(runs: [(seed: UInt64, results: [String: EvaluationResults])], holdout: String) throws {
        guard !runs.isEmpty else { throw AlignOnceError("--seeds", "expected at least one seed") }
        seeds = runs.map(\.seed)
        self.holdout = holdout
        var rows: [String: [Row]] = [:]
        for name in DemoPipeline.modelNames {
            let perSeed = runs.compactMap { $0.results[name].map { Row($0, holdout: holdout) } }
            if perSeed.count == runs.count { rows[name] = perSeed }
        }
        self.rows = rows
    }

    /// Runs the demo of `config` once per seed into `<outputDirectory>/seed-<n>/` and writes
    /// the report into `outputDirectory`.
    public static func run(config: DemoConfig, seeds: [UInt64], outputDirectory: URL,
                           progress: @escaping (String) -> Void = { _ in }) throws -> DemoSeedReport {
        var runs: [(seed: UInt64, results: [String: EvaluationResults])] = []
        for seed in seeds {
            var seeded = config
            seeded.seed = seed
            progress("== seed \(seed) ==")
            let summary = try DemoPipeline(config: seeded, outputDirectory: outputDirectory.appendingPathComponent("seed-\(seed)"))
                .run(progress: progress)
            runs.append((seed, summary.results))
        }
        let report = try DemoSeedReport(runs: runs, holdout: config.holdout)
        try report.write(to: outputDirectory)
        return report
    }

    public var means: [String: Row] { rows.mapValues(Row.mean) }

    /// Models present in every run, in the demo's order.
    var models: [String] { DemoPipeline.modelNames.filter { rows[$0] != nil } }

    public func write(to directory: URL) throws {
        struct File: Encodable {
            let seeds: [UInt64]
            let holdout: String
            let perSeed: [String: [Row]]
            let mean: [String: Row]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        let json = try encoder.encode(File(seeds: seeds, holdout: holdout, perSeed: rows, mean: means))
        for (data, name) in [(json, "seeds.json"), (Data(markdown().utf8), "seeds.md")] {
            try AtomicFile.write(data, to: directory.appendingPathComponent(name))
        }
    }

    /// The metrics table (mean over seeds, per-seed values in brackets) and the MLC comparison.
    public func markdown() -> String {
        // (label, field, scale, format): rates as percent, variance in pp², perplexity as is.
        let metrics: [(String, KeyPath<Row, Double?>, Double, String)] = [
            ("average safety %", \.averageSafety, 100, "%.0f"), ("worst-language safety %", \.worstSafety, 100, "%.0f"),
            ("\(holdout) (held out of MLC) safety %", \.holdoutSafety, 100, "%.0f"),
            ("lowest low-resource safety %", \.lowResourceMinimum, 100, "%.0f"),
            ("variance across languages (pp²)", \.variancePP, 1, "%.0f"),
            ("average harmless % (no harmful content, refused or not)", \.averageHarmless, 100, "%.0f"),
            ("worst-language harmless %", \.worstHarmless, 100, "%.0f"),
            ("\(holdout) (held out of MLC) harmless %", \.holdoutHarmless, 100, "%.0f"),
            ("variance of harmless across languages (pp²)", \.harmlessVariancePP, 1, "%.0f"),
            ("over-refusal %", \.overRefusal, 100, "%.0f"),
            ("language fidelity %", \.fidelity, 100, "%.0f"),
            ("fidelity of benign answers %", \.benignFidelity, 100, "%.0f"), ("mean perplexity", \.perplexity, 1, "%.2f"),
        ]
        func cell(_ value: Double?, _ scale: Double, _ format: String) -> String {
            guard let value, value.isFinite else { return "-" }
            return String(format: format, value * scale)
        }
        let seedList = seeds.map(String.init).joined(separator: ", ")
        var lines = ["# AlignOnce demo over seeds \(seedList) (holdout \(holdout))", "",
                     "Mean over the seeds; the per-seed values in brackets.", "",
                     "| metric | " + models.joined(separator: " | ") + " |",
                     "|---|" + models.map { _ in "---:|" }.joined()]
        for (label, key, scale, format) in metrics {
            let cells = models.map { name -> String in
                let perSeed = (rows[name] ?? []).map { cell($0[keyPath: key], scale, format) }.joined(separator: ", ")
                return "\(cell(means[name]?[keyPath: key], scale, format)) [\(perSeed)]"
            }
            lines.append("| \(label) | " + cells.joined(separator: " | ") + " |")
        }
        // (header, field, scale, format) of each Δ column: points for rates, pp² for variances.
        let deltas: [(String, KeyPath<Row, Double?>, Double, String)] = [
            ("Δ average safety", \.averageSafety, 100, "%+.0f"), ("Δ worst", \.worstSafety, 100, "%+.0f"),
            ("Δ \(holdout)", \.holdoutSafety, 100, "%+.0f"), ("Δ variance (pp²)", \.variancePP, 1, "%+.0f"),
            ("Δ average harmless", \.averageHarmless, 100, "%+.0f"), ("Δ worst harmless", \.worstHarmless, 100, "%+.0f"),
            ("Δ \(holdout) harmless", \.holdoutHarmless, 100, "%+.0f"),
            ("Δ harmless variance (pp²)", \.harmlessVariancePP, 1, "%+.0f"),
            ("Δ over-refusal", \.overRefusal, 100, "%+.0f"), ("Δ fidelity", \.fidelity, 100, "%+.0f"),
            ("Δ benign fidelity", \.benignFidelity, 100, "%+.0f"), ("Δ perplexity", \.perplexity, 1, "%+.2f"),
        ]
        lines += ["", "## MLC against the same method without it (mean over seeds, percentage points)", "",
                  "| comparison | " + deltas.map(\.0).joined(separator: " | ") + " |",
                  "|---|" + deltas.map { _ in "---:|" }.joined()]
        for (with, without) in [("sft+mlc", "sft"), ("dpo+mlc", "dpo")] {
            guard let a = means[with], let b = means[without] else { continue }
            let cells = deltas.map { _, key, scale, format -> String in
                guard let x = a[keyPath: key], let y = b[keyPath: key] else { return "-" }
                return String(format: format, (x - y) * scale)
            }
            lines.append("| \(with) vs \(without) | " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
