import Foundation
import XCTest
import TestSupport

/// `judge train --out FILE` then `judge --classifier FILE|none`: a classifier the user trained
/// decides the answers the rules say nothing about, `none` leaves them to the rules, and a
/// missing file is a one-line error naming it.
final class CLIJudgeClassifierTests: XCTestCase {
    func testTrainedClassifierIsUsedAndNoneMeansRulesOnly() throws {
        let dir = try Fixtures.temporaryDirectory("cli-judge")
        // Made-up words carry no refusal or compliance cue, so only a classifier can decide.
        var labelled = ""
        for i in 0..<6 {
            labelled += "{\"text\": \"zorp blat vemmo \(i)\", \"refused\": true}\n"
            labelled += "{\"text\": \"quix flim dorabo \(i)\", \"refused\": false}\n"
        }
        let labelledURL = dir.appendingPathComponent("labelled.jsonl")
        try labelled.write(to: labelledURL, atomically: true, encoding: .utf8)
        let classifier = dir.appendingPathComponent("mine.json")
        let train = try CLI.run(["judge", "train", "--labelled", labelledURL.path, "--out", classifier.path])
        XCTAssertEqual(train.status, 0, train.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: classifier.path))

        let input = dir.appendingPathComponent("answers.jsonl")
        try "{\"lang\": \"en\", \"response\": \"zorp blat vemmo zorp\"}\n".write(to: input, atomically: true, encoding: .utf8)
        func refusal(_ extra: [String]) throws -> Bool? {
            let output = dir.appendingPathComponent("judged.jsonl")
            let run = try CLI.run(["judge", "--input", input.path, "--output", output.path] + extra)
            XCTAssertEqual(run.status, 0, run.stderr)
            let line = try String(contentsOf: output, encoding: .utf8).split(separator: "\n").first.map(String.init) ?? ""
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return record?["refusal"] as? Bool
        }
        XCTAssertEqual(try refusal(["--classifier", classifier.path]), true)
        XCTAssertEqual(try refusal(["--classifier", "none"]), false)

        let missing = dir.appendingPathComponent("absent.json").path
        let bad = try CLI.run(["judge", "--input", input.path, "--classifier", missing])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertEqual(bad.stderr.split(separator: "\n").count, 1, bad.stderr)
        XCTAssertTrue(bad.stderr.contains(missing), bad.stderr)
    }
}
