import Foundation
import Tensor
import Models

/// A training run, entirely described by a `TrainConfig`: the model folder, the data, the
/// objective (+ MLC), the optimiser and the run directory (`output`), where it writes
/// `config.yaml`, `metrics.jsonl`, `checkpoints/` and, at the end, the Hugging Face folder `final/`.
///
///     let summary = try Trainer(config: config).run()
///
/// Every source of randomness (batch order, MLC batch order, LoRA dropout, extractor init) is
/// seeded from `seed` and saved in checkpoints, so a resumed run reproduces the losses of an
/// uninterrupted one bit for bit.
public final class Trainer {
    public let config: TrainConfig
    public let runDirectory: URL
    let pretrained: PretrainedModel
    var policy: LlamaModel { pretrained.model }
    let data: TrainingData
    let evalData: TrainingData?
    var objective: TrainingObjective
    var evalObjective: TrainingObjective?
    var mlc: MLCTerm?
    var optimizer: AdamW
    var extractorOptimizer: AdamW?
    /// Gradients of the trainable parameters (the LoRA adapters' or the whole model's).
    let gradients: FloatBuffer
    var sampler: BatchSampler
    var mlcSampler: BatchSampler?
    public internal(set) var step = 0
    var skippedSteps = 0
    var consecutiveBadSteps = 0
    var lastMetrics: [String: Double] = [:]
    let totalSteps: Int
    let schedule: LRSchedule
    let store: CheckpointStore

    /// Consecutive steps with a non-finite loss or gradient after which training stops.
    public var maxConsecutiveBadSteps = 5
    /// Test hooks: called before each update with its index; stop as on Ctrl-C after a step.
    var beforeStep: ((Int, LlamaModel) -> Void)?
    var interruptAfterStep: Int?

    public init(config: TrainConfig) throws {
        try config.validate()
        self.config = config
        runDirectory = URL(fileURLWithPath: config.output)
        try Self.createDirectory(runDirectory)

        let seed = UInt64(bitPattern: Int64(config.seed))
        var reference: LlamaModel?
        // The reference is the starting weights: a frozen copy taken before any update (with
        // LoRA the base weights, which stay frozen anyway).
        let pretrained = try Self.loadPolicy(config) { base in
            if config.objective == .dpo || config.mlcShift { reference = Self.copy(base) }
        }
        self.pretrained = pretrained

        let model = pretrained.model
        let data = try TrainingData.load(URL(fileURLWithPath: config.data ?? ""), mlcData: config.mlcData.map { URL(fileURLWithPath: $0) },
                                         config: config, model: pretrained)
        let evalData = try config.evalData.map { try TrainingData.load(URL(fileURLWithPath: $0), mlcData: nil, config: config, model: pretrained) }
        self.data = data
        self.evalData = evalData
        mlc = data.hasMLCGroups ? try MLCTerm(config: config, model: model.config) : nil
        if config.mlcShift {
            mlc?.shiftReference = reference
            mlc?.anchorRank = config.mlcAnchorRank
        }
        if mlc != nil, let mu = config.mlcLanguageGuard, let path = config.mlcLanguageText {
            mlc?.languageGuard = try Self.languageGuard(weight: mu, text: URL(fileURLWithPath: path), data: data,
                                                        anchor: config.mlcAnchor, model: pretrained)
        }

        let referenceSources = try Self.referenceSources(config: config, reference: config.objective == .dpo ? reference : nil,
                                                         data: data, evalData: evalData,
                                                         runDirectory: runDirectory)
        objective = try TrainingObjective(config: config, reference: referenceSources.train)
        evalObjective = try evalData.map { _ in try TrainingObjective(config: config, reference: referenceSources.eval) }

        gradients = FloatBuffer(count: model.trainableParameterCount)
        let noDecay = model.lora != nil ? [] : model.layout.entries.filter { ParameterLayout.isNormOrBias($0.name) }
            .map(\.range).sorted { $0.lowerBound < $1.lowerBound }
        optimizer = try AdamW(parameterCount: model.trainableParameterCount, learningRate: config.learningRate,
                              weightDecay: config.weightDecay, noDecayRanges: noDecay)
        if let term = mlc, term.extractors != nil {
            extractorOptimizer = try AdamW(parameterCount: term.extractorParameters.count, learningRate: config.learningRate,
                                           weightDecay: config.weightDecay, noDecayRanges: term.extractorBiasRanges)
        }
        sampler = try BatchSampler(count: data.examples.count, batchSize: config.batchSize, seed: seed)
        if mlc != nil, !data.extraGroups.isEmpty {
            mlcSampler = try BatchSampler(count: data.extraGroups.count, batchSize: config.batchSize, seed: seed &+ 1)
        }
        totalSteps = config.totalUpdates(exampleCount: data.examples.count)
        schedule = config.schedule(totalSteps: totalSteps)
        store = CheckpointStore(directory: runDirectory.appendingPathComponent("checkpoints"), keepLast: config.saveTotalLimit)
        if let resume = config.resume {
            try restore(from: try locateCheckpoint(resume))
        } else if let existing = CheckpointStore.latest(in: store.directory) {
            // A fresh run would interleave its checkpoints and metrics with another run's.
            throw AlignOnceError("output", "\(runDirectory.path) already holds a run (checkpoint \(existing.lastPathComponent)); "
                + "continue it with resume: \(runDirectory.path), or choose another output directory")
        }
        try AtomicFile.write(Data(try config.yaml().utf8), to: runDirectory.appendingPathComponent("config.yaml"))
    }

