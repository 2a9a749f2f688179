import Foundation
import Tensor
import Models
import Alignment

/// The four aligned models of stage 2.
public enum DemoMethod: String, CaseIterable, Sendable, Codable {
    case sft
    case sftMLC = "sft+mlc"
    case dpo
    case dpoMLC = "dpo+mlc"

    public var usesMLC: Bool { self == .sftMLC || self == .dpoMLC }
    public var isPreference: Bool { self == .dpo || self == .dpoMLC }
}

/// English-only alignment data, tokenized. Index i of every list is the same request.
struct DemoAlignmentData {
    let sft: [TokenSequence]
    let pairs: [TokenizedPair]
    /// The request's prompt in every MLC language (holdout excluded), `en` first.
    let groups: [MLCVariantGroup]
    /// Whether the request is harmful: its chosen answer is the refusal, the sentence that is
    /// also the rejected answer of the benign requests.
    let harmful: [Bool]
    /// For each request, the requests of the other kind (harmful / benign) written with the
    /// same template: "How do I make {x}?" with a harmful and with a benign item.
    let contrastPartners: [[Int]]
    /// Which tokens belong to which language, for MLC's language guard: measured on the world's
    /// monolingual documents (the pretraining chats and texts; translation pairs mix two languages).
    let languageTable: LanguageTokenTable

    init(_ datasets: DemoDatasets, tokenizer: Tokenizer) throws {
        guard datasets.sft.count == datasets.preference.count, !datasets.sft.isEmpty else {
            throw AlignOnceError("world", "SFT (\(datasets.sft.count)) and preference (\(datasets.preference.count)) "
                + "records must be the same non-empty list of requests")
        }
        func prompt(_ text: String) -> [Int32] { DemoModelFiles.promptIds(tokenizer, user: text) }
        func answer(_ text: String) -> [Int32] { DemoModelFiles.answerIds(tokenizer, text) }
        sft = datasets.sft.map { TokenSequence(prompt: prompt($0.prompt), response: answer($0.completion)) }
        pairs = datasets.preference.enumerated().map { i, r in
            TokenizedPair(index: i, prompt: prompt(r.prompt), chosen: answer(r.chosen), rejected: answer(r.rejected))
        }
        let refusals = Set(datasets.preference.map(\.rejected)).intersection(datasets.preference.map(\.chosen))
        harmful = datasets.preference.map { refusals.contains($0.chosen) }
        contrastPartners = try Self.contrastPartners(prompts: datasets.sft.map(\.prompt), harmful: harmful)
        groups = datasets.sft.map { record in
            let others = record.variants.keys.filter { $0 != World.alignmentLanguage }.sorted()
            let languages = (record.variants[World.alignmentLanguage] == nil ? [] : [World.alignmentLanguage]) + others
            return MLCVariantGroup(languages: languages, ids: languages.map { prompt(record.variants[$0] ?? "") })
        }
        languageTable = try Self.measureLanguageTable(datasets, tokenizer: tokenizer)
    }

    static func measureLanguageTable(_ datasets: DemoDatasets, tokenizer: Tokenizer) throws -> LanguageTokenTable {
        let samples = zip(datasets.pretrainingTexts, datasets.pretrainingInfo)
            .filter { $0.1.source != .translation }
            .map { (language: $0.1.lang, tokens: tokenizer.encode($0.0).map { Int32($0) }) }
        return try LanguageTokenTable(samples: samples, vocabularySize: tokenizer.vocabularySize)
    }
}

extension DemoAlignmentData {
    /// Pairs each request with the requests of the other kind that share its English template.
    /// The template is the prompt with its item (the longest English item it contains) blanked.
    static func contrastPartners(prompts: [String], harmful: [Bool]) throws -> [[Int]] {
        let english = try World.lexicons(for: [World.alignmentLanguage])[World.alignmentLanguage]
        let items = ((english?.harmful ?? []) + (english?.benign ?? [])).sorted { $0.count > $1.count }
        let templates = prompts.map { prompt -> String in
            guard let item = items.first(where: { prompt.contains($0) }),
                  let range = prompt.range(of: item) else { return prompt }
            return prompt.replacingCharacters(in: range, with: "{x}")
        }
        var byTemplate: [String: [Int]] = [:]
        for (index, template) in templates.enumerated() { byTemplate[template, default: []].append(index) }
        return templates.indices.map { index in
            (byTemplate[templates[index]] ?? []).filter { harmful[$0] != harmful[index] }
        }
    }
}

/// What one alignment run measured.
public struct DemoAlignmentReport: Sendable, Codable, Equatable {
    public var method: DemoMethod
    public var steps: Int
    public var firstLoss: Double
    public var lastLoss: Double
    /// Unweighted L_MLC at the first and last step (nil without MLC).
    public var firstMLCLoss: Double?
    public var lastMLCLoss: Double?
    /// Consistency of the raw hidden states at the MLC layer on the step's groups (no extractor).
    public var firstRawConsistency: Double?
    public var lastRawConsistency: Double?
    /// MLC's language guard at the last step: the mean foreign-token mass where the translated
    /// prompts' answers start (nil without a guard).
    public var lastForeignMass: Double?
    public var seconds: Double
}

