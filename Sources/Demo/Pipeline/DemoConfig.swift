import Foundation
import Tensor
import Alignment

/// Shape of the tiny Llama the demo trains from scratch.
public struct DemoModelShape: Sendable, Equatable {
    public var hiddenSize: Int
    public var layers: Int
    public var heads: Int
    public var kvHeads: Int
    public var intermediateSize: Int

    public init(hiddenSize: Int, layers: Int, heads: Int, kvHeads: Int, intermediateSize: Int) {
        self.hiddenSize = hiddenSize
        self.layers = layers
        self.heads = heads
        self.kvHeads = kvHeads
        self.intermediateSize = intermediateSize
    }

    /// The standard preset's proportions at another width (`alignonce demo --hidden-size`):
    /// 32-wide heads, two query heads per key/value head, MLP 3x the width.
    public static func proportioned(hiddenSize: Int, layers: Int) throws -> DemoModelShape {
        guard hiddenSize >= 64, hiddenSize % 64 == 0 else {
            throw AlignOnceError("--hidden-size", "must be a multiple of 64 (32-wide heads in pairs), got \(hiddenSize)")
        }
        return DemoModelShape(hiddenSize: hiddenSize, layers: layers, heads: hiddenSize / 32, kvHeads: hiddenSize / 64,
                              intermediateSize: 3 * hiddenSize)
    }
}

/// Stage 1: next-token pretraining on the world corpus.
public struct DemoPretrainingSettings: Sendable, Equatable {
    public var steps: Int
    /// Rows of `sequenceLength` tokens per step (whole documents packed, the rest padded).
    public var batchSize: Int
    public var sequenceLength: Int
    public var learningRate: Double
    public var warmupSteps: Int
}

/// Stage 2: English-only SFT / DPO, each with and without MLC.
public struct DemoAlignmentSettings: Sendable, Equatable {
    public var steps: Int
    public var batchSize: Int
    public var sftLearningRate: Double
    public var dpoLearningRate: Double
    public var dpoBeta: Double
    /// NLL weight of the chosen responses added to DPO (TRL's `rpo_alpha`; 0 = plain DPO).
    public var dpoRPOAlpha = 0.0
    /// MLC prompt groups per step: the `variants` of the step's own records first; beyond the
    /// batch, further records from an MLC-only shuffle (so MLC can see more requests per step).
    public var mlcGroupsPerStep: Int
    /// Steps of MLC alone (no alignment loss) before the alignment steps (+MLC methods only).
    public var mlcWarmupSteps = 0
    /// LoRA rank on every projection (α = 2·rank), merged into the weights at the end; nil =
    /// full fine-tuning.
    public var loraRank: Int? = nil
    /// Train only the embeddings and decoder layers 1...K (the layers up to the MLC layer), the
    /// rest frozen; nil = every parameter.
    public var trainedLayers: Int? = nil

    /// `trainedLayers` freezes a slice of the full parameters, and LoRA's trainable buffer holds
    /// adapters instead, so the two cannot be combined (checked by `validate` and the aligner).
    func checkTrainedLayersWithoutLoRA() throws {
        if loraRank != nil && trainedLayers != nil {
            throw AlignOnceError("--align-layers", "cannot be combined with --lora-rank (LoRA trains adapters on every layer)")
        }
    }
}

/// Which MLC extractor the demo trains with (`docs/mlc-loss.md`).
public enum DemoExtractor: String, Sendable, CaseIterable, Codable {
    /// The spec's trainable r = W h + b.
    case linear
    /// r = h.
    case identity
}

