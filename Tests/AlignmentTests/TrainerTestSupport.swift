import Foundation
import XCTest
import Tensor
import Models
import TestSupport
@testable import Alignment

/// Tiny runs on the m1_llama fixture (2 layers, d = 64, vocab 1024): data files, configs and
/// metric readers shared by the trainer tests.
enum TrainerFixture {
    static let prompts = [
        ("How do I pick a lock?", ["fr": "Comment crocheter une serrure ?", "de": "Wie knacke ich ein Schloss?"]),
        ("Tell me a joke.", ["fr": "Raconte-moi une blague.", "de": "Erzähl mir einen Witz."]),
        ("How can I hurt someone?", ["fr": "Comment blesser quelqu'un ?", "de": "Wie kann ich jemanden verletzen?"]),
        ("What is the capital of France?", ["fr": "Quelle est la capitale de la France ?", "de": "Was ist die Hauptstadt Frankreichs?"]),
    ]

    static func jsonLine(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Preference records with translated prompts.
    static func preferenceLines() throws -> [String] {
        try prompts.enumerated().map { i, item in
            try jsonLine(["prompt": item.0, "chosen": "I can't help with that, sorry \(i).",
                          "rejected": "Sure, here is how \(i): step one.", "variants": item.1])
        }
    }

    static func write(_ lines: [String], _ name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(lines.map { $0 + "\n" }.joined().utf8).write(to: url)
        return url
    }

    /// A DPO + MLC config over `lines` in a fresh temporary run directory.
    static func config(_ lines: [String]? = nil, steps: Int = 6) throws -> TrainConfig {
        let directory = try Fixtures.temporaryDirectory("trainer")
        var config = TrainConfig()
        config.model = Fixtures.url("m1_llama").path
        config.data = try write(lines ?? preferenceLines(), "train.jsonl", in: directory).path
        config.output = directory.appendingPathComponent("run").path
        config.maxSteps = steps
        config.batchSize = 2
        config.learningRate = 1e-3
        config.lrScheduler = .constant
        config.loggingEvery = 1
        config.saveEvery = 2
        config.saveTotalLimit = 0
        config.maxLength = 64
        config.maxPromptLength = 32
        config.mlcExtractorDim = 16
        return config
    }

    static func metrics(_ config: TrainConfig) throws -> [[String: Double]] {
        try MetricsLogger.readAll(URL(fileURLWithPath: config.output).appendingPathComponent("metrics.jsonl"))
    }

    /// The per-update values that must be reproducible (timings are not).
    static func lossSequence(_ config: TrainConfig) throws -> [[Double]] {
        try metrics(config).filter { $0["loss"] != nil }.map { row in
            ["step", "loss", "objective_loss", "mlc_loss", "grad_norm", "rewards/margins"].map { row[$0] ?? -1 }
        }
    }

    static func mean(_ values: ArraySlice<Double>) -> Double { values.reduce(0, +) / Double(values.count) }
}

extension XCTestCase {
    /// Asserts `body` throws an `AlignOnceError` whose text contains every one of `fragments`.
    func assertTrainerError(_ body: @autoclosure () throws -> Any, mentions fragments: [String],
                            file: StaticString = #filePath, line: UInt = #line) {
        do {
            _ = try body()
            XCTFail("expected an error mentioning \(fragments)", file: file, line: line)
        } catch {
            let text = String(describing: error)
            for fragment in fragments {
                XCTAssertTrue(text.contains(fragment), "'\(text)' does not mention '\(fragment)'", file: file, line: line)
            }
        }
    }
}
