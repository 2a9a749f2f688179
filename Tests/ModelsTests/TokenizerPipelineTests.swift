import Foundation
import Tensor
import XCTest
@testable import Models

/// Builds small `tokenizer.json` files in the layouts of published models: the 256 byte
/// symbols as ids 0–255 (in byte order), then one id per merge.
enum TestTokenizerJSON {
    static let qwen2Pattern = #"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"#
    static let llama3Pattern = #"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"#

    static func byteSymbol(_ byte: Int) -> String {
        ByteLevelAlphabet.standIn(for: UInt8(byte))
    }

    /// A Split(regex, Isolated) + ByteLevel(use_regex false) tokenizer. Special tokens are
    /// numbered after the vocabulary, as `tokenizers` saves them.
    static func make(pattern: String, normalizer: [String: Any]?, merges: [[String]], extraVocab: [String] = [],
                     specialTokens: [String] = [], ignoreMerges: Bool = false) -> [String: Any] {
        var vocab: [String: Int] = [:]
        for byte in 0..<256 { vocab[byteSymbol(byte)] = byte }
        for merge in merges where vocab[merge.joined()] == nil { vocab[merge.joined()] = vocab.count }
        for token in extraVocab where vocab[token] == nil { vocab[token] = vocab.count }
        return [
            "version": "1.0",
            "added_tokens": specialTokens.enumerated().map {
                ["id": vocab.count + $0.offset, "content": $0.element, "single_word": false, "lstrip": false, "rstrip": false,
                 "normalized": false, "special": true] as [String: Any]
            },
            "normalizer": normalizer ?? NSNull(),
            "pre_tokenizer": ["type": "Sequence", "pretokenizers": [
                ["type": "Split", "pattern": ["Regex": pattern], "behavior": "Isolated", "invert": false],
                ["type": "ByteLevel", "add_prefix_space": false, "trim_offsets": false, "use_regex": false],
            ]] as [String: Any],
            "post_processor": NSNull(),
            "decoder": ["type": "ByteLevel", "add_prefix_space": false, "trim_offsets": false, "use_regex": false],
            "model": ["type": "BPE", "dropout": NSNull(), "unk_token": NSNull(), "continuing_subword_prefix": "",
                      "end_of_word_suffix": "", "fuse_unk": false, "byte_fallback": false, "ignore_merges": ignoreMerges,
                      "vocab": vocab, "merges": merges.map { $0.joined(separator: " ") }] as [String: Any],
        ]
    }

    static func tokenizer(_ root: [String: Any], source: String = "test/tokenizer.json") throws -> Tokenizer {
        try Tokenizer(tokenizerJSON: JSONSerialization.data(withJSONObject: root), source: source)
    }
}

