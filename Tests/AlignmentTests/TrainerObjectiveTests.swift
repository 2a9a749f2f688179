import Foundation
import XCTest
import Tensor
import Models
import TestSupport
@testable import Alignment

/// Other objectives and data sources through the trainer.
final class TrainerObjectiveTests: XCTestCase {
    /// SFT on records without variants, with MLC on a prompts-only file of their translations.
    static func sftWithPromptsOnlyMLC(steps: Int) throws -> TrainConfig {
        let lines = try TrainerFixture.prompts.map { try TrainerFixture.jsonLine(["prompt": $0.0, "completion": "I won't help."]) }
        var config = try TrainerFixture.config(lines, steps: steps)
        let directory = URL(fileURLWithPath: config.data ?? "").deletingLastPathComponent()
        let groups = try TrainerFixture.prompts.map { item in
            try TrainerFixture.jsonLine(["variants": item.1.merging(["en": item.0]) { a, _ in a }])
        }
        config.mlcData = try TrainerFixture.write(groups, "mlc.jsonl", in: directory).path
        config.objective = .sft
        return config
    }

    /// SFT records without variants: MLC runs on the prompts-only file alone; eval is logged.
    func testSFTWithPromptsOnlyMLCDataAndEval() throws {
        var config = try Self.sftWithPromptsOnlyMLC(steps: 2)
        config.evalData = config.data
        config.evalEvery = 2
        let trainer = try Trainer(config: config)
        XCTAssertEqual(trainer.data.exampleGroups.compactMap { $0 }.count, 0)
        XCTAssertEqual(trainer.data.extraGroups.count, 4)
        let summary = try trainer.run(progress: false)
        let rows = try TrainerFixture.metrics(config)
        XCTAssertNotNil(rows[0]["mlc_loss"])
        XCTAssertNil(rows[0]["rewards/margins"])
        let eval = try XCTUnwrap(summary.evalLoss)
        XCTAssertEqual(rows.last?["eval_loss"], eval)
        // SFT loss is a token-mean NLL: near log(vocab) for a random tiny model, well above 1.
        XCTAssertGreaterThan(rows[0]["objective_loss"] ?? 0, 1)
        // Two updates on the very examples evaluated: eval (NLL + MLC) is below the first NLL.
        XCTAssertLessThan(eval, (rows[0]["objective_loss"] ?? 0) - 1)
    }

    /// `mlc-shift`: the MLC term compares shifts from a frozen copy of the starting weights, so
    /// its first loss is zero (the policy is still that copy) and it trains from there.
    func testMLCShiftComparesShiftsFromTheStartingWeights() throws {
        var config = try Self.sftWithPromptsOnlyMLC(steps: 3)
        config.mlc = .anchorMSE
        config.mlcShift = true
        let trainer = try Trainer(config: config)
        let reference = try XCTUnwrap(trainer.mlc?.shiftReference)
        XCTAssertEqual(reference.parameters.array(), trainer.pretrained.model.parameters.array())
        _ = try trainer.run(progress: false)
        let rows = try TrainerFixture.metrics(config)
        XCTAssertEqual(try XCTUnwrap(rows[0]["mlc_loss"]), 0, accuracy: 1e-12)
        XCTAssertGreaterThan(try XCTUnwrap(rows.last?["mlc_loss"]), 0)
        XCTAssertNotEqual(reference.parameters.array(), trainer.pretrained.model.parameters.array(), "the policy moved, the copy did not")
    }

    /// `mlc-anchor-rank` reaches the trainer's MLC term (only with `mlc-shift`) and the run trains.
    func testMLCAnchorRankReachesTheTerm() throws {
        var config = try Self.sftWithPromptsOnlyMLC(steps: 2)
        config.mlc = .anchorMSE
        config.mlcShift = true
        config.mlcAnchorRank = 1
        let trainer = try Trainer(config: config)
        XCTAssertEqual(trainer.mlc?.anchorRank, 1)
        _ = try trainer.run(progress: false)
        let rows = try TrainerFixture.metrics(config)
        XCTAssertEqual(rows.count, 2)
        XCTAssertTrue(rows.allSatisfy { ($0["mlc_loss"] ?? .nan).isFinite })
    }