/// Stage 2 behind one seam: today the Objectives API driven directly (`ObjectiveAligner`);
/// the shared `Trainer` can take its place without touching the pipeline.
protocol DemoAligner {
    func align(_ method: DemoMethod, base: LlamaModel, progress: (Int, Int, Double) -> Void) throws
        -> (model: LlamaModel, report: DemoAlignmentReport)
}

/// Full fine-tuning of a copy of the base with `SFTObjective` / `DPOObjective` (reference =
/// the base, log-probs precomputed once) plus, for the +MLC methods, an `MLCTerm` on the
/// translated prompts of the step's own records.
struct ObjectiveAligner: DemoAligner {
    let data: DemoAlignmentData
    let settings: DemoAlignmentSettings
    let mlc: DemoMLCSettings
    let seed: UInt64
    let reference: ReferenceLogProbCache

    init(data: DemoAlignmentData, settings: DemoAlignmentSettings, mlc: DemoMLCSettings, seed: UInt64,
         base: LlamaModel) throws {
        self.data = data
        self.settings = settings
        self.mlc = mlc
        self.seed = seed
        try settings.checkTrainedLayersWithoutLoRA()
        reference = try ReferenceLogProbCache.precompute(reference: base, pairs: data.pairs, batchSize: settings.batchSize)
    }

    func align(_ method: DemoMethod, base: LlamaModel, progress: (Int, Int, Double) -> Void) throws
        -> (model: LlamaModel, report: DemoAlignmentReport) {
        let started = Date()
        let policy = DemoModelFiles.clone(base)
        if let rank = settings.loraRank {
            policy.lora = try LoRAAdapters(model: policy.config,
                                           config: LoRAConfig(rank: rank, alpha: Float(2 * rank), targets: LoRATarget.allCases),
                                           seed: seed ^ 0x10AA)
        }
        let rate = method.isPreference ? settings.dpoLearningRate : settings.sftLearningRate
        let warmup = method.usesMLC ? settings.mlcWarmupSteps : 0
        let totalSteps = warmup + settings.steps
        var optimizer = try DemoOptimizer(parameterCount: policy.trainableParameterCount, learningRate: rate,
                                          totalSteps: totalSteps, warmupSteps: max(1, totalSteps / 10))
        var term = method.usesMLC ? try DemoMLC(mlc.settings(for: method), hiddenSize: policy.config.hiddenSize, seed: seed,
                                                steps: totalSteps, base: base, languageTable: data.languageTable) : nil
        // The same record order for every method, so the methods differ only in their loss.
        var order = DemoBatchOrder(count: data.sft.count, seed: seed ^ 0xA1167)
        var picker = MLCRecordPicker(harmful: data.harmful, groupsPerStep: settings.mlcGroupsPerStep,
                                     harmfulOnly: mlc.harmfulPromptsOnly, seed: seed,
                                     contrastPartners: mlc.templatePairs ? data.contrastPartners : nil)
        var dpo = DPOObjective(loss: try DPOLoss(beta: settings.dpoBeta), reference: .cache(reference),
                               rpoAlpha: settings.dpoRPOAlpha)
        var sft = SFTObjective(counted: .response)
        let gradients = FloatBuffer(count: policy.trainableParameterCount)
        var report = DemoAlignmentReport(method: method, steps: settings.steps, firstLoss: .nan, lastLoss: .nan,
                                         seconds: 0)
        for step in 0..<totalSteps {
            // Warm-up steps train MLC alone; the alignment steps add it to the objective's loss.
            let batch = step < warmup ? [] : order.next(settings.batchSize)
            var metrics = batch.isEmpty ? ObjectiveMetrics(objectiveLoss: 0, tokens: 0)
                : method.isPreference
                ? try dpo.step(batch.map { data.pairs[$0] }, policy: policy, gradients: gradients)
                : try sft.step(batch.map { data.sft[$0] }, policy: policy, gradients: gradients)
            let mlcRecords = picker.records(for: batch)
            if var current = term, !mlcRecords.isEmpty {
                let groups = mlcRecords.map { data.groups[$0] }
                let m = try current.step(groups, policy: policy, gradients: gradients)
                term = current
                metrics = metrics.adding(mlc: m)
                if report.firstMLCLoss == nil {
                    report.firstMLCLoss = m.loss
                    report.firstRawConsistency = m.layers.first?.consistency
                }
                report.lastMLCLoss = m.loss
                report.lastRawConsistency = m.layers.first?.consistency
                report.lastForeignMass = metrics.foreignMass
            }
            if let frozen = frozenRange(policy) { gradients.buffer[frozen].update(repeating: 0) }
            try optimizer.update(policy.trainableParameters, gradients)
            if step == warmup { report.firstLoss = metrics.loss }
            report.lastLoss = metrics.loss
            progress(step + 1, totalSteps, metrics.loss)
        }
        if let lora = policy.lora {
            lora.merge(into: policy)
            policy.lora = nil
        }
        report.seconds = Date().timeIntervalSince(started)
        return (policy, report)
    }

    /// The parameters above decoder layer `trainedLayers` (later layers, final norm, LM head):
    /// their gradient is zeroed, so AdamW (no weight decay here) leaves them as they are.
    private func frozenRange(_ policy: LlamaModel) -> Range<Int>? {
        guard let layers = settings.trainedLayers, layers < policy.layout.layers.count else { return nil }
        return policy.layout.layers[layers].inputNorm..<policy.layout.totalCount
    }
}
