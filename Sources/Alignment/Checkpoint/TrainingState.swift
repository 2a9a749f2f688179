import Foundation
import Tensor

/// The scalar state of a run at a checkpoint (the arrays live in the tensor file).
public struct TrainingState: Codable, Equatable, Sendable {
    /// Optimizer updates completed.
    public var step: Int
    public var epoch: Int
    /// The next batch the sampler will hand out.
    public var sampler: BatchSampler.Position
    /// Generator for everything random besides batch order (dropout, extractor init).
    public var rng: SeededGenerator
    public var optimizer: AdamW.ScalarState?
    /// `TrainConfig.fingerprint()` of the run, to refuse resuming with different settings.
    public var configHash: String
    /// Latest value of each logged metric (the full history is metrics.jsonl).
    public var metrics: [String: Double]
    /// The rest of the trainer's state (MLC sampler, LoRA dropout stream, ...); nil in
    /// checkpoints written outside the trainer.
    public var trainer: TrainerResumeState?

    public init(step: Int, epoch: Int, sampler: BatchSampler.Position, rng: SeededGenerator,
                optimizer: AdamW.ScalarState? = nil, configHash: String, metrics: [String: Double] = [:],
                trainer: TrainerResumeState? = nil) {
        self.trainer = trainer
        self.step = step
        self.epoch = epoch
        self.sampler = sampler
        self.rng = rng
        self.optimizer = optimizer
        self.configHash = configHash
        self.metrics = metrics
    }
}

/// A complete checkpoint: scalar state plus named flat arrays. Conventional names:
/// `parameters` (trainable parameters, flat), `adamw.m`, `adamw.v`, `extractor.weight`,
/// `extractor.bias`.
public struct Checkpoint: Sendable {
    public var state: TrainingState
    public var tensors: [(name: String, values: [Float])]

    public init(state: TrainingState, tensors: [(name: String, values: [Float])]) {
        self.state = state
        self.tensors = tensors
    }

    public func tensor(_ name: String) throws -> [Float] {
        guard let found = tensors.first(where: { $0.name == name }) else {
            throw AlignOnceError("checkpoint step \(state.step)", "has no tensor \"\(name)\" (has \(tensors.map(\.name).joined(separator: ", ")))")
        }
        return found.values
    }
}

/// `state.json`: the state and a checksum of its canonical (sorted-key) JSON encoding, so a
/// damaged number is detected, not just broken syntax.
struct StateEnvelope: Codable {
    var formatVersion: Int
    var stateFnv1a64: String
    var state: TrainingState

    static let currentVersion = 1

    static func canonicalChecksum(_ state: TrainingState) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(format: "%016llx", FNV1a64.hash(try encoder.encode(state)))
    }

    static func encode(_ state: TrainingState) throws -> Data {
        let envelope = StateEnvelope(formatVersion: currentVersion, stateFnv1a64: try canonicalChecksum(state), state: state)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return try encoder.encode(envelope)
    }

    static func decode(_ url: URL) throws -> TrainingState {
        let envelope: StateEnvelope
        do {
            envelope = try JSONDecoder().decode(StateEnvelope.self, from: Data(contentsOf: url))
        } catch {
            throw AlignOnceError(url.path, "unreadable or corrupted checkpoint state (\(error.localizedDescription))")
        }
        guard envelope.formatVersion == currentVersion else {
            throw AlignOnceError(url.path, "checkpoint format version \(envelope.formatVersion), expected \(currentVersion)")
        }
        guard try canonicalChecksum(envelope.state) == envelope.stateFnv1a64 else {
            throw AlignOnceError(url.path, "corrupted checkpoint state (checksum mismatch)")
        }
        return envelope.state
    }
}
