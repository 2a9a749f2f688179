import Foundation
import Tensor
import Models

/// The demo's tokenizer and model folders, in Hugging Face layout.
enum DemoModelFiles {
    static let endOfText = "<|endoftext|>"
    static let imStart = "<|im_start|>"
    static let imEnd = "<|im_end|>"
    /// Id 0 is `<|endoftext|>`: it doubles as padding, which `SequenceBatch` fills with 0.
    static let specialTokens = [endOfText, imStart, imEnd]

    /// Trains a byte-level BPE on `texts`, writes `tokenizer.json` + `tokenizer_config.json`
    /// (ChatML template, EOS `<|im_end|>`, PAD `<|endoftext|>`) into `directory`, and returns
    /// the tokenizer read back from there (so it carries the saved chat template and EOS).
    static func trainTokenizer(texts: [String], vocabularySize: Int, directory: URL) throws -> Tokenizer {
        let trained = try BPETrainer.train(texts: texts, vocabularySize: vocabularySize, specialTokens: specialTokens)
        try trained.save(to: directory, eosToken: imEnd, padToken: endOfText, chatTemplate: ChatTemplate.chatml.jinjaSource)
        return try Tokenizer.load(directory: directory)
    }

    static func modelConfig(_ shape: DemoModelShape, tokenizer: Tokenizer, maxPositions: Int) throws -> ModelConfig {
        guard let imEndId = tokenizer.tokenId(imEnd), let padId = tokenizer.tokenId(endOfText) else {
            throw AlignOnceError("tokenizer", "lacks the ChatML special tokens \(specialTokens)")
        }
        return ModelConfig(vocabSize: tokenizer.vocabularySize, hiddenSize: shape.hiddenSize,
                           intermediateSize: shape.intermediateSize, numLayers: shape.layers, numHeads: shape.heads,
                           numKVHeads: shape.kvHeads, maxPositions: maxPositions, eosTokenIds: [imEndId], padTokenId: padId)
    }

    /// A copy of `model` with its own parameter buffer.
    static func clone(_ model: LlamaModel) -> LlamaModel {
        let copy = LlamaModel(config: model.config)
        copy.parameters.pointer.update(from: model.parameters.pointer, count: model.parameterCount)
        return copy
    }

    /// Writes `model` as a Hugging Face folder with the tokenizer files of `tokenizerDirectory`.
    static func save(_ model: LlamaModel, to directory: URL, tokenizerDirectory: URL) throws {
        let weights = model.namedTensors().map { ($0.name, $0.tensor) }
        try ModelDirectory.saveModel(directory: directory, config: model.config, weights: weights,
                                     extraFiles: ModelDirectory.tokenizerFiles(in: tokenizerDirectory))
    }

    /// Ids of a user turn plus the generation prompt, exactly as the pretraining chats render it.
    static func promptIds(_ tokenizer: Tokenizer, user: String) -> [Int32] {
        tokenizer.encode(World.renderPrompt(user: user)).map { Int32($0) }
    }

    /// Ids of an assistant answer with its end-of-turn (what follows the generation prompt).
    static func answerIds(_ tokenizer: Tokenizer, _ answer: String) -> [Int32] {
        tokenizer.encode(answer + imEnd + "\n").map { Int32($0) }
    }
}
