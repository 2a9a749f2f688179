import Foundation
import Tensor

/// A Hugging Face `tokenizer.json` byte-level BPE tokenizer (GPT-2, Qwen2, Llama 3 style):
/// added tokens → normalizer → pre-tokenizer → BPE model, and the ByteLevel decoder back.
/// `encode` has `add_special_tokens=False` semantics: no BOS/EOS or post-processor template
/// is applied, only what the text contains. Immutable after loading apart from the
/// (locked) BPE cache, so one instance may be shared between threads.
public final class Tokenizer: @unchecked Sendable {
    /// The parsed `tokenizer.json`, re-emitted unchanged by `serializedJSON()`.
    let root: [String: Any]
    let source: String
    let normalizer: TextNormalizer?
    let preTokenizer: PreTokenizer?
    let model: BPEModel
    let decoder: TokenDecoder
    let addedTokensById: [Int: AddedToken]
    let addedTokensByContent: [String: AddedToken]
    /// Added tokens matched in the raw text / in the normalized text.
    private let rawAddedTokens: AddedTokenMatcher
    private let normalizedAddedTokens: AddedTokenMatcher
    let config: TokenizerConfig

    /// Max id + 1 over the vocabulary and the added tokens.
    public let vocabularySize: Int
    /// Ids of the added tokens marked `"special": true`.
    public let specialTokenIds: Set<Int>
    /// Id of `tokenizer_config.json`'s `eos_token` / `pad_token`, when present and known.
    public let eosTokenId: Int?
    public let padTokenId: Int?
    /// The chat format recognised in `chat_template` (plain when there is none).
    public let chatTemplate: ChatTemplate
    /// The system message the template inserts when a conversation has none (Qwen's
    /// "You are Qwen, created by Alibaba Cloud. …"), nil when it inserts none.
    public let defaultSystemPrompt: String?

    init(root json: TokenizerJSONObject, config: TokenizerConfig) throws {
        root = json.fields
        source = json.source
        self.config = config
        let normalizer = try json.optionalObject("normalizer").map(NormalizerFactory.make)
        self.normalizer = normalizer
        preTokenizer = try json.optionalObject("pre_tokenizer").map(PreTokenizerFactory.make)
        let model = try BPEModel(json.object("model"))
        self.model = model
        decoder = try TokenDecoder.make(json.optionalObject("decoder"))

        let entries = json.value("added_tokens") == nil ? [] : try json.objects("added_tokens")
        var byId: [Int: AddedToken] = [:]
        var byContent: [String: AddedToken] = [:]
        // A token listed twice keeps its last properties, as in `tokenizers`.
        for token in try AddedToken.readList(entries, vocabulary: model.tokenToId) {
            byId[token.id] = token
            byContent[token.content] = token
        }
        addedTokensById = byId
        addedTokensByContent = byContent
        let addedTokens = byContent.values.sorted { $0.id < $1.id }
        rawAddedTokens = AddedTokenMatcher(addedTokens.filter { !$0.normalized })
        normalizedAddedTokens = AddedTokenMatcher(addedTokens.filter(\.normalized)) {
            normalizer?.normalize($0.content) ?? $0.content
        }

        let maxId = max(model.idToToken.keys.max() ?? -1, byId.keys.max() ?? -1)
        vocabularySize = maxId + 1
        specialTokenIds = Set(addedTokens.filter(\.special).map(\.id))
        chatTemplate = ChatTemplate.detect(config.chatTemplate)
        defaultSystemPrompt = ChatTemplate.defaultSystemPrompt(in: config.chatTemplate)
        eosTokenId = config.eosToken.flatMap { Self.id(of: $0, addedTokens: byContent, model: model) }
        padTokenId = config.padToken.flatMap { Self.id(of: $0, addedTokens: byContent, model: model) }
    }

    // MARK: Encoding