final class TokenizerPipelineTests: XCTestCase {
    private func qwen2Style() throws -> Tokenizer {
        try TestTokenizerJSON.tokenizer(TestTokenizerJSON.make(
            pattern: TestTokenizerJSON.qwen2Pattern, normalizer: ["type": "NFC"],
            merges: [["C", "a"], ["Ca", "f"], ["Ã", "©"], ["Caf", "Ã©"], ["Ġ", "w"], ["Ġw", "o"]],
            specialTokens: ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]))
    }

    /// Pieces in their raw form, to compare with hand-derived splits.
    private func pieces(_ tokenizer: Tokenizer, _ text: String) -> [String] {
        tokenizer.preTokenize(text).map { piece in
            var bytes: [UInt8] = []
            _ = ByteLevelAlphabet.appendBytes(of: piece, to: &bytes)
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    func testQwen2StylePreTokenization() throws {
        let tokenizer = try qwen2Style()
        XCTAssertEqual(pieces(tokenizer, "Hello world"), ["Hello", " world"])
        // Digits one by one; a currency sign is punctuation on its own.
        XCTAssertEqual(pieces(tokenizer, "$12345"), ["$", "1", "2", "3", "4", "5"])
        // `\s*[\r\n]+` takes the blank run up to the last newline; `\s+(?!\S)` leaves one
        // space for the next word.
        XCTAssertEqual(pieces(tokenizer, "a\n\nb"), ["a", "\n\n", "b"])
        XCTAssertEqual(pieces(tokenizer, "x  \n  y"), ["x", "  \n", " ", " y"])
        XCTAssertEqual(pieces(tokenizer, "line\r\nnext"), ["line", "\r\n", "next"])
        // Punctuation keeps the newlines that follow it.
        XCTAssertEqual(pieces(tokenizer, "Hi!\n\nThere"), ["Hi", "!\n\n", "There"])
        XCTAssertEqual(pieces(tokenizer, " ...hello"), [" ...", "hello"])
        // Contractions are case-insensitive here (GPT-2's pattern is not).
        XCTAssertEqual(pieces(tokenizer, "I'M you'LL"), ["I", "'M", " you", "'LL"])
        // Any non-letter, non-digit, non-newline character may lead a word.
        XCTAssertEqual(pieces(tokenizer, "(abc"), ["(abc"])
    }

    func testQwen2StyleNormalizesToNFCAndEncodes() throws {
        let tokenizer = try qwen2Style()
        let decomposed = "Cafe\u{301}"
        let composed = "Caf\u{E9}"
        XCTAssertEqual(pieces(tokenizer, decomposed), [composed])
        let cafeId = try XCTUnwrap(tokenizer.tokenId("CafÃ©"))
        XCTAssertEqual(tokenizer.encode(decomposed), [cafeId])
        XCTAssertEqual(tokenizer.encode(composed), [cafeId])
        XCTAssertEqual(tokenizer.decode([cafeId]), composed)

        // " wo" merges; "rld" stays bytes; special tokens are matched before splitting.
        let spaceWo = try XCTUnwrap(tokenizer.tokenId("Ġwo"))
        // 256 byte symbols + 6 merges, then the special tokens (Qwen's layout).
        let (imStart, imEnd) = (263, 264)
        XCTAssertEqual(tokenizer.tokenId("<|im_start|>"), imStart)
        let ids = tokenizer.encode("<|im_start|> world<|im_end|>")
        XCTAssertEqual(ids, [imStart, spaceWo, Int(UInt8(ascii: "r")), Int(UInt8(ascii: "l")), Int(UInt8(ascii: "d")), imEnd])
        XCTAssertEqual(tokenizer.decode(ids), "<|im_start|> world<|im_end|>")
        XCTAssertEqual(tokenizer.decode(ids, skipSpecialTokens: true), " world")
        // Added tokens outside the BPE vocabulary still count.
        XCTAssertEqual(tokenizer.vocabularySize, 265)
        XCTAssertEqual(tokenizer.tokenString(imEnd), "<|im_end|>")
        XCTAssertEqual(tokenizer.specialTokenIds, [262, imStart, imEnd])
        XCTAssertNil(tokenizer.tokenString(265))
        XCTAssertThrowsError(try tokenizer.validate(ids: [265], source: "ids"))
    }

    func testLlama3StyleGroupsDigitsByThreeAndIgnoresMerges() throws {
        let root = TestTokenizerJSON.make(pattern: TestTokenizerJSON.llama3Pattern, normalizer: nil,
                                          merges: [["h", "e"]], extraVocab: ["hello", "123"], ignoreMerges: true)
        let tokenizer = try TestTokenizerJSON.tokenizer(root)
        XCTAssertEqual(pieces(tokenizer, "1234567"), ["123", "456", "7"])
        XCTAssertEqual(pieces(tokenizer, "x 2024"), ["x", " ", "202", "4"])
        XCTAssertEqual(pieces(tokenizer, "e\u{301}"), ["e", "\u{301}"], "no normalizer: the accent stays apart")
        // ignore_merges: a piece that is a vocabulary entry is one token, whatever the merges.
        let hello = try XCTUnwrap(tokenizer.tokenId("hello"))
        let he = try XCTUnwrap(tokenizer.tokenId("he"))
        let l = Int(UInt8(ascii: "l")), o = Int(UInt8(ascii: "o"))
        XCTAssertEqual(tokenizer.encode("hello"), [hello])
        XCTAssertEqual(tokenizer.encode("1234"), [try XCTUnwrap(tokenizer.tokenId("123")), Int(UInt8(ascii: "4"))])

        var model = try XCTUnwrap(root["model"] as? [String: Any])
        model["ignore_merges"] = false
        var withMerges = root
        withMerges["model"] = model
        XCTAssertEqual(try TestTokenizerJSON.tokenizer(withMerges).encode("hello"), [he, l, l, o])
    }

    /// The examples of the `tokenizers` documentation for `Split` on "the-final--countdown".
    func testSplitBehaviors() throws {
        let regex = try NSRegularExpression(pattern: "-")
        let expected: [(SplitBehavior, [String])] = [
            (.removed, ["the", "final", "countdown"]),
            (.isolated, ["the", "-", "final", "-", "-", "countdown"]),
            (.mergedWithPrevious, ["the-", "final-", "-", "countdown"]),
            (.mergedWithNext, ["the", "-final", "-", "-countdown"]),
            (.contiguous, ["the", "-", "final", "--", "countdown"]),
        ]
        for (behavior, pieces) in expected {
            var output: [String] = []
            RegexSplitter(regex: regex, behavior: behavior, invert: false).split("the-final--countdown", into: &output)
            XCTAssertEqual(output, pieces, behavior.rawValue)
        }
        var kept: [String] = []
        RegexSplitter(regex: regex, behavior: .removed, invert: true).split("the-final--countdown", into: &kept)
        XCTAssertEqual(kept, ["-", "-", "-"])
    }

    func testSplitOnLiteralStringAndSequenceNormalizer() throws {
        var root = TestTokenizerJSON.make(pattern: "", normalizer: [
            "type": "Sequence", "normalizers": [["type": "NFD"], ["type": "Lowercase"], ["type": "NFC"]],
        ], merges: [])
        root["pre_tokenizer"] = ["type": "Sequence", "pretokenizers": [
            ["type": "Split", "pattern": ["String": "."], "behavior": "Removed", "invert": false],
            ["type": "ByteLevel", "add_prefix_space": true, "use_regex": false],
        ]] as [String: Any]
        let tokenizer = try TestTokenizerJSON.tokenizer(root)
        // "." is literal, not "any character"; every piece gets a prefix space.
        XCTAssertEqual(pieces(tokenizer, "ÉTÉ.A. b"), [" été", " a", " b"])
    }

    func testGraphemeClustersSplitByScalarsAndRoundTrip() throws {
        let tokenizer = try qwen2Style()
        for text in ["👨\u{200D}👩\u{200D}👧 family", "🇺🇸🇯🇵", "zero\u{200B}width", "e\u{301}\u{302}x", "😀😀 a😀"] {
            XCTAssertEqual(tokenizer.decode(tokenizer.encode(text)), text.precomposedStringWithCanonicalMapping, text.debugDescription)
        }
        // ZWJ is neither letter nor digit: it leads the following letters, never splits a scalar.
        XCTAssertEqual(pieces(tokenizer, "a\u{200D}b"), ["a", "\u{200D}b"])
    }

    func testUnknownScalarsAreDroppedOrMappedToUnk() throws {
        var root = TestTokenizerJSON.make(pattern: "\\s+", normalizer: nil, merges: [], extraVocab: ["<unk>"])
        // No byte-level step: the model sees raw characters, most of them unknown.
        root["pre_tokenizer"] = NSNull()
        root["decoder"] = NSNull()
        let dropping = try TestTokenizerJSON.tokenizer(root)
        XCTAssertEqual(dropping.encode("a€b"), [Int(UInt8(ascii: "a")), Int(UInt8(ascii: "b"))])
        // Without a decoder `tokenizers` joins token strings with spaces.
        XCTAssertEqual(dropping.decode(dropping.encode("a€b")), "a b")

        var model = try XCTUnwrap(root["model"] as? [String: Any])
        model["unk_token"] = "<unk>"
        model["fuse_unk"] = true
        root["model"] = model
        let unk = try TestTokenizerJSON.tokenizer(root)
        let unkId = try XCTUnwrap(unk.tokenId("<unk>"))
        XCTAssertEqual(unk.encode("a€€b"), [Int(UInt8(ascii: "a")), unkId, Int(UInt8(ascii: "b"))])
    }

    /// Also checks the `tokenizers` numbering of added tokens: written ids (400–402 here) are
    /// ignored; "hello" is in the vocabulary (256 bytes + 4 merges: id 259), the others
    /// follow the vocabulary in file order (260, 261). `tokenizers` 0.23.3 gives the same ids.
    func testAddedTokenStripAndNormalizedMatching() throws {
        var root = TestTokenizerJSON.make(pattern: TestTokenizerJSON.qwen2Pattern, normalizer: ["type": "Lowercase"],
                                          merges: [["h", "e"], ["he", "l"], ["hel", "l"], ["hell", "o"]])
        root["added_tokens"] = [
            ["id": 400, "content": "<mask>", "lstrip": true, "rstrip": false, "normalized": false, "special": true],
            ["id": 401, "content": "[SEP]", "lstrip": false, "rstrip": true, "normalized": false, "special": true],
            ["id": 402, "content": "hello", "lstrip": false, "rstrip": false, "normalized": true, "special": false],
        ] as [[String: Any]]
        let tokenizer = try TestTokenizerJSON.tokenizer(root)
        let (a, b, space) = (Int(UInt8(ascii: "a")), Int(UInt8(ascii: "b")), try XCTUnwrap(tokenizer.tokenId("Ġ")))
        let (hello, mask, separator) = (259, 260, 261)
        XCTAssertEqual([tokenizer.tokenId("hello"), tokenizer.tokenId("<mask>"), tokenizer.tokenId("[SEP]")], [hello, mask, separator])
        XCTAssertEqual(tokenizer.vocabularySize, 262)
        // lstrip absorbs the (Unicode) spaces before <mask>; rstrip those after [SEP].
        XCTAssertEqual(tokenizer.encode("a  <mask> b"), [a, mask, space, b])
        XCTAssertEqual(tokenizer.encode("a\u{3000}<mask>"), [a, mask])
        XCTAssertEqual(tokenizer.encode("a[SEP]  b"), [a, separator, b])
        XCTAssertEqual(tokenizer.encode("[SEP]\u{A0}\u{2028}x"), [separator, Int(UInt8(ascii: "x"))])
        // A normalized added token is found after lowercasing: "HELLO" -> "hello".
        XCTAssertEqual(tokenizer.encode("HELLO"), [hello])
        XCTAssertEqual(tokenizer.specialTokenIds, [mask, separator])
        XCTAssertEqual(tokenizer.decode([hello, separator, mask], skipSpecialTokens: true), "hello")
    }

    func testConcurrentEncodingIsConsistent() throws {
        let tokenizer = try qwen2Style()
        let texts = (0..<64).map { "Text \($0): Café 123 \($0 * 7919) world\n\n<|im_end|>" }
        let expected = texts.map(tokenizer.encode)
        let fresh = try qwen2Style()
        var results = [[Int]](repeating: [], count: texts.count)
        results.withUnsafeMutableBufferPointer { output in
            DispatchQueue.concurrentPerform(iterations: texts.count) { index in output[index] = fresh.encode(texts[index]) }
        }
        XCTAssertEqual(results, expected)
    }

    /// Tokens with JSON-escaped characters survive serialization; the vocabulary is written
    /// in id order.
    func testSerializationEscapesTokens() throws {
        let odd = ["quote\"d", "back\\slash", "new\nline\ttab\r", "bell\u{7}\u{1F}", "é😀", "/slash"]
        var root = TestTokenizerJSON.make(pattern: "\\s+", normalizer: nil, merges: [["a", "b"]], extraVocab: odd)
        root["pre_tokenizer"] = NSNull()
        let tokenizer = try TestTokenizerJSON.tokenizer(root)
        let data = try tokenizer.serializedJSON()
        let reparsed = try JSONSerialization.jsonObject(with: data)
        let original = try JSONSerialization.jsonObject(with: JSONSerialization.data(withJSONObject: root))
        XCTAssertEqual(reparsed as? NSDictionary, original as? NSDictionary)
        let reloaded = try Tokenizer(tokenizerJSON: data, source: "reloaded")
        for token in odd { XCTAssertEqual(reloaded.tokenId(token), tokenizer.tokenId(token), token) }
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains(#""bell\u0007\u001f""#), "control characters as \\u escapes")
        let first = try XCTUnwrap(text.range(of: #""ab": 256"#))
        let last = try XCTUnwrap(text.range(of: #""/slash": 262"#))
        XCTAssertLessThan(first.lowerBound, last.lowerBound, "vocabulary in id order")
    }
}