    /// The model folder of `config` with the chat template it names and, with `lora`, freshly
    /// initialised adapters (attached after `beforeAdapters` has seen the base model).
    public static func loadPolicy(_ config: TrainConfig, beforeAdapters: (LlamaModel) -> Void = { _ in }) throws -> PretrainedModel {
        let template = try config.chatTemplate.map { path -> ChatTemplate in
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw AlignOnceError(path, "cannot read the chat template file (chat-template)")
            }
            return ChatTemplate.detect(text)
        }
        let pretrained = try PretrainedModel.load(config.model ?? "", chatTemplate: template)
        beforeAdapters(pretrained.model)
        if config.lora {
            pretrained.model.lora = try LoRAAdapters(
                model: pretrained.config,
                config: LoRAConfig(rank: config.loraRank, alpha: Float(config.loraAlpha), dropout: Float(config.loraDropout),
                                   targets: config.loraTargets), seed: UInt64(bitPattern: Int64(config.seed)))
        }
        return pretrained
    }

    static func copy(_ model: LlamaModel) -> LlamaModel {
        let copy = LlamaModel(config: model.config)
        copy.parameters.pointer.update(from: model.parameters.pointer, count: model.parameterCount)
        return copy
    }

    static func createDirectory(_ url: URL) throws {
        do { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) } catch {
            throw AlignOnceError(url.path, "cannot create the run directory (\(error.localizedDescription))")
        }
    }

    /// DPO's reference log-probs for training and evaluation: the frozen model, or with
    /// `precompute-ref` caches computed once (or read back on resume) in the run directory, after
    /// which the reference model is no longer referenced.
    private static func referenceSources(config: TrainConfig, reference: LlamaModel?, data: TrainingData,
                                         evalData: TrainingData?, runDirectory: URL)
        throws -> (train: ReferenceSource?, eval: ReferenceSource?) {
        guard let reference else { return (nil, nil) }
        guard config.precomputeRef else { return (.model(reference), .model(reference)) }
        func cached(_ name: String, _ set: TrainingData) throws -> ReferenceSource {
            let url = runDirectory.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) { return .cache(try ReferenceLogProbCache.load(from: url)) }
            let cache = try ReferenceLogProbCache.precompute(reference: reference, pairs: set.examples, batchSize: config.batchSize)
            try cache.save(to: url)
            return .cache(cache)
        }
        return (try cached("reference_logps.json", data), try evalData.map { try cached("reference_logps_eval.json", $0) })
    }
}
