import Foundation
import Tensor
import TestSupport
import XCTest
@testable import Models

/// Tokenizer A against the Hugging Face `tokenizers` reference outputs in the parity fixtures.
final class TokenizerParityTests: XCTestCase {
    private struct Case: Decodable {
        let text: String
        let ids: [Int]
        let tokens: [String]
        let decoded: String
        let decoded_skip_special: String
    }

    private func tokenizerA() throws -> Tokenizer {
        let url = Fixtures.url("tokenizer_a/tokenizer.json")
        return try Tokenizer(tokenizerJSON: Data(contentsOf: url), source: url.path)
    }

    private func cases() throws -> [Case] {
        try JSONDecoder().decode([Case].self, from: Data(contentsOf: Fixtures.url("tokenizer_a/cases.json")))
    }

    private func assertMatchesReference(_ tokenizer: Tokenizer, file: StaticString = #filePath, line: UInt = #line) throws {
        let cases = try cases()
        XCTAssertEqual(cases.count, 65, file: file, line: line)
        for (index, reference) in cases.enumerated() {
            let ids = tokenizer.encode(reference.text)
            XCTAssertEqual(ids, reference.ids, "ids of case \(index) \(reference.text.debugDescription)", file: file, line: line)
            XCTAssertEqual(ids.map { tokenizer.tokenString($0) ?? "<none>" }, reference.tokens, "tokens of case \(index)", file: file, line: line)
            XCTAssertEqual(tokenizer.decode(reference.ids), reference.decoded, "decode of case \(index)", file: file, line: line)
            XCTAssertEqual(tokenizer.decode(reference.ids, skipSpecialTokens: true), reference.decoded_skip_special,
                           "skip-special decode of case \(index)", file: file, line: line)
        }
    }

    func testAllReferenceCasesMatch() throws {
        let tokenizer = try tokenizerA()
        XCTAssertEqual(tokenizer.vocabularySize, 1024)
        XCTAssertEqual(tokenizer.specialTokenIds, [0, 1, 2])
        XCTAssertEqual(tokenizer.tokenString(3), "!")
        XCTAssertEqual(tokenizer.tokenId("Ġ"), 223)
        try assertMatchesReference(tokenizer)
        // Encoding twice (the second time from the BPE cache) gives the same ids.
        try assertMatchesReference(tokenizer)
    }

