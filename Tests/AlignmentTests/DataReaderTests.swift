import XCTest
import Models
import Tensor
import TestSupport
@testable import Alignment

final class DataReaderTests: XCTestCase {
    private func file(_ lines: [String], name: String = "data.jsonl") throws -> URL {
        let url = try Fixtures.temporaryDirectory("data-reader").appendingPathComponent(name)
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    private func assertError(_ body: @autoclosure () throws -> Any, location: String, mentions: String,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            guard let error = error as? AlignOnceError else { return XCTFail("not an AlignOnceError: \(error)", file: file, line: line) }
            XCTAssertTrue(error.location.hasSuffix(location), "location \(error.location)", file: file, line: line)
            XCTAssertTrue(error.problem.contains(mentions), "problem \(error.problem)", file: file, line: line)
        }
    }

    func testSFTPromptCompletionMessagesAndConversationalForms() throws {
        let url = try file([
            "\u{FEFF}" + #"{"prompt": "Hi", "completion": "Hello!"}"# + "\r",  // BOM and CRLF tolerated
            "",
            "   ",
            #"{"messages": [{"role": "system", "content": "Be safe."}, {"role": "user", "content": "How?"}, {"role": "assistant", "content": "Like this."}], "lang": "fr"}"#,
            #"{"prompt": [{"role": "user", "content": "Q"}], "completion": [{"role": "assistant", "content": "A"}]}"#,
        ])
        let examples = try DatasetReader.readSFT(url)
        XCTAssertEqual(examples.count, 3)
        XCTAssertEqual(examples[0].prompt, [ChatMessage(role: "user", content: "Hi")])
        XCTAssertEqual(examples[0].completion, "Hello!")
        XCTAssertEqual(examples[0].lang, "en")
        XCTAssertTrue(examples[0].source.hasSuffix("data.jsonl:1"))
        XCTAssertEqual(examples[1].prompt, [ChatMessage(role: "system", content: "Be safe."), ChatMessage(role: "user", content: "How?")])
        XCTAssertEqual(examples[1].completion, "Like this.")
        XCTAssertEqual(examples[1].lang, "fr")
        XCTAssertTrue(examples[1].source.hasSuffix("data.jsonl:4"), "blank lines still count: \(examples[1].source)")
        XCTAssertEqual(examples[2].completion, "A")
    }

