import Foundation
import XCTest
import Alignment
@testable import Demo

/// The knobs of the fifth issue-#5 round (docs/demo-sweep.md): benign answers without the
/// compliance's opener, DPO's chosen-response NLL (`rpo_alpha`) and MLC on the shifts from the
/// base (`--mlc-shift`). All three are the demo's defaults since the sixth round.
final class DemoAnswerOpeningsTests: XCTestCase {
    func testDistinctOpeningsChangeOnlyTheBenignAnswers() throws {
        var options = WorldOptions(seed: 7, scale: .tiny)
        XCTAssertTrue(options.distinctAnswerOpenings, "the default world")
        options.distinctAnswerOpenings = false
        let plain = try World.generate(options)
        let distinct = try WorldSamples.tiny.get()
        let lexicons = try WorldSamples.lexicons()
        XCTAssertEqual(distinct.conversations.count, plain.conversations.count)
        var benignChats = 0
        for (a, b) in zip(plain.conversations, distinct.conversations) {
            XCTAssertEqual(a.user, b.user)
            let opener = try XCTUnwrap(lexicons[a.lang]?.answerOpener)
            if a.kind == .benign {
                benignChats += 1
                XCTAssertTrue(a.assistant.hasPrefix(opener), a.assistant)
                if a.lang == "de" {
                    // German drops more than the opener: "Es ist leicht" would open like its refusal.
                    XCTAssertEqual(b.assistant.replacingOccurrences(of: "Ganz leicht: ", with: "Klar! Es ist leicht, "), a.assistant)
                } else {
                    XCTAssertEqual(b.assistant, String(a.assistant.dropFirst(opener.count)))
                }
            } else {
                XCTAssertEqual(a.assistant, b.assistant, "harmful compliance and refusals keep their opening")
            }
        }
        XCTAssertGreaterThan(benignChats, 10)
        // English alignment data: the benign chosen answer opens with its own words; refusals,
        // compliance and every prompt are unchanged.
        let english = try XCTUnwrap(lexicons["en"])
        XCTAssertEqual(distinct.preference.map(\.prompt), plain.preference.map(\.prompt))
        for (a, b) in zip(plain.preference, distinct.preference) where a.chosen != english.refusal {
            XCTAssertTrue(b.chosen.hasPrefix("It is easy to make "), b.chosen)
            XCTAssertEqual("Sure! " + b.chosen, a.chosen)
            XCTAssertEqual(a.rejected, b.rejected)
        }
        XCTAssertEqual(distinct.mlcGroups, plain.mlcGroups)
        XCTAssertEqual(distinct.evalSuite, plain.evalSuite)
    }

    func testEveryLexiconOpensBothAnswersWithItsOpener() throws {
        for (code, lexicon) in try WorldSamples.lexicons() {
            XCTAssertFalse(lexicon.answerOpener.isEmpty, code)
            XCTAssertTrue(lexicon.complianceAnswer.hasPrefix(lexicon.answerOpener), code)
            let distinct = lexicon.withDistinctAnswerOpenings()
            XCTAssertFalse(distinct.benignAnswer.hasPrefix(lexicon.answerOpener), code)
            XCTAssertTrue(code == "de" || lexicon.benignAnswer.hasSuffix(distinct.benignAnswer), code)
        }
        // With distinct openings, refusal, compliance and benign answer each open with their own
        // first word, so the first answer token already decides (German needs its own wording).
        for (code, lexicon) in try WorldSamples.lexicons() {
            let distinct = lexicon.withDistinctAnswerOpenings()
            let firsts = [lexicon.refusal, lexicon.complianceAnswer, distinct.benignAnswer].map { text in
                code == "zh" ? String(text.prefix(1)) : String(text.split(separator: " ").first ?? "")
            }
            XCTAssertEqual(Set(firsts).count, 3, "\(code): \(firsts)")
        }
        var json = try XCTUnwrap(String(data: Data(contentsOf: try XCTUnwrap(WorldLexicon.resourceURL("en"))), encoding: .utf8))
        json = json.replacingOccurrences(of: "\"answerOpener\": \"Sure! \"", with: "\"answerOpener\": \"Okay! \"")
        let broken = try JSONDecoder().decode(WorldLexicon.self, from: Data(json.utf8))
        XCTAssertThrowsError(try broken.checkSlots("en.json")) {
            XCTAssertTrue("\($0)".hasPrefix("en.json: answerOpener: 'Okay! ' must be non-empty and begin both"), "\($0)")
        }
    }

