import Foundation
import Tensor
import Models

/// A dataset tokenized for training: examples with the model's chat template applied and the
/// length limits enforced, plus the MLC prompt groups.
///
/// SFT examples are stored as pairs with an empty `rejected` (only `prompt` + `chosen` are used),
/// so one batching path serves every objective.
public struct TrainingData {
    public var examples: [TokenizedPair]
    /// The MLC group of each example (from its `variants`), nil when it has none.
    public var exampleGroups: [MLCVariantGroup?]
    /// Prompts-only groups (`--mlc-data`), sampled alongside the examples.
    public var extraGroups: [MLCVariantGroup]
    /// What `max-length` / `max-prompt-length` did to the examples.
    public var truncation: TruncationReport
    /// MLC variants cut to `max-prompt-length` (they have no response, so they are never dropped).
    public var truncatedVariants: Int

    public var hasMLCGroups: Bool { !extraGroups.isEmpty || exampleGroups.contains { $0 != nil } }

    /// Reads and tokenizes `url` (`config.objective` decides the record format) and, when given,
    /// the prompts-only MLC file.
    public static func load(_ url: URL, mlcData: URL?, config: TrainConfig, model: PretrainedModel) throws -> TrainingData {
        let tokenizer = DataTokenizer(model: model, config: config)
        var data = TrainingData(examples: [], exampleGroups: [], extraGroups: [], truncation: TruncationReport(),
                                truncatedVariants: 0)
        let anchor = config.mlcAnchor
        if config.objective == .sft {
            let records = try DatasetReader.readSFT(url)
            for (index, record) in records.enumerated() {
                guard let pair = tokenizer.pair(index: index, prompt: record.prompt, responses: [record.completion],
                                                report: &data.truncation) else { continue }
                data.examples.append(pair)
                data.exampleGroups.append(try tokenizer.group(DatasetReader.promptGroup(of: record, index: index, anchor: anchor),
                                                              truncated: &data.truncatedVariants))
            }
        } else {
            let records = try DatasetReader.readPreference(url)
            for (index, record) in records.enumerated() {
                guard let pair = tokenizer.pair(index: index, prompt: record.prompt, responses: [record.chosen, record.rejected],
                                                report: &data.truncation) else { continue }
                data.examples.append(pair)
                data.exampleGroups.append(try tokenizer.group(DatasetReader.promptGroup(of: record, index: index, anchor: anchor),
                                                              truncated: &data.truncatedVariants))
            }
        }
        guard !data.examples.isEmpty else {
            throw AlignOnceError(url.path, "no example is left after applying max-length \(config.maxLength) / "
                + "max-prompt-length \(config.maxPromptLength) (\(data.truncation.dropped) dropped)")
        }
        if let mlcData {
            let groups = try DatasetReader.readPromptGroups(mlcData, anchor: anchor)
            data.extraGroups = try groups.compactMap { try tokenizer.group($0, truncated: &data.truncatedVariants) }
        }
        return data
    }
}

/// Chat-template tokenization with TRL's length rule.
struct DataTokenizer {
    let model: PretrainedModel
    let limits: TruncationLimits
    /// The `anchor` loss needs every group to hold the anchor language.
    let requiredLanguage: String?

    init(model: PretrainedModel, config: TrainConfig) {
        self.model = model
        requiredLanguage = config.mlc.needsAnchor ? config.mlcAnchor : nil
        limits = TruncationLimits(maxLength: config.maxLength, maxPromptLength: config.maxPromptLength,
                                  mode: config.truncationMode)
    }

    /// Prompt = the turns with the generation prompt; each response = what the full
    /// conversation (prompt + assistant turn) renders after the prompt's text, so the template's
    /// end-of-turn tokens are learned too. Nil when truncation drops the example.
    func pair(index: Int, prompt: [ChatMessage], responses: [String], report: inout TruncationReport) -> TokenizedPair? {
        let promptText = model.renderChat(prompt, addGenerationPrompt: true)
        let promptIds = model.tokenizer.encode(promptText)
        let responseIds = responses.map { response -> [Int] in
            let full = model.renderChat(prompt + [ChatMessage(role: "assistant", content: response)], addGenerationPrompt: false)
            let tail = full.hasPrefix(promptText) ? String(full.dropFirst(promptText.count)) : response
            return model.tokenizer.encode(tail)
        }
        guard let kept = limits.apply(prompt: promptIds, responses: responseIds, report: &report) else { return nil }
        let ids = kept.responses.map { $0.map { Int32($0) } }
        return TokenizedPair(index: index, prompt: kept.prompt.map { Int32($0) }, chosen: ids[0],
                             rejected: ids.count > 1 ? ids[1] : [])
    }

    /// A group's variants as user turns with the generation prompt, each cut to
    /// `max-prompt-length` (by `truncation-mode`) when longer.
    func group(_ group: PromptGroup?, truncated: inout Int) throws -> MLCVariantGroup? {
        guard let group else { return nil }
        if let requiredLanguage { try DatasetReader.validateAnchor([group], anchor: requiredLanguage) }
        let ids = group.variants.map { variant -> [Int32] in
            let all = model.promptIds(user: variant.text)
            guard all.count > limits.maxPromptLength else { return all }
            truncated += 1
            let keep = limits.maxPromptLength
            return limits.mode == .keepStart ? Array(all.prefix(keep)) : Array(all.suffix(keep))
        }
        return MLCVariantGroup(languages: group.languages, ids: ids)
    }
}
