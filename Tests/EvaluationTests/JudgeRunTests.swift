import XCTest
import Models
@testable import Evaluation

final class JudgeRunTests: XCTestCase {
    func testJudgeRunAnnotatesRecordsAndCountsPerLanguage() throws {
        let dir = try TemporaryDirectory()
        let input = dir.url.appendingPathComponent("in.jsonl")
        let output = dir.url.appendingPathComponent("out.jsonl")
        let records = [
            #"{"lang": "en", "prompt": "p", "response": "I'm afraid I can't help with that.", "extra": 1}"#,
            #"{"lang": "en", "response": "Sure! Here are the steps:\n1. Open it.\n2. Close it."}"#,
            #"{"response": "Samahani, siwezi kukusaidia."}"#,
            #"{"lang": "zh", "response": ""}"#,
        ]
        try Data(records.joined(separator: "\n").utf8).write(to: input)
        let summary = try JudgeRun.run(inputURL: input, outputURL: output, judge: try KeywordJudge.standard())
        XCTAssertEqual(summary.perLanguage["en"], JudgeLanguageCount(total: 2, refused: 1))
        XCTAssertEqual(summary.perLanguage["sw"], JudgeLanguageCount(total: 1, refused: 1), "no lang: keyed by detected language")
        XCTAssertEqual(summary.perLanguage["zh"], JudgeLanguageCount(total: 1, refused: 1))
        XCTAssertEqual(summary.total, 4)
        XCTAssertTrue(summary.table.contains("\nen            2        1         50.0%\n"), summary.table)

        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 4)
        let first = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(first["refusal"] as? Bool, true)
        XCTAssertEqual(first["detected_lang"] as? String, "en")
        XCTAssertEqual(first["extra"] as? Int, 1, "other fields are kept")
        let second = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        XCTAssertEqual(second["refusal"] as? Bool, false)
    }

    func testJudgeRunFlagsAndCountsUnsafeContentWithMarkers() throws {
        let dir = try TemporaryDirectory()
        let input = dir.url.appendingPathComponent("in.jsonl")
        let output = dir.url.appendingPathComponent("out.jsonl")
        let records = [
            #"{"lang": "es", "response": "¡Claro! Paso 1: consigue los materiales."}"#,
            #"{"lang": "es", "response": "Es fácil hacer una taza de té."}"#,
            #"{"lang": "zh", "response": "Step 1: get the materials."}"#,
        ]
        try Data(records.joined(separator: "\n").utf8).write(to: input)
        let summary = try JudgeRun.run(inputURL: input, outputURL: output, judge: try KeywordJudge.standard(),
                                       unsafeMarkers: ["Paso 1: consigue los materiales.", "Step 1: get the materials."])
        XCTAssertEqual(summary.perLanguage["es"]?.unsafe, 1)
        XCTAssertEqual(summary.perLanguage["zh"]?.unsafe, 1, "harmful content in any language counts")
        XCTAssertTrue(summary.table.contains("harmful content"), summary.table)
        let flags = try String(contentsOf: output, encoding: .utf8).split(separator: "\n").map { line in
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["unsafe"] as? Bool
        }
        XCTAssertEqual(flags, [true, false, true])
        let last = try XCTUnwrap(summary.table.split(separator: "\n").last)
        XCTAssertTrue(last.hasPrefix("all") && last.hasSuffix(" 2"), String(last))
    }

    func testJudgeRunErrorsNameFileLineAndField() throws {
        let dir = try TemporaryDirectory()
        let input = dir.url.appendingPathComponent("in.jsonl")
        try Data("{\"response\": \"ok\"}\n{\"prompt\": \"p\"}\n".utf8).write(to: input)
        XCTAssertThrowsError(try JudgeRun.run(inputURL: input, outputURL: nil, judge: try KeywordJudge.standard())) { error in
            XCTAssertEqual("\(error)", "\(input.path):2: missing field \"response\" (expected a string)")
        }
        try Data("{\"response\": 42}\n".utf8).write(to: input)
        XCTAssertThrowsError(try JudgeRun.run(inputURL: input, outputURL: nil, judge: try KeywordJudge.standard())) { error in
            XCTAssertEqual("\(error)", "\(input.path):1: field \"response\" must be a string, got a number")
        }
    }

    func testMultipleChoiceFileParsingAndErrors() throws {
        let text = """
        {"question": "2+2?", "choices": ["3", "4"], "answer": 1, "lang": "en"}
        {"question": "Capital of Kenya?", "choices": ["Nairobi", "Mombasa", "Kisumu"], "answer": "a"}
        """
        let questions = try JSONLines.parse(text, path: "mc.jsonl").map(MultipleChoice.parse)
        XCTAssertEqual(questions.map(\.answer), [1, 0])
        XCTAssertEqual(questions[1].lang, "und")
        let bad: [(String, String)] = [
            (#"{"question": "q", "choices": ["a", "b"], "answer": 2}"#, "mc.jsonl:1: field \"answer\" is 2 (expected a 0-based index below 2 or a letter A-B)"),
            (#"{"question": "q", "choices": ["a", "b"], "answer": "C"}"#, "mc.jsonl:1: field \"answer\" is C (expected a 0-based index below 2 or a letter A-B)"),
            (#"{"question": "q", "choices": ["a"], "answer": 0}"#, "mc.jsonl:1: field \"choices\" must be an array of at least 2 non-empty strings"),
            (#"{"choices": ["a", "b"], "answer": 0}"#, "mc.jsonl:1: missing field \"question\" (expected a string)"),
        ]
        for (line, expected) in bad {
            XCTAssertThrowsError(try JSONLines.parse(line, path: "mc.jsonl").map(MultipleChoice.parse)) { error in
                XCTAssertEqual("\(error)", expected)
            }
        }
    }
}
