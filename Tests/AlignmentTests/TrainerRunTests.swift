import Foundation
import XCTest
import Tensor
import Models
import TestSupport
@testable import Alignment

final class TrainerRunTests: XCTestCase {
    func testDPOWithMLCLowersBothLosses() throws {
        var config = try TrainerFixture.config(steps: 8)
        config.saveEvery = 0
        let summary = try Trainer(config: config).run(progress: false)
        XCTAssertEqual(summary.steps, 8)
        XCTAssertEqual(summary.skippedSteps, 0)
        let rows = try TrainerFixture.metrics(config).filter { $0["loss"] != nil }
        XCTAssertEqual(rows.count, 8)
        // Policy == reference at the first update: DPO sigmoid loss is exactly log 2.
        XCTAssertEqual(rows[0]["objective_loss"] ?? 0, log(2), accuracy: 1e-6)
        for key in ["objective_loss", "mlc_loss"] {
            let values = rows.map { $0[key] ?? .nan }
            let first = TrainerFixture.mean(values[0..<3]), last = TrainerFixture.mean(values[5..<8])
            XCTAssertLessThan(last, first - 0.02, "\(key): \(values)")
        }
        XCTAssertNotNil(rows[7]["rewards/accuracies"])
        XCTAssertNotNil(rows[7]["consistency/layer_1"])
        XCTAssertGreaterThan(rows[7]["tokens_per_second"] ?? 0, 0)
        // The resolved config was saved and reads back equal.
        let saved = try TrainConfig.load(yamlURL: URL(fileURLWithPath: config.output).appendingPathComponent("config.yaml"))
        XCTAssertEqual(saved, config)
    }

    func testExportedFolderReloadsWithIdenticalLogits() throws {
        var config = try TrainerFixture.config(steps: 2)
        config.lora = true
        config.loraTargets = [.q, .v, .down]
        config.learningRate = 1e-2
        let trainer = try Trainer(config: config)
        let summary = try trainer.run(progress: false)
        let merged = Trainer.copy(trainer.policy)
        try XCTUnwrap(trainer.policy.lora).merge(into: merged)
        let reloaded = try PretrainedModel.load(summary.finalModel)
        let tokens: [Int32] = [5, 17, 300, 2, 44, 901, 12, 7]
        let expected = try XCTUnwrap(merged.forward(tokens: tokens, batch: 1, seq: 8).logits)
        let actual = try XCTUnwrap(reloaded.model.forward(tokens: tokens, batch: 1, seq: 8).logits)
        let base = try XCTUnwrap(Fixtures.model("m1_llama").forward(tokens: tokens, batch: 1, seq: 8).logits)
        var worst: Float = 0, moved: Float = 0
        for i in 0..<expected.count {
            worst = max(worst, abs(expected[i] - actual[i]))
            moved = max(moved, abs(expected[i] - base[i]))
        }
        XCTAssertLessThanOrEqual(worst, 1e-5)
        XCTAssertGreaterThan(moved, 1e-3, "training changed the model")
        XCTAssertTrue(FileManager.default.fileExists(atPath: summary.finalModel + "/tokenizer.json"))

        // `alignonce export --run`: the newest checkpoint (the final step), merged the same way.
        let exported = URL(fileURLWithPath: config.output + "-export")
        try RunExport.export(run: URL(fileURLWithPath: config.output), checkpoint: nil, to: exported)
        let again = try XCTUnwrap(PretrainedModel.load(exported.path).model.forward(tokens: tokens, batch: 1, seq: 8).logits)
        XCTAssertEqual(again.array(), actual.array())
        assertTrainerError(try RunExport.export(run: nil, checkpoint: nil, to: exported), mentions: ["--run / --checkpoint"])
    }

    func testNaNStepIsSkippedAndReported() throws {
        let config = try TrainerFixture.config(steps: 5)
        let trainer = try Trainer(config: config)
        let offset = trainer.policy.layout.layers[0].inputNorm
        var saved: Float = 0
        trainer.beforeStep = { step, model in
            if step == 2 { saved = model.parameters[offset]; model.parameters[offset] = .nan }
            if step == 3 { model.parameters[offset] = saved }
        }
        let summary = try trainer.run(progress: false)
        XCTAssertEqual(summary.skippedSteps, 1)
        let rows = try TrainerFixture.metrics(config)
        XCTAssertEqual(rows.filter { $0["skipped"] == 1 }.map { $0["step"] ?? 0 }, [3])
        XCTAssertTrue(summary.loss?.isFinite ?? false)
        XCTAssertTrue((0..<trainer.policy.trainableParameters.count).allSatisfy { trainer.policy.trainableParameters[$0].isFinite })
    }

    /// Ctrl-C: the update in progress finishes, a checkpoint is written, the run throws.
    func testInterruptSignalWritesACheckpoint() throws {
        let config = try TrainerFixture.config(steps: 6)
        let trainer = try Trainer(config: config)
        trainer.beforeStep = { step, _ in
            if step == 1 {
                kill(getpid(), SIGINT)
                usleep(100_000)  // the handler may run on another thread
            }
        }
        assertTrainerError(try trainer.run(progress: false), mentions: ["interrupted after step 2"])
        let latest = try XCTUnwrap(CheckpointStore.latest(in: URL(fileURLWithPath: config.output).appendingPathComponent("checkpoints")))
        XCTAssertEqual(latest.lastPathComponent, "step-000002")
    }

    func testRepeatedNaNsStopTraining() throws {
        let config = try TrainerFixture.config(steps: 8)
        let trainer = try Trainer(config: config)
        trainer.maxConsecutiveBadSteps = 3
        trainer.beforeStep = { step, model in if step == 1 { model.parameters[0] = .infinity; model.parameters[model.layout.finalNorm] = .nan } }
        assertTrainerError(try trainer.run(progress: false), mentions: ["3 consecutive", "step 4"])
        XCTAssertEqual(try TrainerFixture.metrics(config).filter { $0["skipped"] == 1 }.count, 3)
    }
}
