import Foundation
import Models

/// Everything a training run needs. Keys (YAML and `state.json`) are the CLI flag names, so
/// `--learning-rate 1e-5` and `learning-rate: 1e-5` mean the same. Defaults follow TRL /
/// transformers unless said otherwise; each is documented at its property.
public struct TrainConfig: Codable, Equatable, Sendable {
    public enum Objective: String, Codable, CaseIterable, Sendable { case sft, dpo, simpo, orpo }
    public enum MLCExtractor: String, Codable, CaseIterable, Sendable { case linear, identity }

    // MARK: Inputs and outputs
    /// Model directory (config.json, tokenizer, safetensors). Required.
    public var model: String?
    /// Training JSONL (SFT or preference records, per `objective`). Required.
    public var data: String?
    /// Optional prompts-only MLC JSONL (`{"variants": {...}}`); variants inside `data` also count.
    public var mlcData: String?
    /// Run directory: resolved config, metrics.jsonl, checkpoints, final weights.
    public var output = "runs/alignonce"

    // MARK: Objective
    /// `dpo` by default: the paper's main setting is DPO + MLC.
    public var objective = Objective.dpo
    /// Pairwise loss shape (TRL's `loss_type`), default `sigmoid`: DPO accepts all eight,
    /// SimPO sigmoid / hinge.
    public var lossType = DPOLossType.sigmoid
    /// DPO / ORPO β, TRL default 0.1. (SimPO papers use β≈2; set it per run.)
    public var beta = 0.1
    /// Conservative-DPO label smoothing ε, TRL default 0 (sigmoid loss only).
    public var labelSmoothing = 0.0
    /// SimPO target margin γ (TRL's `simpo_gamma`), default 0.5.
    public var simpoGamma = 0.5
    /// NLL weight added to SimPO (TRL CPO's `cpo_alpha`). Default 0 = pure SimPO; TRL's CPO
    /// default 1.0 gives CPO-SimPO.
    public var cpoAlpha = 0.0
    /// NLL weight of the chosen responses added to DPO (TRL's `rpo_alpha`). Default 0 = plain
    /// DPO; the RPO paper uses 1.0.
    public var rpoAlpha = 0.0
    /// SFT loss on completion tokens only (TRL `completion_only_loss`, on for prompt/completion data).
    public var completionOnly = true
    /// Compute reference log-probs once before training (TRL `precompute_ref_log_probs`, default off).
    public var precomputeRef = false

    // MARK: Multi-lingual consistency
    /// The paper's singular-value softmax by default; `none` disables MLC.
    public var mlc = MLCLossKind.svSoftmax
    /// Extension: MLC on each variant's shift from the starting weights (its pooled state minus
    /// that of a frozen copy of the model before training), not the state itself; use with
    /// `mlc: anchor-mse`. Keeps that copy in memory, also with `precompute-ref`. Default off.
    public var mlcShift = false
    /// Extension, with `mlc-shift` and `mlc: anchor-mse`: the anchor shifts are reduced to their
    /// rank-k approximation across each step's groups, their common move (`MLCAnchorTarget`),
    /// before the other languages are pulled toward them. Absent = each anchor's own shift.
    public var mlcAnchorRank: Int?
    /// Extension: μ of MLC's language guard (`MLCLanguageGuard`), which penalises the mass of
    /// each translated prompt's next-token distribution on tokens of other languages, so MLC
    /// moves what the model does and not the language it answers in. Needs
    /// `mlc-language-text`. Absent = off.
    public var mlcLanguageGuard: Double?
    /// JSONL of `{"lang": "sw", "text": "..."}` records, monolingual text in each MLC language
    /// (a few hundred sentences each do), from which the guard learns which tokens belong to
    /// which language (`LanguageTokenTable`).
    public var mlcLanguageText: String?
    /// λ in L_align + λ·L_MLC, default 1.0.
    public var mlcWeight = 1.0
    /// τ of sv-softmax, default 1.0 (the paper's value is unknown).
    public var mlcTemperature = 1.0
    /// HF hidden-state layers (0 = embeddings, negative from the end). Absent = middle layer ⌊L/2⌋.
    public var mlcLayers: [Int]?
    public var mlcPooling = MLCPooling.last
    /// Centering of the pooled states before the extractor (an extension of the spec, see
    /// `MLCCentering`), default none.
    public var mlcCentering = MLCCentering.none
    public var mlcExtractor = MLCExtractor.linear
    /// Extractor output size p. Absent = min(256, hidden size).
    public var mlcExtractorDim: Int?
    /// Anchor language, default `en`.
    public var mlcAnchor = "en"
    /// Stop-gradient through the anchor column of the `anchor` loss, default on.
    public var mlcDetachAnchor = true

    // MARK: Optimisation
    /// TRL DPOConfig default 1e-6 (SFT runs usually want ~2e-5; LoRA ~1e-4).
    public var learningRate = 1e-6
    /// transformers default `linear`.
    public var lrScheduler = LRSchedule.Kind.linear
    /// Cosine floor as a fraction of the peak rate (HF `min_lr_rate`), default 0.
    public var minLrRatio = 0.0
    /// Warmup updates; when 0, `warmup-ratio` × total updates (rounded up) is used. Default 0 / 0.
    public var warmupSteps = 0
    public var warmupRatio = 0.0
    /// Decoupled AdamW decay, transformers default 0 (norms and biases are never decayed).
    public var weightDecay = 0.0
    /// Global gradient-norm clip, transformers default 1.0; 0 disables clipping.
    public var maxGradNorm = 1.0
    /// Examples per micro-batch, transformers default 8.
    public var batchSize = 8
    public var gradientAccumulationSteps = 1
    /// transformers default 3.
    public var epochs = 3
    /// Stop after this many optimizer updates (overrides `epochs`); absent = from `epochs`.
    public var maxSteps: Int?

