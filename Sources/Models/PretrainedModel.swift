import Foundation
import Tensor

/// A Hugging Face model folder loaded whole: config, weights, tokenizer, chat format and
/// stop tokens. Every command that takes `--model` goes through this.
public final class PretrainedModel {
    public let directory: URL
    public let config: ModelConfig
    public let model: LlamaModel
    public let tokenizer: Tokenizer
    /// The chat format in use: detected from `tokenizer_config.json` unless forced.
    public var chatTemplate: ChatTemplate
    /// eos ids of config.json and generation_config.json (generation stops at any of them).
    public let eosTokenIds: [Int]

    public init(directory: URL, config: ModelConfig, model: LlamaModel, tokenizer: Tokenizer,
                chatTemplate: ChatTemplate? = nil, eosTokenIds: [Int]? = nil) {
        self.directory = directory
        self.config = config
        self.model = model
        self.tokenizer = tokenizer
        self.chatTemplate = chatTemplate ?? tokenizer.chatTemplate
        self.eosTokenIds = eosTokenIds ?? config.eosTokenIds
    }

    /// `spec` is a folder or a Hugging Face repo id found in the local cache (never downloaded).
    public static func load(_ spec: String, chatTemplate: ChatTemplate? = nil) throws -> PretrainedModel {
        let directory = try ModelDirectory.resolve(spec)
        let config = try ModelConfig.load(from: directory.appendingPathComponent("config.json"))
        let weights = try ModelDirectory.loadWeights(directory: directory, config: config)
        let model = try LlamaModel(config: config, weights: weights, source: directory.path)
        let tokenizer = try Tokenizer.load(directory: directory)
        guard tokenizer.vocabularySize <= config.vocabSize else {
            throw AlignOnceError(directory.appendingPathComponent("tokenizer.json").path,
                                 "tokenizer has \(tokenizer.vocabularySize) tokens but config.json vocab_size is \(config.vocabSize)")
        }
        return PretrainedModel(directory: directory, config: config, model: model, tokenizer: tokenizer,
                               chatTemplate: chatTemplate, eosTokenIds: ModelConfig.loadEOSIds(directory: directory))
    }

    /// Token ids generation stops at: eos ids, the tokenizer's eos and the chat format's
    /// end-of-turn tokens.
    public var stopTokenIds: Set<Int> {
        var ids = Set(eosTokenIds)
        if let eos = tokenizer.eosTokenId { ids.insert(eos) }
        for text in chatTemplate.stopStrings { if let id = tokenizer.tokenId(text) { ids.insert(id) } }
        return ids
    }

    public func renderChat(_ messages: [ChatMessage], addGenerationPrompt: Bool) -> String {
        chatTemplate.render(messages, addGenerationPrompt: addGenerationPrompt, defaultSystem: tokenizer.defaultSystemPrompt)
    }

    /// Ids of one user turn plus the generation prompt, as MLC variants and evaluation use.
    public func promptIds(user text: String) -> [Int32] {
        tokenizer.encode(renderChat([ChatMessage(role: "user", content: text)], addGenerationPrompt: true)).map { Int32($0) }
    }

    /// Dtypes of the weight files (`model*.safetensors`) on disk with their element counts (e.g. ["BF16": 494032768]).
    public func diskDTypes() throws -> [String: Int] {
        var counts: [String: Int] = [:]
        let files = try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "safetensors" && $0.lastPathComponent.hasPrefix("model") }
        for url in files {
            let file = try SafetensorsFile(url: url)
            for name in file.names {
                if let info = file.info(name) { counts[info.dtype, default: 0] += info.shape.reduce(1, *) }
            }
        }
        return counts
    }

    /// Writes a Hugging Face folder transformers loads: LoRA adapters (if any) merged into a
    /// copy of the weights, config, generation config and the tokenizer files.
    public func export(to destination: URL, dtype: SafetensorsDType = .f32) throws {
        var weights = model.namedTensors()
        if let lora = model.lora {
            let merged = LlamaModel(config: config)
            merged.parameters.pointer.update(from: model.parameters.pointer, count: model.parameterCount)
            lora.merge(into: merged)
            weights = merged.namedTensors()
        }
        try ModelDirectory.saveModel(directory: destination, config: config, weights: weights.map { ($0.name, $0.tensor) },
                                     dtype: dtype, extraFiles: ModelDirectory.tokenizerFiles(in: directory))
    }
}
