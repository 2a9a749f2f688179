import Foundation
import Tensor

/// Trains a GPT-2 style byte-level BPE tokenizer, laid out like tokenizer_a: ids are the
/// special tokens first, then the 256 byte symbols (in increasing code-point order of their
/// stand-in characters, as `tokenizers` sorts its alphabet), then one token per merge in
/// the order learned. Pre-tokenization is ByteLevel (no prefix space, GPT-2 regex); special
/// tokens occurring in the corpus are cut out and not learned from.
public enum BPETrainer {
    /// - Parameters:
    ///   - vocabularySize: total tokens wanted (special + 256 + merges); fewer when the
    ///     corpus runs out of pairs seen at least `minFrequency` times.
    public static func train(texts: [String], vocabularySize: Int, specialTokens: [String], minFrequency: Int = 2) throws -> Tokenizer {
        let byteSymbols = ByteLevelAlphabet.sortedStandIns
        let baseSize = specialTokens.count + byteSymbols.count
        guard vocabularySize >= baseSize else {
            throw AlignOnceError("vocabularySize", "\(vocabularySize) is too small: \(specialTokens.count) special tokens + 256 byte symbols need at least \(baseSize)")
        }
        guard Set(specialTokens).count == specialTokens.count,
              !specialTokens.contains(where: { $0.isEmpty || byteSymbols.contains($0) }) else {
            throw AlignOnceError("specialTokens", "special tokens must be distinct, non-empty and not single byte symbols")
        }
        let specials = specialTokens.enumerated().map {
            AddedToken(id: $0.offset, content: $0.element, special: true, normalized: false)
        }
        let preTokenizer = try ByteLevelPreTokenizer(addPrefixSpace: false, useRegex: true)
        let counted = countWords(texts, preTokenizer: preTokenizer, specials: AddedTokenMatcher(specials))
            .sorted { $0.key < $1.key }

        let tokens = specialTokens + byteSymbols
        var symbolOfScalar = [Int32](repeating: -1, count: ByteLevelAlphabet.byteForScalarValue.count)
        for (offset, symbol) in byteSymbols.enumerated() {
            if let scalar = symbol.unicodeScalars.first { symbolOfScalar[Int(scalar.value)] = Int32(specialTokens.count + offset) }
        }
        // Pieces are made of byte stand-ins only, so every scalar has a symbol.
        let words = counted.map { entry in entry.key.unicodeScalars.map { symbolOfScalar[Int($0.value)] } }
        var learner = BPEMergeLearner(tokens: tokens, words: words, counts: counted.map(\.value))
        learner.learn(vocabularyLimit: vocabularySize, minFrequency: minFrequency)

        let root = tokenizerJSON(tokens: learner.tokens, merges: learner.merges, specials: specials)
        return try Tokenizer(root: TokenizerJSONObject(root, path: "", source: "BPETrainer"), config: TokenizerConfig())
    }

    /// How often each pre-tokenized piece (in byte-alphabet form) occurs, counted in parallel.
    private static func countWords(_ texts: [String], preTokenizer: ByteLevelPreTokenizer, specials: AddedTokenMatcher) -> [String: Int] {
        var total: [String: Int] = [:]
        let lock = NSLock()
        Parallel.forEachChunk(texts.count, costPerItem: 4096) { range in
            var local: [String: Int] = [:]
            for index in range {
                for case .text(let text) in specials.split(texts[index]) {
                    for piece in preTokenizer.preTokenize([text]) { local[piece, default: 0] += 1 }
                }
            }
            lock.lock()
            total.merge(local, uniquingKeysWith: +)
            lock.unlock()
        }
        return total
    }

    /// The `tokenizer.json` object of a trained tokenizer (the tokenizer_a layout).
    private static func tokenizerJSON(tokens: [String], merges: [(Int32, Int32)], specials: [AddedToken]) -> [String: Any] {
        var vocab: [String: Int] = [:]
        for (id, token) in tokens.enumerated() { vocab[token] = id }
        let addedTokens: [[String: Any]] = specials.map {
            ["id": $0.id, "content": $0.content, "single_word": false, "lstrip": false, "rstrip": false,
             "normalized": false, "special": true]
        }
        let byteLevel: [String: Any] = ["type": "ByteLevel", "add_prefix_space": false, "trim_offsets": true, "use_regex": true]
        var postProcessor = byteLevel
        postProcessor["trim_offsets"] = false
        var decoder = byteLevel
        decoder["add_prefix_space"] = true
        let model: [String: Any] = [
            "type": "BPE", "dropout": NSNull(), "unk_token": NSNull(), "continuing_subword_prefix": NSNull(),
            "end_of_word_suffix": NSNull(), "fuse_unk": false, "byte_fallback": false, "ignore_merges": false,
            "vocab": vocab, "merges": merges.map { [tokens[Int($0.0)], tokens[Int($0.1)]] },
        ]
        return [
            "version": "1.0", "truncation": NSNull(), "padding": NSNull(), "added_tokens": addedTokens,
            "normalizer": NSNull(), "pre_tokenizer": byteLevel, "post_processor": postProcessor,
            "decoder": decoder, "model": model,
        ]
    }
}