/// The MLC term's settings.
public struct DemoMLCSettings: Sendable, Equatable, Codable {
    /// Hugging Face hidden-state index (0 = embeddings, L = after the final norm).
    public var layer: Int
    public var weight: Double
    public var temperature: Double
    public var extractor: DemoExtractor
    public var pooling: MLCPooling
    /// The group loss: `sv-softmax` (the paper's) unless a baseline is asked for.
    public var loss: MLCLossKind
    /// Output dimension p of the linear extractor (nil: the spec's min(256, d)).
    public var extractorDimension: Int? = nil
    /// MLC on the translated prompts of the harmful requests only (the paper's MLC prompts are
    /// its safety prompts) instead of every alignment request.
    public var harmfulPromptsOnly = false
    /// Mean removed from the pooled states before the extractor (`MLCCentering`).
    public var centering: MLCCentering
    /// SFT+MLC's centering when it differs from `centering` (nil: the same). SFT raises English
    /// answers to every English prompt, so the English prompts' mean shift says "answer in
    /// English", which MLC would copy to every language; centring by language drops that mean.
    /// DPO's chosen and rejected answers are both English, so its mean shift holds no language.
    public var sftCentering: MLCCentering? = nil
    /// Further hidden-state layers scored besides `layer` (the loss is the mean over layers).
    public var additionalLayers: [Int] = []
    /// Each MLC group of the step's records is paired with a request of the other kind and the
    /// same template (`MLCRecordPicker`); meaningful with a centering.
    public var templatePairs = false
    /// MLC compares each variant's shift from the base (its state minus the base model's),
    /// not the state itself (`MLCTerm.shiftReference`). Only `anchor-mse` suits it: shifts start
    /// at zero, where the normalised losses have no direction.
    public var shiftFromBase = false
    /// With `shiftFromBase`: the English shifts MLC pulls toward are first reduced to their
    /// rank-k approximation across the step's groups (`MLCTerm.anchorRank`); nil = as they are.
    public var anchorRank: Int? = nil
    /// `anchorRank` where it applies: MLC on shifts.
    public var shiftTargetRank: Int? { shiftFromBase ? anchorRank : nil }
    /// μ of MLC's language guard (`MLCLanguageGuard`): the translated prompts' answers must
    /// start in their own language, judged by a token table measured on the world's
    /// monolingual documents. nil = off.
    public var languageGuard: Double? = nil
    /// SFT+MLC's guard, in place of `languageGuard` (nil = none). SFT+MLC loses few points of
    /// fidelity without it, and the guard costs it harmlessness (session 10).
    public var sftLanguageGuard: Double? = nil

    /// The MLC side of the demo's recipe (`docs/demo-sweep.md`, sessions 6-7): each translated
    /// prompt's shift from the base is pulled to the English prompt's (`anchor-mse` on shifts, an
    /// extension of the spec; the paper's sv-softmax on the states carries far less under the
    /// same recipe), reduced to the step's two main English moves (`anchorRank` 2; session 11:
    /// every pair of seeds 1-3 ≥ 90% harmless, where rank 1 left two held-out items short), λ 1,
    /// and SFT+MLC centres the shifts by language first (`sftCentering`).
    static func recipe(layer: Int) -> DemoMLCSettings {
        var mlc = DemoMLCSettings(layer: layer, weight: 1, temperature: 1, extractor: .identity, loss: .anchorMSE)
        mlc.shiftFromBase = true
        mlc.anchorRank = 2
        mlc.sftCentering = .language
        mlc.languageGuard = 1
        return mlc
    }

    /// Every layer the MLC term scores, `layer` first.
    public var layers: [Int] { [layer] + additionalLayers.filter { $0 != layer } }

    /// The settings `method` trains with: `sftCentering` replaces `centering` for SFT+MLC.
    public func settings(for method: DemoMethod) -> DemoMLCSettings {
        var settings = self
        if !method.isPreference, let sftCentering { settings.centering = sftCentering }
        if !method.isPreference { settings.languageGuard = sftLanguageGuard }
        return settings
    }

    public init(layer: Int, weight: Double, temperature: Double, extractor: DemoExtractor,
                pooling: MLCPooling = .last, loss: MLCLossKind = .svSoftmax, centering: MLCCentering = .none) {
        self.layer = layer
        self.weight = weight
        self.temperature = temperature
        self.extractor = extractor
        self.pooling = pooling
        self.loss = loss
        self.centering = centering
    }

    /// Short label for tables, e.g. `layer 2, λ 1, τ 1, identity, last`.
    public var label: String {
        "layer \(layers.map(String.init).joined(separator: "+")), λ \(DemoFormat.number(weight)), τ \(DemoFormat.number(temperature)), \(extractor.rawValue), "
            + "\(pooling.rawValue)" + (loss == .svSoftmax ? "" : ", \(loss.rawValue)")
            + (extractor == .linear ? extractorDimension.map { ", p \($0)" } ?? "" : "")
            + (centering == .none ? "" : ", centered by \(centering.rawValue)")
            + (sftCentering.map { $0 == centering ? "" : ", SFT centered by \($0.rawValue)" } ?? "")
            + (harmfulPromptsOnly ? ", harmful prompts only" : "")
            + (templatePairs ? ", template-matched pairs" : "")
            + (shiftFromBase ? ", shifts from the base" : "")
            + (shiftTargetRank.map { ", English target rank \($0)" } ?? "")
            + (languageGuard.map { ", language guard μ \(DemoFormat.number($0))" } ?? "")
            + (sftLanguageGuard.map { ", SFT language guard μ \(DemoFormat.number($0))" } ?? "")
    }
}

