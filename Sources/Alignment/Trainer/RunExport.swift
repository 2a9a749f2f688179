import Foundation
import Tensor
import Models

/// `alignonce export`: a run's checkpoint as a Hugging Face folder (LoRA merged, tokenizer files
/// copied), without loading the training data.
public enum RunExport {
    /// `run`: a run directory (its newest checkpoint) or `checkpoint`: one checkpoint directory
    /// (`<run>/checkpoints/step-N`); the run's `config.yaml` names the model and LoRA settings.
    public static func export(run: URL?, checkpoint: URL?, to destination: URL, dtype: SafetensorsDType = .f32) throws {
        let (runDirectory, checkpointDirectory) = try locate(run: run, checkpoint: checkpoint)
        let config = try TrainConfig.load(yamlURL: runDirectory.appendingPathComponent("config.yaml"))
        let pretrained = try Trainer.loadPolicy(config)
        let store = CheckpointStore(directory: checkpointDirectory.deletingLastPathComponent())
        let values = try store.load(checkpointDirectory).tensor(Trainer.parametersTensor)
        let target = pretrained.model.lora?.parameters ?? pretrained.model.parameters
        guard values.count == target.count else {
            throw AlignOnceError(checkpointDirectory.path, "holds \(values.count) trainable values; the run's config "
                + "(model \(config.model ?? "?"), lora \(config.lora)) implies \(target.count)")
        }
        values.withUnsafeBufferPointer { src in if let base = src.baseAddress { target.pointer.update(from: base, count: values.count) } }
        try pretrained.export(to: destination, dtype: dtype)
    }

    private static func locate(run: URL?, checkpoint: URL?) throws -> (run: URL, checkpoint: URL) {
        switch (run, checkpoint) {
        case let (run?, nil):
            guard let latest = CheckpointStore.latest(in: run.appendingPathComponent("checkpoints")) else {
                throw AlignOnceError("--run", "\(run.path) has no complete checkpoint in checkpoints/")
            }
            return (run, latest)
        case let (nil, checkpoint?):
            // <run>/checkpoints/step-N
            return (checkpoint.deletingLastPathComponent().deletingLastPathComponent(), checkpoint)
        default:
            throw AlignOnceError("--run / --checkpoint", "give exactly one of them")
        }
    }
}