    /// A 60,000-byte piece (CJK has no spaces to split at) must still encode quickly.
    func testVeryLongPieceRoundTrips() throws {
        let tokenizer = try tokenizerA()
        let text = String(repeating: "我喜欢学习新的语言", count: 2_000) + "aaaa"
        let start = Date()
        let ids = tokenizer.encode(text)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "long pieces must not be quadratic")
        XCTAssertEqual(tokenizer.decode(ids), text)
        // Repetition gives the same ids per repeat as for the short text.
        let once = tokenizer.encode("我喜欢学习新的语言")
        XCTAssertEqual(Array(ids.prefix(once.count)), once)
        XCTAssertEqual(Array(ids.suffix(4)), [67, 67, 67, 67], "tokenizer A has no \"aa\" merge")
    }

    func testStringMergesGiveIdenticalResults() throws {
        let url = Fixtures.url("tokenizer_a/tokenizer.json")
        var root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        var model = try XCTUnwrap(root["model"] as? [String: Any])
        let merges = try XCTUnwrap(model["merges"] as? [[String]])
        XCTAssertEqual(merges.count, 765)
        model["merges"] = merges.map { $0.joined(separator: " ") }
        model["continuing_subword_prefix"] = ""
        model["end_of_word_suffix"] = ""
        root["model"] = model
        let rewritten = try JSONSerialization.data(withJSONObject: root)
        XCTAssertTrue(String(decoding: rewritten, as: UTF8.self).contains("\"à ¸\""))
        try assertMatchesReference(Tokenizer(tokenizerJSON: rewritten, source: "string-merges/tokenizer.json"))
    }

    func testSerializedJSONLoadsBackIdentically() throws {
        let original = try tokenizerA()
        let data = try original.serializedJSON()
        let text = String(decoding: data, as: UTF8.self)
        // Booleans and nulls must stay JSON booleans / nulls for `tokenizers` to accept them.
        XCTAssertTrue(text.contains("\"byte_fallback\" : false"), "serialized booleans")
        XCTAssertTrue(text.contains("\"normalizer\" : null"), "serialized nulls")
        let originalObject = try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.url("tokenizer_a/tokenizer.json")))
        let reserialized = try JSONSerialization.jsonObject(with: data)
        XCTAssertEqual(originalObject as? NSDictionary, reserialized as? NSDictionary)
        try assertMatchesReference(Tokenizer(tokenizerJSON: data, source: "roundtrip/tokenizer.json"))
    }

    func testLoadsModelFolderWithConfig() throws {
        let tokenizer = try Tokenizer.load(directory: Fixtures.url("m1_llama"))
        XCTAssertEqual(tokenizer.vocabularySize, 1024)
        XCTAssertEqual(tokenizer.eosTokenId, 0)
        XCTAssertEqual(tokenizer.padTokenId, 0)
        XCTAssertEqual(tokenizer.chatTemplate, .chatml)
        XCTAssertNil(tokenizer.defaultSystemPrompt)
        XCTAssertEqual(tokenizer.stopTokenIds, [0, 2])

        let expected = try XCTUnwrap(Fixtures.json("m1_llama/expected.json") as? [String: Any])
        let sequences = try XCTUnwrap(expected["sequences"] as? [String: [String: Any]])
        for name in ["seq1", "seq2"] {
            let sequence = try XCTUnwrap(sequences[name])
            let text = try XCTUnwrap(sequence["text"] as? String)
            XCTAssertEqual(tokenizer.encode(text), try XCTUnwrap(sequence["ids"] as? [Int]), name)
        }
    }

    /// Generated ids cut characters: decode must show U+FFFD exactly where `tokenizers` does,
    /// and the streaming decoder must produce the same text piece by piece.
    func testGeneratedTextDecodesWithReplacementCharacters() throws {
        let tokenizer = try Tokenizer.load(directory: Fixtures.url("m1_llama"))
        let expected = try XCTUnwrap(Fixtures.json("m1_llama/expected.json") as? [String: Any])
        let generation = try XCTUnwrap(expected["generation"] as? [String: Any])
        let newIds = try XCTUnwrap(generation["new_ids"] as? [Int])
        let newText = try XCTUnwrap(generation["new_text"] as? String)
        XCTAssertEqual(tokenizer.decode(newIds), newText)
        XCTAssertTrue(newText.contains("\u{FFFD}"))

        var stream = StreamingDecoder(tokenizer: tokenizer)
        var pieces = newIds.map { stream.append($0) }
        pieces.append(stream.finish())
        XCTAssertEqual(pieces.joined(), newText)
    }

    func testStreamingDecoderHoldsBackIncompleteCharacters() throws {
        let tokenizer = try tokenizerA()
        // "😀" is one character of 4 bytes spread over three byte-level tokens.
        let ids = tokenizer.encode("a😀b")
        XCTAssertEqual(ids.count, 5)
        var stream = StreamingDecoder(tokenizer: tokenizer)
        XCTAssertEqual(ids.map { stream.append($0) }, ["a", "", "", "😀", "b"])
        XCTAssertEqual(stream.finish(), "")

        var cut = StreamingDecoder(tokenizer: tokenizer)
        XCTAssertEqual(ids.prefix(3).map { cut.append($0) }, ["a", "", ""])
        XCTAssertEqual(cut.finish(), "\u{FFFD}")

        var skipping = StreamingDecoder(tokenizer: tokenizer, skipSpecialTokens: true)
        XCTAssertEqual(tokenizer.encode("hi<|im_end|>").map { skipping.append($0) }.joined(), "hi")
    }

    func testChatMLPromptsEncodeLikeTheReference() throws {
        let tokenizer = try Tokenizer.load(directory: Fixtures.url("m1_llama"))
        let preference = try XCTUnwrap(Fixtures.json("preference/expected.json") as? [String: Any])
        let example = try XCTUnwrap((preference["examples"] as? [[String: Any]])?.first)
        let question = "Translate to Spanish: Good morning."
        let rendered = tokenizer.renderChat([ChatMessage(role: "user", content: question)], addGenerationPrompt: true)
        XCTAssertEqual(rendered, "<|im_start|>user\n\(question)<|im_end|>\n<|im_start|>assistant\n")
        XCTAssertEqual(rendered, try XCTUnwrap(example["prompt"] as? String))
        XCTAssertEqual(tokenizer.encode(rendered), try XCTUnwrap(example["prompt_ids"] as? [Int]))
        XCTAssertEqual(tokenizer.encode(try XCTUnwrap(example["chosen"] as? String)), try XCTUnwrap(example["chosen_ids"] as? [Int]))

        // The 20 templated MLC variants in five languages.
        let mlc = try XCTUnwrap(Fixtures.json("mlc/expected.json") as? [String: Any])
        let plain = try XCTUnwrap(mlc["prompts"] as? [[String: [String: Any]]])
        let templated = try XCTUnwrap(mlc["chat_prompts"] as? [[String: [String: Any]]])
        XCTAssertEqual(plain.count, 4)
        for (prompt, variants) in zip(plain, templated) {
            XCTAssertEqual(prompt.count, 5)
            for (language, variant) in prompt {
                let text = try XCTUnwrap(variant["text"] as? String)
                XCTAssertEqual(tokenizer.encode(text), try XCTUnwrap(variant["ids"] as? [Int]), language)
                let chat = try XCTUnwrap(variants[language])
                let chatText = tokenizer.renderChat([ChatMessage(role: "user", content: text)], addGenerationPrompt: true)
                XCTAssertEqual(chatText, try XCTUnwrap(chat["text"] as? String), language)
                XCTAssertEqual(tokenizer.encode(chatText), try XCTUnwrap(chat["ids"] as? [Int]), language)
            }
        }
    }

    func testValidateRejectsIdsOutsideTheVocabulary() throws {
        let tokenizer = try tokenizerA()
        XCTAssertNoThrow(try tokenizer.validate(ids: [0, 500, 1023], source: "ok.jsonl:1"))
        for bad in [[1024], [5, -1], [Int.max]] {
            XCTAssertThrowsError(try tokenizer.validate(ids: bad, source: "data.jsonl:7")) { error in
                let failure = error as? AlignOnceError
                XCTAssertEqual(failure?.location, "data.jsonl:7")
                XCTAssertTrue(failure?.problem.contains("outside the vocabulary") ?? false, "\(error)")
            }
        }
        // Decoding skips unknown ids instead of crashing, like `tokenizers`.
        XCTAssertEqual(tokenizer.decode([42, 5000, -3, 557]), tokenizer.decode([42, 557]))
    }
}
