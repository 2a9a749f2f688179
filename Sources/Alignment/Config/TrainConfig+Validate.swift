import Foundation
import Models
import Tensor

extension TrainConfig {
    /// Checks ranges and cross-key rules; the error names the offending key.
    public func validate() throws {
        func fail(_ key: String, _ problem: String) -> AlignOnceError { AlignOnceError(key, problem) }
        func require(_ condition: Bool, _ key: String, _ problem: @autoclosure () -> String) throws {
            if !condition { throw fail(key, problem()) }
        }

        try require(!(model ?? "").isEmpty, "model", "required: the model directory")
        try require(!(data ?? "").isEmpty, "data", "required: the training JSONL file")
        try require(!output.isEmpty, "output", "must name a run directory")

        switch objective {
        case .dpo: break
        case .simpo:
            try require(lossType == .sigmoid, "loss-type", "SimPO implements the sigmoid loss only, got \(lossType.rawValue)")
        case .sft, .orpo:
            try require(lossType == .sigmoid, "loss-type", "only pairwise DPO/SimPO use a loss type; \(objective.rawValue) needs the default sigmoid, got \(lossType.rawValue)")
        }
        try require(beta > 0 && beta.isFinite, "beta", "must be a positive number, got \(beta)")
        try require(labelSmoothing >= 0 && labelSmoothing < 0.5, "label-smoothing", "must be in [0, 0.5), got \(labelSmoothing)")
        try require(labelSmoothing == 0 || lossType == .sigmoid || lossType == .robust, "label-smoothing",
                    "only applies to the sigmoid and robust losses, got loss-type \(lossType.rawValue)")
        try require(simpoGamma >= 0 && simpoGamma.isFinite, "simpo-gamma", "must be >= 0, got \(simpoGamma)")
        try require(cpoAlpha >= 0 && cpoAlpha.isFinite, "cpo-alpha", "must be >= 0, got \(cpoAlpha)")
        try require(rpoAlpha >= 0 && rpoAlpha.isFinite, "rpo-alpha", "must be >= 0, got \(rpoAlpha)")
        try require(rpoAlpha == 0 || objective == .dpo, "rpo-alpha", "only applies to DPO, got objective \(objective.rawValue)")

        try require(mlcWeight >= 0 && mlcWeight.isFinite, "mlc-weight", "must be >= 0, got \(mlcWeight)")
        try require(mlcTemperature > 0 && mlcTemperature.isFinite, "mlc-temperature", "must be > 0, got \(mlcTemperature)")
        if let layers = mlcLayers {
            try require(!layers.isEmpty, "mlc-layers", "must list at least one layer (or be absent for the middle layer)")
            try require(Set(layers).count == layers.count, "mlc-layers", "lists a layer twice: \(layers)")
        }
        if let dim = mlcExtractorDim {
            try require(dim >= 1, "mlc-extractor-dim", "must be >= 1, got \(dim)")
        }
        try require(!mlcShift || mlc != .none, "mlc-shift", "needs an MLC loss (e.g. mlc: anchor-mse), got mlc: none")
        if let rank = mlcAnchorRank {
            try require(rank >= 1, "mlc-anchor-rank", "must be >= 1 (or absent), got \(rank)")
            try require(mlcShift && mlc.needsAnchor && mlcDetachAnchor, "mlc-anchor-rank",
                        "needs mlc-shift: true and a detached anchor loss (mlc: anchor-mse), got mlc: \(mlc.rawValue), mlc-shift: \(mlcShift)")
        }
        if let mu = mlcLanguageGuard {
            try require(mu >= 0 && mu.isFinite, "mlc-language-guard", "must be >= 0 (or absent), got \(mu)")
            try require(mlc != .none, "mlc-language-guard", "needs an MLC loss, got mlc: none")
            try require(mlcLanguageText != nil, "mlc-language-guard",
                        "needs mlc-language-text, a JSONL file of {\"lang\", \"text\"} records in each MLC language")
        }
        try require(mlcLanguageText == nil || mlcLanguageGuard != nil, "mlc-language-text",
                    "is only read by mlc-language-guard, which is not set")
        try require(!mlc.needsAnchor || !mlcAnchor.isEmpty, "mlc-anchor", "the anchor loss needs an anchor language")

        try require(learningRate > 0 && learningRate.isFinite, "learning-rate", "must be > 0, got \(learningRate)")
        try require(minLrRatio >= 0 && minLrRatio <= 1, "min-lr-ratio", "must be in [0, 1], got \(minLrRatio)")
        try require(warmupSteps >= 0, "warmup-steps", "must be >= 0, got \(warmupSteps)")
        try require(warmupRatio >= 0 && warmupRatio <= 1, "warmup-ratio", "must be in [0, 1], got \(warmupRatio)")
        try require(weightDecay >= 0 && weightDecay.isFinite, "weight-decay", "must be >= 0, got \(weightDecay)")
        try require(maxGradNorm >= 0 && maxGradNorm.isFinite, "max-grad-norm", "must be >= 0 (0 disables clipping), got \(maxGradNorm)")
        try require(batchSize >= 1, "batch-size", "must be >= 1, got \(batchSize)")
        try require(gradientAccumulationSteps >= 1, "gradient-accumulation-steps", "must be >= 1, got \(gradientAccumulationSteps)")
        try require(epochs >= 1, "epochs", "must be >= 1, got \(epochs)")
        if let maxSteps {
            try require(maxSteps >= 1, "max-steps", "must be >= 1 (or absent to train for `epochs`), got \(maxSteps)")
        }

        try require(maxLength >= 2, "max-length", "must be >= 2, got \(maxLength)")
        try require(maxPromptLength >= 1 && maxPromptLength < maxLength, "max-prompt-length",
                    "must be in [1, max-length) so responses keep at least one token, got \(maxPromptLength) with max-length \(maxLength)")

        try require(evalEvery >= 0, "eval-every", "must be >= 0, got \(evalEvery)")
        try require(saveEvery >= 0, "save-every", "must be >= 0, got \(saveEvery)")
        try require(saveTotalLimit >= 0, "save-total-limit", "must be >= 0 (0 keeps all), got \(saveTotalLimit)")
        try require(loggingEvery >= 1, "logging-every", "must be >= 1, got \(loggingEvery)")

        try require(loraRank >= 1, "lora-rank", "must be >= 1, got \(loraRank)")
        try require(loraAlpha > 0 && loraAlpha.isFinite, "lora-alpha", "must be > 0, got \(loraAlpha)")
        try require(loraDropout >= 0 && loraDropout < 1, "lora-dropout", "must be in [0, 1), got \(loraDropout)")
        try require(!lora || !loraTargets.isEmpty, "lora-targets", "must list at least one of \(LoRATarget.allCases.map(\.rawValue).joined(separator: ", "))")
        try require(Set(loraTargets).count == loraTargets.count, "lora-targets", "lists a target twice")
        if let resume {
            try require(!resume.isEmpty, "resume", "must be `latest` or a checkpoint directory")
        }
    }
}
