import Foundation
import XCTest
import Tensor
import Models
import TestSupport
@testable import Alignment

/// An interrupted then resumed run must log exactly the losses of an uninterrupted one.
final class TrainerResumeTests: XCTestCase {
    func checkResumeIsBitExact(_ adjust: (inout TrainConfig) -> Void, leaveTornCheckpoint: Bool = false,
                               file: StaticString = #filePath, line: UInt = #line) throws {
        var whole = try TrainerFixture.config(steps: 4)
        adjust(&whole)
        _ = try Trainer(config: whole).run(progress: false)

        var parts = try TrainerFixture.config(steps: 4)
        parts.data = whole.data
        adjust(&parts)
        let first = try Trainer(config: parts)
        first.interruptAfterStep = 3
        assertTrainerError(try first.run(progress: false), mentions: ["interrupted after step 3"], file: file, line: line)
        // Checkpoints at 2 (save-every) and 3 (the interrupt); the resume starts from 3.
        let checkpoints = URL(fileURLWithPath: parts.output).appendingPathComponent("checkpoints")
        if leaveTornCheckpoint {
            // A kill while step 4's checkpoint was being written: a partial temporary directory.
            let torn = checkpoints.appendingPathComponent("step-000004.tmp-99999")
            try FileManager.default.createDirectory(at: torn, withIntermediateDirectories: true)
            try Data([1, 2, 3]).write(to: torn.appendingPathComponent("tensors.bin"))
        }
        var resumed = parts
        resumed.resume = parts.output
        let second = try Trainer(config: resumed)
        XCTAssertEqual(second.step, 3, file: file, line: line)
        _ = try second.run(progress: false)

        let expected = try TrainerFixture.lossSequence(whole), actual = try TrainerFixture.lossSequence(parts)
        XCTAssertEqual(expected.count, 4, file: file, line: line)
        XCTAssertEqual(actual, expected, file: file, line: line)  // exact Double equality
        XCTAssertFalse(FileManager.default.fileExists(atPath: checkpoints.appendingPathComponent("step-000004.tmp-99999").path))
    }

    func testFullFineTuningResumesBitForBit() throws {
        try checkResumeIsBitExact { config in
            config.gradientAccumulationSteps = 2
            config.lrScheduler = .cosine
            config.warmupSteps = 2
        }
    }

    func testLoRAWithDropoutResumesBitForBit() throws {
        try checkResumeIsBitExact({ config in
            config.lora = true
            config.loraDropout = 0.1
            config.learningRate = 5e-3
        }, leaveTornCheckpoint: true)
    }

    func testResumeRefusesDifferentSettings() throws {
        var config = try TrainerFixture.config(steps: 4)
        let trainer = try Trainer(config: config)
        trainer.interruptAfterStep = 2
        assertTrainerError(try trainer.run(progress: false), mentions: ["interrupted"])
        assertTrainerError(try Trainer(config: config), mentions: ["output", "already holds a run", "resume"])
        config.resume = config.output
        config.beta = 0.2
        assertTrainerError(try Trainer(config: config), mentions: ["resume", "different settings"])
    }
}