/// Everything one `alignonce demo` run needs. `standard` and `tiny` are the two presets.
public struct DemoConfig: Sendable, Equatable {
    /// The world this configuration trains and evaluates on; its seed, languages and holdout
    /// are the run's.
    public var world: WorldOptions
    public var vocabularySize: Int
    public var model: DemoModelShape
    public var pretraining: DemoPretrainingSettings
    public var alignment: DemoAlignmentSettings
    public var mlc: DemoMLCSettings
    /// Greedy decoding length of evaluation answers.
    public var maxNewTokens: Int
    /// Utility texts per language for perplexity and eval groups for the consistency score
    /// (nil = all; the tiny preset samples to stay fast in debug builds).
    public var utilityTextsPerLanguage: Int? = nil
    public var consistencyGroups: Int? = nil
    /// An earlier demo output directory whose `models/base` (and `tokenizer/`) stage 1 loads
    /// instead of training (for tuning stage 2 quickly). The world must be the same.
    public var reuseBase: URL? = nil
    /// Diagnostic: evaluate on the alignment requests (in every MLC language) instead of the
    /// held-out eval suite.
    public var evaluateAlignmentPrompts = false
    /// The aligned models to train (all four by default; fewer for quick experiments).
    public var methods: [DemoMethod] = DemoMethod.allCases

    /// Seeds the world, the initialisation and the batch order.
    public var seed: UInt64 {
        get { world.seed }
        set { world.seed = newValue }
    }
    public var languages: [String] { world.languages }
    public var holdout: String { world.holdout }

    /// The demo of the README: a 1.3M-parameter Llama, all stages within minutes on 2 cores.
    /// SFT's learning rate is 2e-4 because at 3e-4 SFT+MLC lost 6-7 points of fidelity against
    /// SFT; 16 MLC groups per step give the rank-2 English target 16 shifts to agree on
    /// (`docs/demo-sweep.md`, session 7). DPO's is 2e-4: a larger English move for MLC to
    /// carry (at 1e-4 the worst language was 51% harmless, session 9), whose cost in fidelity
    /// MLC's language guard takes back (session 10).
    public static func standard(seed: UInt64 = 1, languages: [String] = World.defaultLanguages,
                                holdout: String = World.defaultHoldout) -> DemoConfig {
        DemoConfig(world: WorldOptions(seed: seed, languages: languages, holdout: holdout, scale: .standard), vocabularySize: 2048,
                   model: DemoModelShape(hiddenSize: 128, layers: 4, heads: 4, kvHeads: 2, intermediateSize: 384),
                   pretraining: DemoPretrainingSettings(steps: 1800, batchSize: 16, sequenceLength: 128,
                                                        learningRate: 3e-3, warmupSteps: 30),
                   alignment: DemoAlignmentSettings(steps: 90, batchSize: 16, sftLearningRate: 2e-4,
                                                    dpoLearningRate: 2e-4, dpoBeta: 0.1, mlcGroupsPerStep: 16),
                   mlc: .recipe(layer: 2), maxNewTokens: 32).withRecipeAlignment()
    }

    /// The same pipeline at toy size, for the test suite (seconds in a debug build).
    public static func tiny(seed: UInt64 = 1, languages: [String] = World.defaultLanguages,
                            holdout: String = World.defaultHoldout) -> DemoConfig {
        DemoConfig(world: WorldOptions(seed: seed, languages: languages, holdout: holdout, scale: .tiny), vocabularySize: 400,
                   model: DemoModelShape(hiddenSize: 32, layers: 2, heads: 2, kvHeads: 1, intermediateSize: 64),
                   pretraining: DemoPretrainingSettings(steps: 12, batchSize: 4, sequenceLength: 64,
                                                        learningRate: 3e-3, warmupSteps: 2),
                   alignment: DemoAlignmentSettings(steps: 3, batchSize: 4, sftLearningRate: 1e-3,
                                                    dpoLearningRate: 1e-3, dpoBeta: 0.1, mlcGroupsPerStep: 2),
                   mlc: .recipe(layer: 1),
                   maxNewTokens: 8, utilityTextsPerLanguage: 2, consistencyGroups: 4).withRecipeAlignment()
    }

