import Foundation
import Tensor
import Models

/// Trainer state beyond `TrainingState`'s own fields, saved with every checkpoint.
public struct TrainerResumeState: Codable, Equatable, Sendable {
    public var mlcSampler: BatchSampler.Position?
    /// The LoRA dropout stream (advanced by every training forward).
    public var loraDropoutRNG: SplitMix64?
    /// `bco_pair`'s running reward mean.
    public var bco: BCOState?
    public var extractorOptimizer: AdamW.ScalarState?
    public var skippedSteps: Int
    public var consecutiveBadSteps: Int
}

extension Trainer {
    static let parametersTensor = "parameters"
    static let extractorTensor = "extractor.parameters"

    /// Everything the run needs to continue exactly where it is.
    func makeCheckpoint() throws -> Checkpoint {
        let resume = TrainerResumeState(mlcSampler: mlcSampler?.position, loraDropoutRNG: policy.lora?.dropoutRNG,
                                        bco: objective.bcoState, extractorOptimizer: extractorOptimizer?.scalarState,
                                        skippedSteps: skippedSteps, consecutiveBadSteps: consecutiveBadSteps)
        let state = TrainingState(step: step, epoch: sampler.position.epoch, sampler: sampler.position,
                                  rng: SeededGenerator(seed: UInt64(bitPattern: Int64(config.seed))),
                                  optimizer: optimizer.scalarState, configHash: try resumeFingerprint(),
                                  metrics: lastMetrics.filter { $0.value.isFinite }, trainer: resume)
        var tensors: [(name: String, values: [Float])] = [
            (Self.parametersTensor, policy.trainableParameters.array()), ("adamw.m", optimizer.m), ("adamw.v", optimizer.v),
        ]
        if let term = mlc, let extractorOptimizer {
            tensors += [(Self.extractorTensor, term.extractorParameters),
                        ("extractor.adamw.m", extractorOptimizer.m), ("extractor.adamw.v", extractorOptimizer.v)]
        }
        return Checkpoint(state: state, tensors: tensors)
    }

    @discardableResult
    func saveCheckpoint() throws -> URL { try store.save(try makeCheckpoint()) }

    /// Loads a checkpoint of this run's configuration into the trainer.
    func restore(from url: URL) throws {
        let checkpoint = try store.load(url)
        let state = checkpoint.state
        guard state.configHash == (try resumeFingerprint()) else {
            throw AlignOnceError("resume", "checkpoint \(url.path) was written with different settings; "
                + "resume with the run's own config.yaml (only `resume` may differ)")
        }
        guard let extra = state.trainer, let optimizerState = state.optimizer else {
            throw AlignOnceError(url.path, "is not a trainer checkpoint (no optimizer / trainer state)")
        }
        let values = try checkpoint.tensor(Self.parametersTensor)
        guard values.count == policy.trainableParameterCount else {
            throw AlignOnceError(url.path, "holds \(values.count) parameters, this run trains \(policy.trainableParameterCount)")
        }
        values.withUnsafeBufferPointer { src in if let base = src.baseAddress { policy.trainableParameters.pointer.update(from: base, count: values.count) } }
        optimizer = try AdamW(scalarState: optimizerState, m: checkpoint.tensor("adamw.m"), v: checkpoint.tensor("adamw.v"))
        if var term = mlc, let scalars = extra.extractorOptimizer {
            let restored = try checkpoint.tensor(Self.extractorTensor)
            guard restored.count == term.extractorParameters.count else {
                throw AlignOnceError(url.path, "extractor has \(restored.count) values, expected \(term.extractorParameters.count)")
            }
            term.extractorParameters = restored
            mlc = term
            extractorOptimizer = try AdamW(scalarState: scalars, m: checkpoint.tensor("extractor.adamw.m"),
                                           v: checkpoint.tensor("extractor.adamw.v"))
        }
        try sampler.seek(to: state.sampler)
        if let position = extra.mlcSampler { try mlcSampler?.seek(to: position) }
        if let rng = extra.loraDropoutRNG { policy.lora?.dropoutRNG = rng }
        objective.bcoState = extra.bco
        step = state.step
        skippedSteps = extra.skippedSteps
        consecutiveBadSteps = extra.consecutiveBadSteps
        lastMetrics = state.metrics
    }

    /// `resume`: `latest` (this run's newest checkpoint), a run directory, or a checkpoint directory.
    func locateCheckpoint(_ resume: String) throws -> URL {
        let files = FileManager.default
        if resume == "latest" {
            guard let url = CheckpointStore.latest(in: store.directory) else {
                throw AlignOnceError("resume", "no complete checkpoint in \(store.directory.path)")
            }
            return url
        }
        let url = URL(fileURLWithPath: resume)
        if files.fileExists(atPath: url.appendingPathComponent("state.json").path) { return url }
        if let latest = CheckpointStore.latest(in: url.appendingPathComponent("checkpoints")) { return latest }
        throw AlignOnceError("resume", "\(resume) is neither a checkpoint directory (with state.json) "
            + "nor a run directory with a complete checkpoint in checkpoints/")
    }

    /// The config's fingerprint without `resume`, which naturally differs between the runs.
    func resumeFingerprint() throws -> String {
        var settings = config
        settings.resume = nil
        return try settings.fingerprint()
    }
}
