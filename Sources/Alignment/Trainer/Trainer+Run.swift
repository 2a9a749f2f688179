import Foundation
import Tensor
import Models
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a finished run reports.
public struct TrainingSummary: Codable, Equatable, Sendable {
    public var steps: Int
    /// Values of the last logged update (nil when the run did no update).
    public var loss: Double?
    public var objectiveLoss: Double?
    public var mlcLoss: Double?
    public var evalLoss: Double?
    public var skippedSteps: Int
    public var truncation: TruncationReport
    public var truncatedVariants: Int
    public var runDirectory: String
    /// The exported Hugging Face folder (`<output>/final`).
    public var finalModel: String
}

extension Trainer {
    /// Trains to the configured number of updates, then exports `<output>/final` (LoRA merged).
    /// Ctrl-C finishes the current update, writes a checkpoint and throws.
    public func run(progress: Bool = true) throws -> TrainingSummary {
        let logger = try MetricsLogger(url: runDirectory.appendingPathComponent("metrics.jsonl"), discardingAfterStep: step)
        let interrupt = InterruptWatcher()
        defer { interrupt.stop() }
        let firstStep = step  // the bar (and its ETA) covers this session's updates only
        let bar = progress ? ProgressBar(total: totalSteps - firstStep, label: firstStep > 0 ? "train (from \(firstStep))" : "train") : nil
        if progress { report(truncationLine) }
        var evalLoss: Double?
        while step < totalSteps {
            beforeStep?(step, policy)
            var values = try trainStep()
            if config.evalEvery > 0, step % config.evalEvery == 0 {
                values.merge(try evaluate()) { _, new in new }
                evalLoss = values["eval_loss"] ?? evalLoss
            }
            let skipped = values["skipped"] != nil
            if skipped {
                report("step \(step): non-finite loss (\(values["loss"] ?? .nan)) or gradient norm "
                    + "(\(values["grad_norm"] ?? .nan)); update skipped (\(consecutiveBadSteps) in a row)")
            }
            if skipped || step % config.loggingEvery == 0 || step == totalSteps {
                try logger.log(step: step, values)
            }
            lastMetrics = values
            bar?.update(completed: step - firstStep, fields: [("loss", String(format: "%.4f", values["loss"] ?? .nan)),
                                                  ("tok/s", String(format: "%.0f", values["tokens_per_second"] ?? 0))])
            if consecutiveBadSteps >= maxConsecutiveBadSteps {
                throw AlignOnceError("training", "\(consecutiveBadSteps) consecutive updates had a non-finite loss or "
                    + "gradient (last at step \(step)); stopping. Lower learning-rate or check the data; skipped updates "
                    + "change no weight, so the checkpoints in \(store.directory.path) hold the last good ones")
            }
            if config.saveEvery > 0, step % config.saveEvery == 0 { try saveCheckpoint() }
            if interrupt.requested || interruptAfterStep == step {
                let saved = try saveCheckpoint()
                throw AlignOnceError("training", "interrupted after step \(step); checkpoint written to \(saved.path); "
                    + "continue with resume: \(runDirectory.path)")
            }
        }
        if config.evalData != nil, config.evalEvery == 0 || step % config.evalEvery != 0 {
            let values = try evaluate()
            try logger.log(step: step, values)
            evalLoss = values["eval_loss"]
        }
        if config.saveEvery == 0 || step % config.saveEvery != 0 { try saveCheckpoint() }
        bar?.finish(fields: [("loss", String(format: "%.4f", lastMetrics["loss"] ?? .nan))])
        let final = runDirectory.appendingPathComponent("final")
        try pretrained.export(to: final)
        return TrainingSummary(steps: step, loss: lastMetrics["loss"], objectiveLoss: lastMetrics["objective_loss"],
                               mlcLoss: lastMetrics["mlc_loss"], evalLoss: evalLoss, skippedSteps: skippedSteps,
                               truncation: data.truncation, truncatedVariants: data.truncatedVariants,
                               runDirectory: runDirectory.path, finalModel: final.path)
    }

    var truncationLine: String {
        "data: \(data.examples.count) examples (\(data.truncation.truncated) truncated, \(data.truncation.dropped) dropped "
            + "by max-length \(config.maxLength) / max-prompt-length \(config.maxPromptLength)), "
            + "\(data.exampleGroups.compactMap { $0 }.count + data.extraGroups.count) MLC groups "
            + "(\(data.truncatedVariants) variants truncated); \(totalSteps) updates"
    }

    func report(_ line: String) {
        FileHandle.standardError.write(Data(("\n" + line + "\n").utf8))
    }
}

/// Turns SIGINT into a flag the training loop checks between updates. A plain signal handler
/// that only stores to a `sig_atomic_t` (async-signal-safe): on Linux a dispatch signal source
/// never sees a signal whose action is SIG_IGN, and any other action would kill the process.
/// Restores the previous action when stopped.
final class InterruptWatcher {
    nonisolated(unsafe) private static var flag: sig_atomic_t = 0
    private var previous = sigaction()

    init() {
        Self.flag = 0
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = { _ in InterruptWatcher.flag = 1 }
        #else
        action.__sigaction_u.__sa_handler = { _ in InterruptWatcher.flag = 1 }
        #endif
        sigemptyset(&action.sa_mask)
        sigaction(SIGINT, &action, &previous)
    }

    var requested: Bool {
        let raised = Self.flag != 0
        if raised { FileHandle.standardError.write(Data("\ninterrupt: writing a checkpoint after this update\n".utf8)) }
        return raised
    }

    func stop() { sigaction(SIGINT, &previous, nil) }
}