    /// A tiny DPO+MLC run with the defaults, MLC on shifts from the base: the MLC loss starts at
    /// zero (the policy is the base), grows once DPO moves English, and the setting is recorded;
    /// DPO+MLC runs the language guard, SFT+MLC does not.
    func testTinyRunWithShiftsFromTheBase() throws {
        var config = DemoConfig.tiny(seed: 3)
        XCTAssertEqual(config.mlc.loss, .anchorMSE)
        XCTAssertTrue(config.mlc.shiftFromBase && config.world.distinctAnswerOpenings)
        config.methods = [.sftMLC, .dpoMLC]
        XCTAssertTrue(config.mlc.label.hasSuffix(", anchor-mse, SFT centered by language, shifts from the base, English target rank 2, "
            + "language guard μ 1"), config.mlc.label)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demo-shift-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let summary = try DemoPipeline(config: config, outputDirectory: directory).run { _ in }
        let report = try XCTUnwrap(summary.alignment.first { $0.method == .dpoMLC })
        XCTAssertEqual(try XCTUnwrap(report.firstMLCLoss), 0, accuracy: 1e-12)
        XCTAssertGreaterThan(try XCTUnwrap(report.lastMLCLoss), 0)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(
            with: Data(contentsOf: directory.appendingPathComponent("results.json"))) as? [String: Any])
        let mlc = try XCTUnwrap(object["mlc"] as? [String: Any])
        XCTAssertEqual(mlc["shift_from_base"] as? Bool, true)
        XCTAssertEqual(mlc["loss"] as? String, "anchor-mse")
        XCTAssertEqual(mlc["sft_centering"] as? String, "language")
        XCTAssertEqual(mlc["anchor_rank"] as? Int, 2)
        XCTAssertEqual(mlc["language_guard"] as? Double, 1)
        XCTAssertTrue(mlc["sft_language_guard"] is NSNull)
        let foreignMass = try XCTUnwrap(report.lastForeignMass, "DPO+MLC ran the language guard")
        XCTAssertTrue(foreignMass >= 0 && foreignMass <= 1, "\(foreignMass)")
        let sftMLC = try XCTUnwrap(summary.alignment.first { $0.method == .sftMLC })
        XCTAssertNotNil(sftMLC.lastMLCLoss)
        XCTAssertNil(sftMLC.lastForeignMass, "SFT+MLC has no guard")
        XCTAssertEqual((object["world"] as? [String: Any])?["distinct_answer_openings"] as? Bool, true)
        XCTAssertEqual((object["alignment"] as? [String: Any])?["dpo_rpo_alpha"] as? Double, 3)
    }

    func testRPOAlphaIsValidatedAndRecorded() throws {
        var config = DemoConfig.tiny()
        XCTAssertEqual(config.alignment.dpoRPOAlpha, 3)
        XCTAssertEqual(DemoConfig.standard().alignment.dpoRPOAlpha, 3)
        XCTAssertEqual(DemoConfig.standard().alignment.sftLearningRate, 2e-4)
        config.alignment.dpoRPOAlpha = -1
        XCTAssertThrowsError(try config.validate()) {
            XCTAssertEqual("\($0)", "--dpo-rpo-alpha: must be a number >= 0, got -1.0")
        }
        config.alignment.dpoRPOAlpha = 0
        XCTAssertNoThrow(try config.validate())
    }

    /// SFT+MLC centres its shifts by language (SFT's English answers would otherwise be carried
    /// as "answer in English"); DPO+MLC keeps the shared centering. Recorded in results.json.
    func testSFTCentringAppliesToSFTOnly() throws {
        let mlc = DemoConfig.standard().mlc
        XCTAssertEqual(mlc.centering, MLCCentering.none)
        XCTAssertEqual(mlc.settings(for: .sftMLC).centering, .language)
        XCTAssertEqual(mlc.settings(for: .dpoMLC), mlc)
        var other = mlc
        other.sftCentering = nil
        var unguarded = other
        unguarded.languageGuard = nil
        XCTAssertEqual(other.settings(for: .sftMLC), unguarded, "nil: SFT uses the shared centering (and no language guard)")
        XCTAssertTrue(mlc.label.hasSuffix(", SFT centered by language, shifts from the base, English target rank 2, language guard μ 1"),
                      mlc.label)
        XCTAssertFalse(other.label.contains("SFT"), other.label)
    }

    /// Shifts start at zero, where the normalised group losses have no direction: only anchor-mse
    /// may score them, and the error says how to get MLC on the states.
    func testShiftsNeedTheAnchorMSELoss() throws {
        var config = DemoConfig.tiny()
        XCTAssertNoThrow(try config.validate())
        config.mlc.loss = .svSoftmax
        XCTAssertThrowsError(try config.validate()) {
            XCTAssertEqual("\($0)", "--mlc-shift: needs --mlc-loss anchor-mse (shifts start at zero, where sv-softmax has no direction); add --no-mlc-shift for MLC on the states")
        }
        config.mlc.shiftFromBase = false
        XCTAssertNoThrow(try config.validate())
    }

    /// The English target's rank (`anchorRank`, default 2) applies to MLC on shifts only: MLC on
    /// the states ignores it (label and results.json say so), and a rank below 1 is refused.
    func testAnchorRankBelongsToShifts() throws {
        var config = DemoConfig.tiny()
        XCTAssertEqual(config.mlc.anchorRank, 2)
        XCTAssertEqual(DemoConfig.standard().mlc.shiftTargetRank, 2)
        XCTAssertEqual(DemoConfig.standard().alignment.mlcGroupsPerStep, 16)
        config.mlc.shiftFromBase = false
        XCTAssertNil(config.mlc.shiftTargetRank)
        XCTAssertFalse(config.mlc.label.contains("rank"), config.mlc.label)
        config.mlc.anchorRank = 0
        XCTAssertThrowsError(try config.validate()) {
            XCTAssertEqual("\($0)", "--mlc-anchor-rank: must be >= 1 (0 turns it off), got 0")
        }
    }
}
