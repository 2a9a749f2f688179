import Foundation
import Tensor
import TestSupport
import XCTest
@testable import Models

final class TokenizerTrainerTests: XCTestCase {
    private let specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]

    /// A small multilingual corpus with repeated words, so frequent pairs exist in every script.
    private func corpus() -> [String] {
        let sentences = [
            "The quick brown fox jumps over the lazy dog.", "Models should answer consistently in every language.",
            "El zorro marrón salta sobre el perro perezoso.", "Me gusta aprender idiomas nuevos cada día.",
            "我喜欢学习新的语言。今天天气很好。", "Привет, как дела? Сегодня хорошая погода.",
            "مرحبا بالعالم، كيف حالك اليوم؟", "Habari za asubuhi? Nzuri sana, asante.",
            "नमस्ते दुनिया, आप कैसे हैं?", "Größe, Maß und Übermut: 2025 Straßen.",
        ]
        return (0..<60).map { index in
            sentences[index % sentences.count] + " \(index)" + (index % 7 == 0 ? "<|im_end|>" : "")
        }
    }

    func testTrainsTokenizerALayout() throws {
        let tokenizer = try BPETrainer.train(texts: corpus(), vocabularySize: 500, specialTokens: specials)
        XCTAssertEqual(tokenizer.vocabularySize, 500)
        XCTAssertEqual(tokenizer.specialTokenIds, [0, 1, 2])
        XCTAssertEqual((0..<3).map { tokenizer.tokenString($0) }, specials)
        // Byte symbols follow in code-point order of their stand-ins, as in tokenizer_a.
        XCTAssertEqual(tokenizer.tokenString(3), "!")
        XCTAssertEqual(tokenizer.tokenString(3 + 93), "~")
        XCTAssertEqual(tokenizer.tokenString(258), TestTokenizerJSON.byteSymbol(173))
        XCTAssertEqual(tokenizer.tokenId("Ġ"), 3 + 188 + 32)
        // Special tokens in the corpus are not learned from.
        XCTAssertNil(tokenizer.tokenId("<|"))
        XCTAssertNil(tokenizer.tokenId("im"))

        let unseen = "The brown dog says: ¡Hola! 你好，世界 🌍 — Asante sana 42.<|im_end|>"
        let ids = tokenizer.encode(unseen)
        XCTAssertEqual(tokenizer.decode(ids), unseen)
        XCTAssertEqual(ids.last, 2)
        let seen = "The quick brown fox jumps over the lazy dog."
        XCTAssertLessThan(tokenizer.encode(seen).count, seen.utf8.count / 2, "merges compress seen text")
        XCTAssertNoThrow(try tokenizer.validate(ids: ids, source: "trained"))
    }

    func testSerializeReloadAndSaveFolder() throws {
        let tokenizer = try BPETrainer.train(texts: corpus(), vocabularySize: 500, specialTokens: specials)
        let reloaded = try Tokenizer(tokenizerJSON: tokenizer.serializedJSON(), source: "trained/tokenizer.json")
        let unseen = ["Nuevos idiomas, new languages: 学习 Сегодня 7788!", "  spaces\n\nand\ttabs  ", "<|im_start|>user\nhi<|im_end|>"]
        for text in unseen {
            XCTAssertEqual(reloaded.encode(text), tokenizer.encode(text), text)
            XCTAssertEqual(reloaded.decode(reloaded.encode(text)), text)
        }
        XCTAssertEqual(try reloaded.serializedJSON(), try tokenizer.serializedJSON())
        // The tokenizer_a layout, with JSON booleans and nulls `tokenizers` accepts.
        let text = String(decoding: try tokenizer.serializedJSON(), as: UTF8.self)
        for fragment in ["\"fuse_unk\" : false", "\"dropout\" : null", "\"version\" : \"1.0\"", "\"type\" : \"BPE\"",
                         "\"special\" : true", "\"use_regex\" : true"] {
            XCTAssertTrue(text.contains(fragment), fragment)
        }

        let folder = try Fixtures.temporaryDirectory("tokenizer-save")
        defer { try? FileManager.default.removeItem(at: folder) }
        try tokenizer.save(to: folder, eosToken: "<|endoftext|>", padToken: "<|endoftext|>", chatTemplate: ChatTemplate.chatml.jinjaSource)
        let loaded = try Tokenizer.load(directory: folder)
        XCTAssertEqual(loaded.eosTokenId, 0)
        XCTAssertEqual(loaded.padTokenId, 0)
        XCTAssertEqual(loaded.chatTemplate, .chatml)
        XCTAssertEqual(loaded.stopTokenIds, [0, 2])
        XCTAssertEqual(loaded.encode(unseen[0]), tokenizer.encode(unseen[0]))
    }

    func testDeterministic() throws {
        let first = try BPETrainer.train(texts: corpus(), vocabularySize: 450, specialTokens: specials)
        let second = try BPETrainer.train(texts: corpus().reversed(), vocabularySize: 450, specialTokens: specials)
        XCTAssertEqual(try first.serializedJSON(), try second.serializedJSON())
    }

    /// Merges derived by hand. Pieces "ab", "Ġab" ×2, "abc": (a,b) occurs 4 times, then
    /// (Ġ,ab) twice; (ab,c) once is below minFrequency 2.
    func testMergeOrderByHand() throws {
        // Pairs run out: every merge of the corpus is learned, fewer tokens than asked for.
        let exhausted = try BPETrainer.train(texts: corpus(), vocabularySize: 5000, specialTokens: specials)
        XCTAssertLessThan(exhausted.vocabularySize, 5000)
        XCTAssertGreaterThan(exhausted.vocabularySize, 500)
        // Every word seen 6 times is then a single token: 9 words and a full stop.
        XCTAssertEqual(exhausted.encode("The quick brown fox jumps over the lazy dog.").count, 10)

        let tokenizer = try BPETrainer.train(texts: ["ab ab ab", "abc"], vocabularySize: 1000, specialTokens: [])
        XCTAssertEqual(try merges(of: tokenizer), [["a", "b"], ["Ġ", "ab"]])
        XCTAssertEqual(tokenizer.vocabularySize, 258)
        XCTAssertEqual(tokenizer.encode("ab ab abc"), [256, 257, 257, Int(try XCTUnwrap(tokenizer.tokenId("c")))])

        // Ties go to the smaller (left id, right id): "x" < "z" < "Ġ" in code-point order.
        let tied = try BPETrainer.train(texts: ["xy zw"], vocabularySize: 1000, specialTokens: [], minFrequency: 1)
        XCTAssertEqual(try merges(of: tied), [["x", "y"], ["z", "w"], ["Ġ", "zw"]])
        // The vocabulary limit stops training.
        let limited = try BPETrainer.train(texts: ["xy zw"], vocabularySize: 257, specialTokens: [], minFrequency: 1)
        XCTAssertEqual(try merges(of: limited), [["x", "y"]])
        // "aaaa": (a,a) ×3 → "aa" "aa" → (aa,aa).
        let repeated = try BPETrainer.train(texts: ["aaaa"], vocabularySize: 1000, specialTokens: [], minFrequency: 1)
        XCTAssertEqual(try merges(of: repeated), [["a", "a"], ["aa", "aa"]])
    }

    func testRejectsBadArguments() {
        XCTAssertThrowsError(try BPETrainer.train(texts: ["a"], vocabularySize: 100, specialTokens: [])) { error in
            XCTAssertEqual((error as? AlignOnceError)?.location, "vocabularySize")
        }
        XCTAssertThrowsError(try BPETrainer.train(texts: ["a"], vocabularySize: 300, specialTokens: ["<s>", "<s>"]))
        XCTAssertThrowsError(try BPETrainer.train(texts: ["a"], vocabularySize: 300, specialTokens: ["!"]))
    }

    /// Release-build timing on a few MB (run with ALIGNONCE_PERF=1 and -c release).
    func testTrainingSpeedOnMegabytes() throws {
        guard ProcessInfo.processInfo.environment["ALIGNONCE_PERF"] == "1" else { throw XCTSkip("set ALIGNONCE_PERF=1") }
        // Pseudo-words from syllables of five scripts: hundreds of thousands of distinct pieces.
        let syllables = [["ka", "to", "mi", "re", "su", "lan", "gor", "ve", "dri", "po"],
                         ["ка", "то", "ми", "ре", "су", "лан", "гор", "ве"], ["学", "习", "语", "言", "天", "气", "好", "新"],
                         ["كا", "تو", "مي", "ري", "سو"], ["का", "तो", "मी", "रे", "सु"]]
        var generator = SystemRandomNumberGenerator()
        var texts: [String] = []
        var bytes = 0
        while bytes < 4_000_000 {
            let script = syllables[Int.random(in: 0..<syllables.count, using: &generator)]
            let words = (0..<12).map { _ in
                (0..<Int.random(in: 1...4, using: &generator)).map { _ in script[Int.random(in: 0..<script.count, using: &generator)] }.joined()
            }
            let text = words.joined(separator: " ") + ", \(Int.random(in: 0..<100_000, using: &generator)).\n"
            bytes += text.utf8.count
            texts.append(text)
        }
        var start = Date()
        let tokenizer = try BPETrainer.train(texts: texts, vocabularySize: 3259, specialTokens: specials)
        let trainSeconds = Date().timeIntervalSince(start)
        start = Date()
        var tokenCount = 0
        for text in texts { tokenCount += tokenizer.encode(text).count }
        let encodeSeconds = Date().timeIntervalSince(start)
        print("PERF corpus \(bytes) bytes, \(texts.count) texts: train \(tokenizer.vocabularySize) tokens in \(trainSeconds) s; encode \(tokenCount) tokens in \(encodeSeconds) s")
        XCTAssertLessThan(trainSeconds, 30)
    }

    private func merges(of tokenizer: Tokenizer) throws -> [[String]] {
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: tokenizer.serializedJSON()) as? [String: Any])
        return try XCTUnwrap((root["model"] as? [String: Any])?["merges"] as? [[String]])
    }
}
