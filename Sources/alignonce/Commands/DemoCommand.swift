import ArgumentParser
import Alignment
import Demo
import Foundation
import Tensor

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Train a tiny multilingual Llama from scratch, align it in English only, and show MLC carrying safety to every language.",
        discussion: """
        Nothing is downloaded: a synthetic nine-language world is generated, a BPE tokenizer and a \
        small Llama are trained on it, then SFT and DPO (each with and without MLC) align it on \
        English data only, and all five models are evaluated per language. Everything lands in --out.
        """)

    @Option(help: "Random seed (world, initialisation, batch order).") var seed: UInt64 = 1
    @Option(help: "Language kept out of the MLC data (it stays in pretraining and evaluation).") var holdout = World.defaultHoldout
    @Option(help: "Comma-separated language codes (must include en).") var languages = World.defaultLanguages.joined(separator: ",")
    @Option(help: "Output directory.") var out = "alignonce-demo"
    @Flag(help: "Toy size (seconds; for tests).") var tiny = false
    @Option(help: ArgumentHelp("Run the whole demo once per seed (comma-separated, e.g. 1,2,3) into <out>/seed-<n>/, then write <out>/seeds.md and seeds.json: every metric per seed, its mean, and each +MLC method against the same method without MLC.", valueName: "list"))
    var seeds: String?
    @Flag(help: "Sweep MLC layer, weight, temperature and extractor on DPO+MLC and write sweep.md.") var sweep = false
    @Option(help: "Reuse the base model (and its tokenizer) of this earlier demo output directory instead of training one.")
    var reuseBase: String?
    @Option(help: "Override: pretraining steps.") var pretrainSteps: Int?
    @Option(help: "Override: multiplier of the world's code-switching rates (0 = monolingual documents only).")
    var codeSwitching: Double?
    @Option(help: "Override: multiplier of the world's translation documents per non-English language.")
    var translations: Double?
    @Option(help: "Override: share of translation documents that translate an item fact (0 = none).")
    var factTranslations: Double?
    @Option(help: "Override: the same share for the low-resource languages (ar, sw, bn) only; default --fact-translations.")
    var factTranslationsLow: Double?
    @Option(help: "Override: pretraining share of the low-resource languages (ar, sw, bn) relative to English (default 0.3; medium languages 0.5).")
    var lowResourceShare: Double?
    @Option(help: "Override: decoder layers of the base model.") var layers: Int?
    @Option(help: "Override: hidden size of the base model (a multiple of 64; 32-wide heads, MLP 3x).") var hiddenSize: Int?
    @Option(help: "Override: alignment steps per model.") var alignSteps: Int?
    @Option(help: "Align with LoRA of this rank on every projection (merged at the end) instead of full fine-tuning; trains every layer unless --align-layers is given too.")
    var loraRank: Int?
    @Option(help: ArgumentHelp("Align only the embeddings and decoder layers 1...K, or 'all'; the later layers stay the base's, so the answer's language stays the base's (default: up to the deepest MLC layer, 2 of 4).", valueName: "K|all"))
    var alignLayers: String?
    @Option(help: "Override: SFT learning rate.") var sftLr: Double?
    @Option(help: "Override: DPO learning rate.") var dpoLr: Double?
    @Option(help: "Override: DPO beta.") var dpoBeta: Double?
    @Option(help: "NLL weight of the chosen responses added to DPO (TRL's rpo_alpha; default 3; 0 = plain DPO).")
    var dpoRpoAlpha: Double?
    @Flag(inversion: .prefixedNo, help: "World: the benign answer drops the opener it shares with harmful compliance (\"Sure!\"), so the base decides harmful vs benign by the end of the prompt (default on).")
    var distinctAnswerOpenings: Bool?
    @Option(help: "Only these aligned models (comma-separated, e.g. dpo,dpo+mlc); default all four.") var only: String?
    @Option(help: "Override: MLC hidden-state layer (0 = embeddings ... L = final norm).") var mlcLayer: Int?
    @Option(help: ArgumentHelp("MLC on several layers (comma-separated, e.g. 2,3; the loss is their mean); overrides --mlc-layer.", valueName: "list"))
    var mlcLayers: String?
    @Option(help: "Override: MLC prompt groups per step (the step's own records first, then further ones).") var mlcGroups: Int?
    @Option(help: "Steps of MLC alone before the alignment steps (+MLC methods only).") var mlcWarmupSteps: Int?
    @Option(help: "Override: MLC weight λ.") var mlcWeight: Double?
    @Option(help: "Override: sv-softmax temperature τ.") var mlcTemperature: Double?
    @Option(help: "Override: MLC extractor, linear or identity.") var mlcExtractor: String?
    @Option(help: "Override: mean removed from the pooled MLC states first: none, batch (all variants of the step), language (per language) or language-subspace (per language, then without the directions that separate the languages).")
    var mlcCentering: String?
    @Option(help: "Override: the centering of SFT+MLC alone (default language: SFT's English answers would otherwise make MLC carry \"answer in English\"); same choices as --mlc-centering.")
    var mlcSftCentering: String?
    @Option(help: "Override: MLC pooling, last or mean.") var mlcPooling: String?
    @Flag(help: "MLC on the translated harmful prompts only.") var mlcHarmfulOnly = false
    @Option(help: "Override: MLC on shifts pulls toward the English shifts' rank-K approximation across the step's groups, their main moves (default 2; 0 = each English prompt's own shift).")
    var mlcAnchorRank: Int?
    @Option(help: "Override: weight μ of DPO+MLC's language guard, which keeps each translated prompt's answer starting in the prompt's language (token languages measured on the world's monolingual documents; default 1, 0 = off).")
    var mlcLanguageGuard: Double?
    @Option(help: "Override: SFT+MLC's language guard μ (default off; 0 = off).")
    var mlcSftLanguageGuard: Double?
    @Flag(help: "Pair each MLC group with a request of the other kind (harmful/benign) and the same template; use with --mlc-centering.")
    var mlcTemplatePairs = false
    @Flag(inversion: .prefixedNo, help: "MLC compares each prompt's shift from the base model (its state minus the base's) instead of the state (default on with the anchor-mse loss, off with any other --mlc-loss).")
    var mlcShift: Bool?
    @Flag(help: "Diagnostic: evaluate on the alignment prompts (the ones MLC saw) instead of the eval suite.")
    var evalAlignmentPrompts = false
    @Option(help: "Override: output dimension p of the linear extractor (default min(256, hidden size)).") var mlcDim: Int?
    @Option(help: "Override: MLC group loss (\(MLCLossKind.allCases.filter { $0 != .none }.map(\.rawValue).joined(separator: ", ")); default anchor-mse on shifts; the paper's is sv-softmax).")
    var mlcLoss: String?

    func run() throws {
        let codes = languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var config = tiny ? DemoConfig.tiny(seed: seed, languages: codes, holdout: holdout)
            : DemoConfig.standard(seed: seed, languages: codes, holdout: holdout)
        if let pretrainSteps { config.pretraining.steps = pretrainSteps }
        if let codeSwitching { config.world.codeSwitching = codeSwitching }
        if let translations { config.world.translationMultiplier = translations }
        if let factTranslations { config.world.factTranslationShare = factTranslations }
        if let factTranslationsLow { config.world.lowResourceFactTranslationShare = factTranslationsLow }
        if let lowResourceShare {
            guard lowResourceShare > 0, lowResourceShare <= 10 else {
                throw AlignOnceError("--low-resource-share", "must be in (0, 10], got \(lowResourceShare)")
            }
            for code in config.world.languages where World.lowResourceLanguages.contains(code) {
                config.world.pretrainingShare[code] = lowResourceShare
            }
        }
        if let layers { config.model.layers = layers }
        if let hiddenSize { config.model = try .proportioned(hiddenSize: hiddenSize, layers: config.model.layers) }
        if let alignSteps { config.alignment.steps = alignSteps }
        if let loraRank {
            config.alignment.loraRank = loraRank
            config.alignment.trainedLayers = nil  // LoRA adapts every layer unless --align-layers says otherwise
        }
        if let alignLayers {
            if alignLayers == "all" {
                config.alignment.trainedLayers = nil
            } else if let layers = Int(alignLayers) {
                config.alignment.trainedLayers = layers
            } else {
                throw AlignOnceError("--align-layers", "'\(alignLayers)' is neither a layer count nor 'all'")
            }
        }
        if let sftLr { config.alignment.sftLearningRate = sftLr }
        if let dpoLr { config.alignment.dpoLearningRate = dpoLr }
        if let dpoBeta { config.alignment.dpoBeta = dpoBeta }
        if let dpoRpoAlpha { config.alignment.dpoRPOAlpha = dpoRpoAlpha }
        if let distinctAnswerOpenings { config.world.distinctAnswerOpenings = distinctAnswerOpenings }
        if let only {
            config.methods = try only.split(separator: ",").map { name in
                guard let method = DemoMethod(rawValue: String(name)) else {
                    throw AlignOnceError("--only", "'\(name)' is not one of sft, sft+mlc, dpo, dpo+mlc")
                }
                return method
            }
        }
        if let mlcLayer { config.mlc.layer = mlcLayer }
        if let mlcLayers {
            let list: [Int] = try commaSeparated(mlcLayers, flag: "--mlc-layers", invalid: "is not an integer; expected e.g. 2,3")
            guard let first = list.first else { throw AlignOnceError("--mlc-layers", "needs at least one layer, e.g. 2,3") }
            config.mlc.layer = first
            config.mlc.additionalLayers = Array(list.dropFirst())
        }
        // The recipe aligns up to the MLC layer: a new MLC layer moves the trained layers with it
        // unless --align-layers or --lora-rank says otherwise (0 = embeddings: layer 1 still trains).
        if mlcLayer != nil || mlcLayers != nil, alignLayers == nil, loraRank == nil, config.alignment.trainedLayers != nil {
            config.alignment.trainedLayers = min(config.model.layers, max(1, config.mlc.layers.max() ?? 1))
        }
        if let mlcGroups { config.alignment.mlcGroupsPerStep = mlcGroups }
        if let mlcWarmupSteps { config.alignment.mlcWarmupSteps = mlcWarmupSteps }
        if let mlcWeight { config.mlc.weight = mlcWeight }
        if let mlcTemperature { config.mlc.temperature = mlcTemperature }
        if let name = mlcExtractor {
            guard let extractor = DemoExtractor(rawValue: name) else {
                throw AlignOnceError("--mlc-extractor", "'\(name)' is not one of linear, identity")
            }
            config.mlc.extractor = extractor
        }
        if let name = mlcCentering { config.mlc.centering = try centering(name, flag: "--mlc-centering") }
        if let name = mlcSftCentering { config.mlc.sftCentering = try centering(name, flag: "--mlc-sft-centering") }
        if let name = mlcPooling {
            guard let pooling = MLCPooling(rawValue: name) else {
                throw AlignOnceError("--mlc-pooling", "'\(name)' is not one of last, mean")
            }
            config.mlc.pooling = pooling
        }
        if let name = mlcLoss {
            guard let loss = MLCLossKind(rawValue: name), loss != .none else {
                let kinds = MLCLossKind.allCases.filter { $0 != .none }.map(\.rawValue)
                throw AlignOnceError("--mlc-loss", "'\(name)' is not one of \(kinds.joined(separator: ", "))")
            }
            config.mlc.loss = loss
            config.mlc.shiftFromBase = loss == .anchorMSE  // shifts start at zero: only anchor-mse scores them
        }
        config.evaluateAlignmentPrompts = evalAlignmentPrompts
        if mlcHarmfulOnly { config.mlc.harmfulPromptsOnly = true }
        if mlcTemplatePairs { config.mlc.templatePairs = true }
        if let mlcShift { config.mlc.shiftFromBase = mlcShift }
        if let mlcAnchorRank {
            if mlcAnchorRank != 0 && !config.mlc.shiftFromBase {
                throw AlignOnceError("--mlc-anchor-rank", "needs MLC on shifts (--mlc-shift with --mlc-loss anchor-mse)")
            }
            config.mlc.anchorRank = mlcAnchorRank == 0 ? nil : mlcAnchorRank
        }
        for (flag, value, keyPath) in [("--mlc-language-guard", mlcLanguageGuard, \DemoMLCSettings.languageGuard),
                                        ("--mlc-sft-language-guard", mlcSftLanguageGuard, \DemoMLCSettings.sftLanguageGuard)] {
            guard let value else { continue }
            guard value.isFinite, value >= 0 else {
                throw AlignOnceError(flag, "must be a number >= 0 (0 turns it off), got \(value)")
            }
            config.mlc[keyPath: keyPath] = value == 0 ? nil : value
        }
        if let mlcDim { config.mlc.extractorDimension = mlcDim }
        config.reuseBase = reuseBase.map { URL(fileURLWithPath: $0) }
        let directory = URL(fileURLWithPath: out)
        let log: (String) -> Void = { line in
            print(line)
            fflush(stdout)
        }
        if sweep {
            _ = try DemoSweep(config: config, outputDirectory: directory).run(progress: log)
        } else if let seeds {
            let list: [UInt64] = try commaSeparated(seeds, flag: "--seeds", invalid: "is not a non-negative integer; expected e.g. 1,2,3")
            let report = try DemoSeedReport.run(config: config, seeds: list, outputDirectory: directory, progress: log)
            log(report.markdown())
        } else {
            _ = try DemoPipeline(config: config, outputDirectory: directory).run(progress: log)
        }
    }

    private func centering(_ name: String, flag: String) throws -> MLCCentering {
        guard let centering = MLCCentering(rawValue: name) else {
            throw AlignOnceError(flag, "'\(name)' is not one of \(MLCCentering.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return centering
    }
}