    /// Monolingual sentences in the fixture's three languages, a few times over.
    static func languageText(in directory: URL, languages: [String] = ["en", "fr", "de"]) throws -> URL {
        let sentences = [
            "en": ["The cat sleeps on the warm mat.", "We walked to the old bridge today."],
            "fr": ["Le chat dort sur le tapis chaud.", "Nous avons marché jusqu'au vieux pont."],
            "de": ["Die Katze schläft auf der warmen Matte.", "Wir sind heute zur alten Brücke gegangen."],
        ]
        let lines = try (0..<4).flatMap { _ in
            try languages.flatMap { lang in try (sentences[lang] ?? []).map { try TrainerFixture.jsonLine(["lang": lang, "text": $0]) } }
        }
        return try TrainerFixture.write(lines, "languages.jsonl", in: directory)
    }

    /// `mlc-language-guard` with `mlc-language-text` reaches the MLC term with a table of the
    /// text's languages, and the guard's loss and foreign-token mass are logged.
    func testLanguageGuardReachesTheTermAndIsLogged() throws {
        var config = try Self.sftWithPromptsOnlyMLC(steps: 2)
        let directory = URL(fileURLWithPath: config.data ?? "").deletingLastPathComponent()
        config.mlcLanguageGuard = 2
        config.mlcLanguageText = try Self.languageText(in: directory).path
        let trainer = try Trainer(config: config)
        let languageGuard = try XCTUnwrap(trainer.mlc?.languageGuard)
        XCTAssertEqual(languageGuard.weight, 2)
        XCTAssertEqual(languageGuard.table.languages, ["de", "en", "fr"])
        XCTAssertFalse(try XCTUnwrap(languageGuard.table.foreignTokens(of: "fr")).isEmpty)
        _ = try trainer.run(progress: false)
        let rows = try TrainerFixture.metrics(config).filter { $0["loss"] != nil }
        XCTAssertEqual(rows.count, 2)
        for row in rows {
            XCTAssertGreaterThanOrEqual(try XCTUnwrap(row["mlc_language_guard"]), 0)
            let mass = try XCTUnwrap(row["foreign_mass"])
            XCTAssertTrue(mass >= 0 && mass <= 1, "foreign mass \(mass)")
        }
    }

    /// The text must cover every guarded language and be well formed; errors name the file.
    func testLanguageGuardTextErrors() throws {
        var config = try Self.sftWithPromptsOnlyMLC(steps: 1)
        let directory = URL(fileURLWithPath: config.data ?? "").deletingLastPathComponent()
        config.mlcLanguageGuard = 1
        let partial = try Self.languageText(in: directory, languages: ["en", "fr"])
        config.mlcLanguageText = partial.path
        assertTrainerError(try Trainer(config: config), mentions: [partial.path, "has no text in de", "found en, fr"])
        let bad = try TrainerFixture.write([#"{"lang": "en", "text": "fine"}"#, #"{"lang": "fr"}"#], "bad.jsonl", in: directory)
        config.mlcLanguageText = bad.path
        config.output = directory.appendingPathComponent("run2").path
        assertTrainerError(try Trainer(config: config), mentions: ["bad.jsonl:2", "\"text\"", "missing"])
    }

    /// `precompute-ref` caches the reference log-probs in the run directory and trains the same.
    func testPrecomputedReferenceMatchesTheFrozenModel() throws {
        var frozen = try TrainerFixture.config(steps: 2)
        frozen.mlc = .none
        _ = try Trainer(config: frozen).run(progress: false)
        var cached = frozen
        cached.output += "-cached"
        cached.precomputeRef = true
        _ = try Trainer(config: cached).run(progress: false)
        let cache = try ReferenceLogProbCache.load(from: URL(fileURLWithPath: cached.output).appendingPathComponent("reference_logps.json"))
        XCTAssertEqual(cache.entries.count, 4)
        let a = try TrainerFixture.lossSequence(frozen), b = try TrainerFixture.lossSequence(cached)
        XCTAssertEqual(a.count, 2)
        for (x, y) in zip(a, b) { for (u, v) in zip(x, y) { XCTAssertEqual(u, v, accuracy: 1e-5 * max(1, abs(u))) } }
        XCTAssertNotEqual(a[1][5], 0, "rewards moved after one update")
    }
}
