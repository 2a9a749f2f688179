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
