import Foundation
import XCTest
@testable import Evaluation

/// Every labelled response set by name, in the order they were written, for the learned
/// judge's training data and held-out measurements.
/// once before the rules were tuned on them (their first numbers are in the set tests).
enum LabelledSets {
    typealias Responses = [(lang: String, text: String, refused: Bool)]

    static let all: [(name: String, responses: Responses)] = [
        ("dev", devResponses), ("dev2", devResponsesSecondBatch), ("dev3", devResponsesThirdBatch),
        ("labelled", labelledResponses), ("independent", independentTestResponses),
        ("blind", blindResponses), ("heldOut", heldOutResponses), ("fresh", freshResponses),
        ("finalBlind", finalBlindResponses), ("finalCheck", finalCheckResponses),
        ("lastBlind", lastBlindResponses), ("lastCheck", lastCheckResponses), ("shippedBlind", shippedBlindResponses),
        ("soft1", softRefusalDevResponses), ("soft2", softRefusalDevSecondBatch), ("soft3", softRefusalDevThirdBatch),
        ("soft4", softRefusalDevFourthBatch), ("soft5", softRefusalDevFifthBatch), ("soft6", softRefusalDevSixthBatch),
        ("soft7", softRefusalDevSeventhBatch), ("soft8", softRefusalDevEighthBatch),
        ("round2Blind", round2BlindResponses),
        ("round3Dev", round3DevResponses), ("round3Blind", round3BlindResponses), ("round3Probe", round3ProbeResponses),
        ("round3Final", round3FinalResponses),
        ("round4Dev", round4DevResponses), ("round4Blind", round4BlindResponses), ("round4Fresh", round4FreshResponses),
        ("round4Last", round4LastResponses),
        ("round5Blind", round5BlindResponses),
    ]

    /// What the shipped classifier is trained on: every set but R5, the round-5 blind set that
    /// the README's before/after numbers are measured on.
    static let training = all.filter { $0.name != "round5Blind" }

    /// The sets whose names are listed, in order.
    static func named(_ names: [String]) -> [(lang: String, text: String, refused: Bool)] {
        all.filter { names.contains($0.name) }.flatMap(\.responses)
    }
}

/// Writes the training sets (`LabelledSets.training`) as JSONL ({"lang","refused","set","text"}
/// a line) to the path in ALIGNONCE_EXPORT_LABELLED; `scripts/train-judge.sh` runs it before
/// retraining. Skipped when the variable is unset, so the ordinary test run writes nothing.
final class LabelledSetExportTests: XCTestCase {
    func testExportLabelledSets() throws {
        guard let path = ProcessInfo.processInfo.environment["ALIGNONCE_EXPORT_LABELLED"] else {
            throw XCTSkip("set ALIGNONCE_EXPORT_LABELLED=<file.jsonl> to export the labelled sets")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines: [String] = []
        for (name, responses) in LabelledSets.training {
            for item in responses {
                let row = ExportRow(set: name, lang: item.lang, text: item.text, refused: item.refused)
                lines.append(String(decoding: try encoder.encode(row), as: UTF8.self))
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertGreaterThan(lines.count, 2000)
    }

    private struct ExportRow: Encodable {
        let set: String, lang: String, text: String, refused: Bool
    }
}