    /// Token ids of `text` (`add_special_tokens=False`): added tokens found in the text become
    /// their ids, everything else goes through normalizer, pre-tokenizer and BPE.
    public func encode(_ text: String) -> [Int] {
        var ids: [Int] = []
        ids.reserveCapacity(text.utf8.count / 3)
        for segment in rawAddedTokens.split(text) {
            switch segment {
            case .token(let id):
                ids.append(id)
            case .text(let raw):
                let normalized = normalizer?.normalize(raw) ?? raw
                for inner in normalizedAddedTokens.split(normalized) {
                    switch inner {
                    case .token(let id): ids.append(id)
                    case .text(let piece): encodeOrdinary(piece, into: &ids)
                    }
                }
            }
        }
        return ids
    }

    private func encodeOrdinary(_ normalized: String, into ids: inout [Int]) {
        for piece in pieces(ofNormalized: normalized) { model.tokenize(piece, into: &ids) }
    }

    private func pieces(ofNormalized text: String) -> [String] {
        preTokenizer?.preTokenize([text]) ?? [text]
    }

    /// The pieces the pre-tokenizer cuts `text` into, after normalization (no added-token
    /// matching): for tests and debugging.
    func preTokenize(_ text: String) -> [String] {
        pieces(ofNormalized: normalizer?.normalize(text) ?? text)
    }

    // MARK: Decoding

    /// Text of `ids`. Special tokens appear as their content unless `skipSpecialTokens`;
    /// ids outside the vocabulary are skipped (as `tokenizers` does); bytes that are not
    /// valid UTF-8 (an id list cutting a character) become U+FFFD.
    public func decode(_ ids: [Int], skipSpecialTokens: Bool = false) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ids.count * 4)
        var isFirst = true
        for id in ids { appendBytes(of: id, skipSpecialTokens: skipSpecialTokens, isFirst: &isFirst, to: &bytes) }
        return UTF8Repair.lossyString(bytes)
    }

    /// The decoder's bytes for one id (shared by `decode` and `StreamingDecoder`).
    func appendBytes(of id: Int, skipSpecialTokens: Bool, isFirst: inout Bool, to bytes: inout [UInt8]) {
        if skipSpecialTokens && specialTokenIds.contains(id) { return }
        guard let token = tokenString(id) else { return }
        decoder.appendBytes(of: token, isFirst: isFirst, to: &bytes)
        isFirst = false
    }

    // MARK: Vocabulary

    public func tokenId(_ token: String) -> Int? {
        Self.id(of: token, addedTokens: addedTokensByContent, model: model)
    }

    /// Added tokens take precedence over the model vocabulary, as in `tokenizers`.
    private static func id(of token: String, addedTokens: [String: AddedToken], model: BPEModel) -> Int? {
        addedTokens[token]?.id ?? model.tokenToId[token]
    }

    /// The token's string as stored (byte-alphabet form, e.g. `Ġthe`), or the added token's content.
    public func tokenString(_ id: Int) -> String? {
        addedTokensById[id]?.content ?? model.idToToken[id]
    }

    /// Throws if any id is not a token of this tokenizer; `source` names the ids' origin.
    public func validate(ids: [Int], source: String) throws {
        for (position, id) in ids.enumerated() where tokenString(id) == nil {
            throw AlignOnceError(source, "token id \(id) at position \(position) is outside the vocabulary of \(self.source) (ids 0..<\(vocabularySize))")
        }
    }

    // MARK: Chat

    /// `chatTemplate.render` with this tokenizer's default system prompt.
    public func renderChat(_ messages: [ChatMessage], addGenerationPrompt: Bool) -> String {
        chatTemplate.render(messages, addGenerationPrompt: addGenerationPrompt, defaultSystem: defaultSystemPrompt)
    }

    /// Ids generation should stop on: the template's end-of-turn tokens and the EOS token.
    public var stopTokenIds: Set<Int> {
        var ids = Set(chatTemplate.stopStrings.compactMap(tokenId))
        if let eosTokenId { ids.insert(eosTokenId) }
        return ids
    }
}
