import Foundation
import Tensor
import TestSupport
import XCTest
@testable import Models

/// Bad or unsupported tokenizer files must give one-line `AlignOnceError`s naming the file
/// and the field, never crash.
final class TokenizerErrorTests: XCTestCase {
    private let source = "/models/x/tokenizer.json"

    private func assertError(_ root: [String: Any], mentions fragments: [String], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try TestTokenizerJSON.tokenizer(root, source: source), file: file, line: line) { error in
            guard let failure = error as? AlignOnceError else { return XCTFail("not an AlignOnceError: \(error)", file: file, line: line) }
            XCTAssertEqual(failure.location, source, file: file, line: line)
            for fragment in fragments {
                XCTAssertTrue(failure.problem.contains(fragment), "\(failure) lacks \(fragment)", file: file, line: line)
            }
            XCTAssertFalse(failure.description.contains("\n"), file: file, line: line)
        }
    }

    private func valid() -> [String: Any] {
        TestTokenizerJSON.make(pattern: TestTokenizerJSON.qwen2Pattern, normalizer: ["type": "NFC"], merges: [["a", "b"]])
    }

    func testMalformedJSON() {
        for text in ["{\"model\": ", "[1, 2]", ""] {
            XCTAssertThrowsError(try Tokenizer(tokenizerJSON: Data(text.utf8), source: source)) { error in
                XCTAssertEqual((error as? AlignOnceError)?.location, source, "\(error)")
            }
        }
        XCTAssertThrowsError(try Tokenizer(tokenizerJSON: JSONSerialization.data(withJSONObject: valid()), source: source,
                                           tokenizerConfigJSON: Data("{oops".utf8))) { error in
            XCTAssertEqual((error as? AlignOnceError)?.location, "/models/x/tokenizer_config.json", "\(error)")
        }
    }

    func testUnknownComponentTypes() {
        var root = valid()
        root["normalizer"] = ["type": "Precompiled", "precompiled_charsmap": "AAAA"]
        assertError(root, mentions: ["normalizer.type", "Precompiled"])

        root = valid()
        root["normalizer"] = ["type": "Sequence", "normalizers": [["type": "NFC"], ["type": "Strip"]]]
        assertError(root, mentions: ["normalizer.normalizers[1].type", "Strip"])

        root = valid()
        root["pre_tokenizer"] = ["type": "Sequence", "pretokenizers": [["type": "Metaspace", "replacement": "▁"]]]
        assertError(root, mentions: ["pre_tokenizer.pretokenizers[0].type", "Metaspace"])

        root = valid()
        root["decoder"] = ["type": "WordPiece"]
        assertError(root, mentions: ["decoder.type", "WordPiece"])

        root = valid()
        var model = root["model"] as? [String: Any] ?? [:]
        model["type"] = "Unigram"
        root["model"] = model
        assertError(root, mentions: ["model.type", "Unigram"])
    }

    func testBadFields() {
        var root = valid()
        root["pre_tokenizer"] = ["type": "Split", "pattern": ["Regex": "(unclosed"], "behavior": "Isolated"]
        assertError(root, mentions: ["pre_tokenizer.pattern", "(unclosed"])

        root = valid()
        root["pre_tokenizer"] = ["type": "Split", "pattern": ["Regex": "x"], "behavior": "Sideways"]
        assertError(root, mentions: ["pre_tokenizer.behavior", "Sideways"])

        root = valid()
        var model = root["model"] as? [String: Any] ?? [:]
        model["merges"] = ["a b", "ab zz", "x"]
        root["model"] = model
        assertError(root, mentions: ["model.merges[1]", "zz"])

        model["merges"] = ["a b c"]
        root["model"] = model
        assertError(root, mentions: ["model.merges[0]"])

        model["merges"] = []
        model["vocab"] = ["a": "zero"]
        root["model"] = model
        assertError(root, mentions: ["model.vocab", "\"a\""])

        root = valid()
        root["added_tokens"] = [["id": "one", "content": "<s>"]]
        assertError(root, mentions: ["added_tokens[0].id"])
    }

    func testMissingFolder() {
        let missing = URL(fileURLWithPath: "/nonexistent/alignonce-model")
        XCTAssertThrowsError(try Tokenizer.load(directory: missing)) { error in
            XCTAssertEqual((error as? AlignOnceError)?.location, "/nonexistent/alignonce-model/tokenizer.json", "\(error)")
        }
    }
}
