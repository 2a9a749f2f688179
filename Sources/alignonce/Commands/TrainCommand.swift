import Alignment
import ArgumentParser
import Foundation
import Tensor

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Align a model: SFT / DPO family / SimPO / ORPO, plus the Multi-Lingual Consistency loss.",
        discussion: """
        Settings come from --config (YAML, keys as below), then from flags: every key is also a flag \
        (`--learning-rate 1e-5`, `--lora` alone means true, lists as `--lora-targets q,k,v`). The run \
        directory (`output`) receives config.yaml (the resolved settings), metrics.jsonl, checkpoints/ \
        and final/ (a Hugging Face folder). Ctrl-C finishes the current update, writes a checkpoint and \
        exits non-zero; continue with `--resume <run dir>`.

        Keys and defaults:
        \(TrainCommand.keyTable())
        """)

    @Option(help: "YAML run file (see examples/*.yaml).") var config: String?
    @Flag(help: "No progress bar.") var quiet = false
    @Argument(parsing: .allUnrecognized, help: "Setting overrides: --<key> <value> for any key listed below.")
    var overrides: [String] = []

    func run() throws {
        let base = try config.map { try TrainConfig.load(yamlURL: URL(fileURLWithPath: $0)) } ?? TrainConfig()
        let settings = try base.merging(overrides: try Self.parse(overrides))
        let summary = try Trainer(config: settings).run(progress: !quiet)
        let format = { (value: Double?) in value.map { String(format: "%.4f", $0) } ?? "-" }
        print("""
        trained \(summary.steps) updates (\(summary.skippedSteps) skipped): loss \(format(summary.loss)), \
        objective \(format(summary.objectiveLoss)), mlc \(format(summary.mlcLoss)), eval \(format(summary.evalLoss))
        data: \(summary.truncation.truncated) examples truncated, \(summary.truncation.dropped) dropped, \
        \(summary.truncatedVariants) MLC variants truncated
        model: \(summary.finalModel)
        """)
    }

    /// `--key value`, `--key=value`, or a bare `--key` (true) into key -> text.
    static func parse(_ arguments: [String]) throws -> [String: String] {
        var values: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.hasPrefix("--"), argument.count > 2 else {
                throw AlignOnceError(argument, "expected --<key> [value]; keys: \(TrainConfig.keys.sorted().joined(separator: ", "))")
            }
            let body = String(argument.dropFirst(2))
            if let equals = body.firstIndex(of: "=") {
                values[String(body[..<equals])] = String(body[body.index(after: equals)...])
            } else if index + 1 < arguments.count, !arguments[index + 1].hasPrefix("--") {
                values[body] = arguments[index + 1]
                index += 1
            } else {
                values[body] = "true"
            }
            index += 1
        }
        return values
    }

    /// One line per key: its default (from `TrainConfig()`) and allowed values.
    static func keyTable() -> String {
        let defaults = TrainConfig.defaultValueTexts
        return TrainConfig.keys.map { key in
            let value = defaults[key] ?? "none"
            let allowed = TrainConfig.allowedValues[key].map { " (\($0.joined(separator: "|")))" } ?? ""
            return "  --\(key) \(value)\(allowed)"
        }.joined(separator: "\n")
    }
}