    // MARK: Lengths
    /// Prompt + response tokens, TRL DPO default 1024.
    public var maxLength = 1024
    /// TRL DPO default 512; must be below `max-length`.
    public var maxPromptLength = 512
    /// TRL DPO default `keep_end`.
    public var truncationMode = TruncationMode.keepEnd

    // MARK: Bookkeeping
    /// transformers default 42.
    public var seed = 42
    /// Optional evaluation JSONL (same format as `data`).
    public var evalData: String?
    /// Evaluate every N updates; 0 = only at the end (when `eval-data` is set).
    public var evalEvery = 0
    /// Checkpoint every N updates (transformers default 500); 0 = only at the end.
    public var saveEvery = 500
    /// Keep the newest N checkpoints (older ones are deleted once a new one is complete); 0 = all.
    public var saveTotalLimit = 2
    /// Log metrics every N updates (TRL's usual 10).
    public var loggingEvery = 10

    // MARK: LoRA
    /// Train low-rank adapters instead of all weights, default off.
    public var lora = false
    /// PEFT default rank 8.
    public var loraRank = 8
    /// Scale α (update scaled by α / rank); 16 = the common 2×rank choice (PEFT's own default is 8).
    public var loraAlpha = 16.0
    /// Common 0.05 (PEFT's own default is 0).
    public var loraDropout = 0.05
    /// PEFT's default targets for Llama: q and v projections.
    public var loraTargets: [LoRATarget] = [.q, .v]

    // MARK: Resume and formatting
    /// Absent = fresh run; `latest` = newest checkpoint in `output`; otherwise a checkpoint directory.
    public var resume: String?
    /// Jinja chat template file overriding the model's; absent = the tokenizer's own template.
    public var chatTemplate: String?

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case model, data, output, objective, beta, mlc, lora, resume, seed, epochs
        case mlcData = "mlc-data"
        case lossType = "loss-type"
        case labelSmoothing = "label-smoothing"
        case simpoGamma = "simpo-gamma"
        case cpoAlpha = "cpo-alpha"
        case rpoAlpha = "rpo-alpha"
        case completionOnly = "completion-only"
        case precomputeRef = "precompute-ref"
        case mlcWeight = "mlc-weight"
        case mlcShift = "mlc-shift"
        case mlcAnchorRank = "mlc-anchor-rank"
        case mlcLanguageGuard = "mlc-language-guard"
        case mlcLanguageText = "mlc-language-text"
        case mlcTemperature = "mlc-temperature"
        case mlcLayers = "mlc-layers"
        case mlcPooling = "mlc-pooling"
        case mlcCentering = "mlc-centering"
        case mlcExtractor = "mlc-extractor"
        case mlcExtractorDim = "mlc-extractor-dim"
        case mlcAnchor = "mlc-anchor"
        case mlcDetachAnchor = "mlc-detach-anchor"
        case learningRate = "learning-rate"
        case lrScheduler = "lr-scheduler"
        case minLrRatio = "min-lr-ratio"
        case warmupSteps = "warmup-steps"
        case warmupRatio = "warmup-ratio"
        case weightDecay = "weight-decay"
        case maxGradNorm = "max-grad-norm"
        case batchSize = "batch-size"
        case gradientAccumulationSteps = "gradient-accumulation-steps"
        case maxSteps = "max-steps"
        case maxLength = "max-length"
        case maxPromptLength = "max-prompt-length"
        case truncationMode = "truncation-mode"
        case evalData = "eval-data"
        case evalEvery = "eval-every"
        case saveEvery = "save-every"
        case saveTotalLimit = "save-total-limit"
        case loggingEvery = "logging-every"
        case loraRank = "lora-rank"
        case loraAlpha = "lora-alpha"
        case loraDropout = "lora-dropout"
        case loraTargets = "lora-targets"
        case chatTemplate = "chat-template"
    }

    /// Every key a config file or `--flag` may use.
    public static var keys: [String] { CodingKeys.allCases.map(\.rawValue) }

    /// Warmup updates for a run of `totalSteps` updates.
    public func resolvedWarmupSteps(totalSteps: Int) -> Int {
        LRSchedule.warmupSteps(steps: warmupSteps, ratio: warmupRatio, totalSteps: totalSteps)
    }

    /// Optimizer updates per epoch, as transformers' Trainer counts them: micro-batches per epoch
    /// `ceil(examples / batch-size)` (the last partial batch is kept), divided by
    /// `gradient-accumulation-steps` rounding down, at least 1.
    public func updatesPerEpoch(exampleCount: Int) -> Int {
        let microBatches = (max(0, exampleCount) + batchSize - 1) / max(1, batchSize)
        return max(1, microBatches / max(1, gradientAccumulationSteps))
    }

    /// Total optimizer updates of the run: `max-steps` when set, else epochs × updates per epoch.
    public func totalUpdates(exampleCount: Int) -> Int {
        maxSteps ?? epochs * updatesPerEpoch(exampleCount: exampleCount)
    }

    /// The learning-rate schedule of a run over `totalSteps` updates.
    public func schedule(totalSteps: Int) -> LRSchedule {
        LRSchedule(kind: lrScheduler, baseRate: learningRate,
                   warmupSteps: resolvedWarmupSteps(totalSteps: totalSteps), totalSteps: totalSteps, minRatio: minLrRatio)
    }
}