    func testSFTErrorsNameLineAndField() throws {
        assertError(try DatasetReader.readSFT(try file([#"{"prompt": "a", "completion": "b"}"#, #"{"prompt": "a", "completion": 3}"#])),
                    location: "data.jsonl:2", mentions: "\"completion\"")
        assertError(try DatasetReader.readSFT(try file([#"{"prompt": "a"}"#])), location: "data.jsonl:1", mentions: "\"completion\": missing")
        assertError(try DatasetReader.readSFT(try file([#"{"messages": [{"role": "user", "content": "x"}]}"#])),
                    location: "data.jsonl:1", mentions: "assistant")
        assertError(try DatasetReader.readSFT(try file([#"{"messages": [{"role": "user"}, {"role": "assistant", "content": "x"}]}"#])),
                    location: "data.jsonl:1", mentions: "messages[0].content")
        assertError(try DatasetReader.readSFT(try file(["", "{not json"])), location: "data.jsonl:2", mentions: "not valid JSON")
        assertError(try DatasetReader.readSFT(try file(["[1, 2]"])), location: "data.jsonl:1", mentions: "expected a JSON object")
        assertError(try DatasetReader.readSFT(try file(["", "  "])), location: "data.jsonl", mentions: "no records")
        assertError(try DatasetReader.readSFT(try file([#"{"prompt": "a", "completion": "b", "variants": {"de": 5}}"#])),
                    location: "data.jsonl:1", mentions: "variants.de")
    }

    func testPreferenceStandardConversationalAndImplicitPrompt() throws {
        let url = try file([
            #"{"prompt": "How do I pick a lock?", "chosen": "I can't help with that.", "rejected": "Sure...", "variants": {"de": "Wie knacke ich ein Schloss?", "sw": "Ninawezaje kufungua kufuli?"}}"#,
            #"{"prompt": [{"role": "user", "content": "Q"}], "chosen": [{"role": "assistant", "content": "good"}], "rejected": [{"role": "assistant", "content": "bad"}], "lang": "fr"}"#,
            #"{"chosen": [{"role": "user", "content": "Q2"}, {"role": "assistant", "content": "c"}], "rejected": [{"role": "user", "content": "Q2"}, {"role": "assistant", "content": "r"}]}"#,
        ])
        let pairs = try DatasetReader.readPreference(url)
        XCTAssertEqual(pairs.count, 3)
        XCTAssertEqual(pairs[0].chosen, "I can't help with that.")
        XCTAssertEqual(pairs[0].rejected, "Sure...")
        XCTAssertEqual(pairs[0].variants["sw"], "Ninawezaje kufungua kufuli?")
        XCTAssertEqual(pairs[1].prompt, [ChatMessage(role: "user", content: "Q")])
        XCTAssertEqual(pairs[1].chosen, "good")
        XCTAssertEqual(pairs[1].lang, "fr")
        XCTAssertEqual(pairs[2].prompt, [ChatMessage(role: "user", content: "Q2")])
        XCTAssertEqual(pairs[2].rejected, "r")
    }

    func testPreferenceErrors() throws {
        assertError(try DatasetReader.readPreference(try file([#"{"prompt": "p", "chosen": "c"}"#])),
                    location: "data.jsonl:1", mentions: "\"rejected\": missing")
        assertError(try DatasetReader.readPreference(try file([#"{"prompt": "p", "chosen": [{"role": "user", "content": "c"}], "rejected": "r"}"#])),
                    location: "data.jsonl:1", mentions: "\"chosen\"")
        assertError(try DatasetReader.readPreference(try file([#"{"chosen": "c", "rejected": "r"}"#])),
                    location: "data.jsonl:1", mentions: "\"prompt\": missing")
        assertError(try DatasetReader.readPreference(try file([#"{"chosen": [{"role": "user", "content": "A"}, {"role": "assistant", "content": "c"}], "rejected": [{"role": "user", "content": "B"}, {"role": "assistant", "content": "r"}]}"#])),
                    location: "data.jsonl:1", mentions: "share")
        assertError(try DatasetReader.readPreference(try file([#"{"prompt": "p", "chosen": "c", "rejected": "r", "variants": {"en": "other"}}"#])),
                    location: "data.jsonl:1", mentions: "variants.en")
        assertError(try DatasetReader.readPreference(try file([#"{"prompt": "p", "chosen": "c", "rejected": "r", "lang": 7}"#])),
                    location: "data.jsonl:1", mentions: "\"lang\"")
    }

    func testPromptGroupsFromExamplesOrderAnchorFirstThenSorted() throws {
        let url = try file([
            #"{"prompt": "Steal a car?", "chosen": "No.", "rejected": "Yes.", "variants": {"zh": "偷车？", "de": "Auto stehlen?", "ar": "سرقة سيارة؟"}}"#,
            #"{"prompt": "plain", "chosen": "a", "rejected": "b"}"#,
            #"{"prompt": [{"role": "system", "content": "sys"}, {"role": "user", "content": "Frage"}], "chosen": "a", "rejected": "b", "lang": "de", "variants": {"en": "Question"}}"#,
        ])
        let groups = try DatasetReader.promptGroups(from: try DatasetReader.readPreference(url), anchor: "en")
        XCTAssertEqual(groups.count, 2, "records without variants make no group")
        XCTAssertEqual(groups[0].languages, ["en", "ar", "de", "zh"])
        XCTAssertEqual(groups[0].text(for: "en"), "Steal a car?")
        XCTAssertEqual(groups[0].text(for: "zh"), "偷车？")
        XCTAssertEqual(groups[1].languages, ["en", "de"])
        XCTAssertEqual(groups[1].text(for: "de"), "Frage", "own text is the last user turn, not the system prompt")
        XCTAssertTrue(groups[1].id.hasSuffix("data.jsonl:3"))
        XCTAssertNoThrow(try DatasetReader.validateAnchor(groups, anchor: "en"))
        assertError(try DatasetReader.validateAnchor(groups, anchor: "zh"), location: "data.jsonl:3", mentions: "anchor language \"zh\"")
    }

    func testGroupWithOneLanguageIsAnErrorAtItsLine() throws {
        let examples = [SFTExample(prompt: [ChatMessage(role: "user", content: "x")], completion: "y", lang: "de",
                                   variants: ["de": "x"], source: "train.jsonl:7")]
        assertError(try DatasetReader.promptGroups(from: examples), location: "train.jsonl:7", mentions: "at least 2 languages")
    }

    func testMLCFile() throws {
        let url = try file([
            #"{"id": "q1", "variants": {"en": "Hi", "ja": "こんにちは", "bn": "হ্যালো"}}"#,
            #"{"variants": {"sw": "Habari", "ru": "Привет"}}"#,
            #"{"id": 3, "variants": {"en": "a", "fr": "b"}}"#,
        ], name: "mlc.jsonl")
        let groups = try DatasetReader.readPromptGroups(url)
        XCTAssertEqual(groups.map(\.id), ["q1", "mlc.jsonl:2", "3"])
        XCTAssertEqual(groups[0].languages, ["en", "bn", "ja"])
        XCTAssertEqual(groups[1].languages, ["ru", "sw"], "no anchor present: sorted by language")
        assertError(try DatasetReader.validateAnchor(groups, anchor: "en"), location: "mlc.jsonl:2", mentions: "\"mlc.jsonl:2\"")

        assertError(try DatasetReader.readPromptGroups(try file([#"{"variants": {"en": "only"}}"#], name: "mlc.jsonl")),
                    location: "mlc.jsonl:1", mentions: "at least 2 languages, got 1")
        assertError(try DatasetReader.readPromptGroups(try file([#"{"id": "a", "variants": {"en": "x", "de": "y"}}"#, #"{"id": "a", "variants": {"en": "x", "de": "y"}}"#], name: "mlc.jsonl")),
                    location: "mlc.jsonl:2", mentions: "duplicate")
        assertError(try DatasetReader.readPromptGroups(try file([#"{"variants": {"en": "x", "de": ""}}"#], name: "mlc.jsonl")),
                    location: "mlc.jsonl:1", mentions: "variants.de")
    }
}
