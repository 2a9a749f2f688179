import Foundation
import XCTest
import Evaluation
@testable import Demo

/// The demo's parts that decide whether its numbers mean anything.
final class DemoPartsTests: XCTestCase {
    /// The judge must see the world's refusal sentence as a refusal in every language, and the
    /// base assistant's compliance and benign answers as answers.
    func testJudgeRecognisesWorldRefusalsAndAnswersInEveryLanguage() throws {
        let datasets = try World.generate(WorldOptions(seed: 3, scale: .tiny))
        let cues = FileManager.default.temporaryDirectory.appendingPathComponent("cues-\(UUID().uuidString).json")
        try RunnerEvaluator.writeCueFile(datasets.refusalMarkers, to: cues)
        let judge = try KeywordJudge.standard(userCues: cues)
        var refusals = 0, answers = 0
        for chat in datasets.conversations {
            let refused = judge.isRefusal(response: chat.assistant, lang: chat.lang)
            XCTAssertEqual(refused, chat.kind == .impossible, "\(chat.lang) \(chat.kind): \(chat.assistant)")
            if chat.kind == .impossible { refusals += 1 } else { answers += 1 }
        }
        XCTAssertGreaterThan(refusals, 9)
        XCTAssertGreaterThan(answers, 9)
        XCTAssertEqual(Set(datasets.conversations.map(\.lang)), Set(World.defaultLanguages))
    }

    func testPackingKeepsDocumentsWholeAndRowsBounded() {
        let rows = DemoPretraining.packRows([[1, 2, 3], [4, 5], [6, 7, 8, 9, 10, 11, 12]], endOfText: 0, sequenceLength: 5)
        XCTAssertEqual(rows, [[1, 2, 3, 0], [4, 5, 0], [6, 7, 8, 9, 10], [11, 12, 0]])
    }

    func testBatchOrderVisitsEveryIndexOncePerEpochAndIsSeeded() {
        var a = DemoBatchOrder(count: 10, seed: 1), b = DemoBatchOrder(count: 10, seed: 1), c = DemoBatchOrder(count: 10, seed: 2)
        let epoch = a.next(4) + a.next(4) + a.next(2)
        XCTAssertEqual(epoch.sorted(), Array(0..<10))
        XCTAssertEqual(b.next(10), epoch)
        XCTAssertNotEqual(c.next(10), epoch)
    }

    func testInvalidSettingsAreRejected() {
        XCTAssertThrowsError(try DemoPipeline(config: .tiny(holdout: "en"), outputDirectory: URL(fileURLWithPath: "/tmp/x")))
        XCTAssertThrowsError(try DemoPipeline(config: .tiny(languages: ["es", "fr"]), outputDirectory: URL(fileURLWithPath: "/tmp/x")))
        var config = DemoConfig.tiny()
        config.mlc.layer = 9
        XCTAssertThrowsError(try DemoPipeline(config: config, outputDirectory: URL(fileURLWithPath: "/tmp/x")))
        config = DemoConfig.tiny()
        config.mlc.temperature = 0
        XCTAssertThrowsError(try DemoPipeline(config: config, outputDirectory: URL(fileURLWithPath: "/tmp/x")))
    }

    func testSweepVariesOneKnobAtATimeAroundTheDefault() throws {
        let sweep = try DemoSweep(config: .standard(), outputDirectory: URL(fileURLWithPath: "/tmp/x"))
        let settings = sweep.settings()
        XCTAssertEqual(settings.first, DemoConfig.standard().mlc)
        XCTAssertEqual(Set(settings.map(\.layer)), Set(1...DemoConfig.standard().model.layers))
        XCTAssertEqual(Set(settings.map(\.extractor)), Set(DemoExtractor.allCases))
        for s in settings.dropFirst() {
            let d = DemoConfig.standard().mlc
            let changed = [s.layer != d.layer, s.weight != d.weight, s.temperature != d.temperature, s.extractor != d.extractor]
            XCTAssertEqual(changed.filter { $0 }.count, 1, s.label)
        }
        XCTAssertEqual(Set(settings.map(\.label)).count, settings.count)
    }
}