    /// The alignment side of the recipe `docs/demo-sweep.md` (sessions 6-7) measured over three
    /// seeds: DPO carries TRL's `rpo_alpha` (3), without which it degenerates on this world and
    /// whose chosen-response NLL moves the English shift toward the base's own refusal direction,
    /// the part of it other languages read; only the embeddings and the layers up to the MLC
    /// layer train. The later layers, which voice the answer in the prompt's language, stay the
    /// base's; trained, they learn "refuse → I'm sorry" and the refusals MLC carries come out in
    /// English.
    private func withRecipeAlignment() -> DemoConfig {
        var config = self
        config.alignment.dpoRPOAlpha = 3
        config.alignment.trainedLayers = mlc.layer
        return config
    }

    /// Checks the settings a user can change (the presets are valid by construction).
    public func validate() throws {
        try world.validateForDemo()
        let positive: [(String, Int)] = [
            ("pretraining.steps", pretraining.steps), ("pretraining.batchSize", pretraining.batchSize),
            ("pretraining.sequenceLength", pretraining.sequenceLength), ("alignment.steps", alignment.steps),
            ("alignment.batchSize", alignment.batchSize), ("maxNewTokens", maxNewTokens), ("--layers", model.layers),
        ]
        for (name, value) in positive where value < 1 {
            throw AlignOnceError(name, "must be >= 1, got \(value)")
        }
        if let layers = alignment.trainedLayers {
            guard (1...model.layers).contains(layers) else {
                throw AlignOnceError("--align-layers", "must be in 1...\(model.layers) (decoder layers of the base), got \(layers)")
            }
            try alignment.checkTrainedLayersWithoutLoRA()
        }
        if !(alignment.dpoRPOAlpha >= 0 && alignment.dpoRPOAlpha.isFinite) {
            throw AlignOnceError("--dpo-rpo-alpha", "must be a number >= 0, got \(alignment.dpoRPOAlpha)")
        }
        if let rank = alignment.loraRank, rank < 1 || rank > model.hiddenSize {
            throw AlignOnceError("--lora-rank", "must be in 1...\(model.hiddenSize), got \(rank)")
        }
        for layer in mlc.layers where layer < 0 || layer > model.layers {
            throw AlignOnceError("--mlc-layer", "must be in 0...\(model.layers) (hidden states of a \(model.layers)-layer model), got \(layer)")
        }
        if mlc.extractor == .linear && mlc.layers.count > 1 {
            throw AlignOnceError("--mlc-layers", "the demo trains one linear extractor; use --mlc-extractor identity with several layers")
        }
        if alignment.mlcGroupsPerStep < 1 {
            throw AlignOnceError("--mlc-groups", "must be >= 1, got \(alignment.mlcGroupsPerStep)")
        }
        if alignment.mlcWarmupSteps < 0 {
            throw AlignOnceError("--mlc-warmup-steps", "must be >= 0, got \(alignment.mlcWarmupSteps)")
        }
        guard mlc.weight.isFinite, mlc.weight >= 0 else {
            throw AlignOnceError("--mlc-weight", "must be a finite number >= 0, got \(mlc.weight)")
        }
        if mlc.shiftFromBase && mlc.loss != .anchorMSE {
            throw AlignOnceError("--mlc-shift", "needs --mlc-loss anchor-mse (shifts start at zero, where \(mlc.loss.rawValue) has no direction); add --no-mlc-shift for MLC on the states")
        }
        if let rank = mlc.anchorRank, rank < 1 {
            throw AlignOnceError("--mlc-anchor-rank", "must be >= 1 (0 turns it off), got \(rank)")
        }
        guard mlc.temperature.isFinite, mlc.temperature > 0 else {
            throw AlignOnceError("--mlc-temperature", "must be a positive finite number, got \(mlc.temperature)")
        }
    }
}

extension WorldOptions {
    /// The world's own checks, reachable from the demo (they are internal to the World code).
    func validateForDemo() throws { try validate() }
}

/// Number formatting shared by the demo's tables and progress lines.
enum DemoFormat {
    /// Shortest plain rendering of a setting (1, 0.5, 3e-4 -> "0.0003").
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e6 ? String(Int(value)) : String(value)
    }

    static func percent(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "-" }
        return String(format: "%.0f", value * 100)
    }

    static func seconds(_ value: Double) -> String { String(format: "%.1f s", value) }
}
