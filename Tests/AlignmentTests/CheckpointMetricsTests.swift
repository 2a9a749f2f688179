import XCTest
import Tensor
import TestSupport
@testable import Alignment

final class CheckpointMetricsTests: XCTestCase {
    func testMetricsLinesAreOrderedJSONAndResumeDropsLaterSteps() throws {
        let url = try Fixtures.temporaryDirectory("metrics").appendingPathComponent("metrics.jsonl")
        XCTAssertEqual(MetricsLogger.line(step: 3, ["zeta": 1, "lr": 2e-6, "loss": 0.5, "rewards/margins": .nan]),
                       #"{"step":3,"loss":0.5,"lr":2e-06,"rewards/margins":null,"zeta":1.0}"#)
        do {
            let logger = try MetricsLogger(url: url)
            for step in 1...5 { try logger.log(step: step, ["loss": Double(step) / 10, "grad_norm": 1.5]) }
            // Visible on disk before the logger is closed (no buffering).
            XCTAssertEqual(try MetricsLogger.readAll(url).count, 5)
        }
        let resumed = try MetricsLogger(url: url, discardingAfterStep: 3)
        try resumed.log(step: 4, ["loss": 0.04])
        let rows = try MetricsLogger.readAll(url)
        XCTAssertEqual(rows.map { $0["step"] }, [1, 2, 3, 4])
        XCTAssertEqual(rows[3]["loss"], 0.04)
        XCTAssertEqual(rows[1]["grad_norm"], 1.5)
    }

    func testProgressBarRenderingAndETA() {
        let line = ProgressBar.render(label: "train", completed: 30, total: 120, width: 20, elapsed: 60,
                                      fields: [("loss", "0.512"), ("tok/s", "812")])
        XCTAssertEqual(line, "train 30/120  25.0% [#####...............] loss=0.512 tok/s=812  ETA 03:00")
        XCTAssertTrue(ProgressBar.render(label: "eval", completed: 0, total: 5, width: 4, elapsed: 1, fields: []).hasSuffix("ETA --:--"))
        XCTAssertEqual(ProgressBar.render(label: "gen", completed: 5, total: 5, width: 4, elapsed: 3725, fields: []),
                       "gen 5/5 100.0% [####]  done in 1:02:05")
        XCTAssertEqual(ProgressBar.formatDuration(59.6), "01:00")
    }

    func testProgressBarPrintsAtPercentStepsWhenNotATerminal() {
        var output: [String] = []
        var now = 0.0
        let bar = ProgressBar(total: 40, label: "eval", width: 10, isTerminal: false, reportEveryPercent: 25,
                              write: { output.append($0) }, clock: { now })
        for _ in 0..<40 {
            now += 1
            bar.advance()
        }
        bar.finish()
        XCTAssertEqual(output.count, 5, "first update, then 25%, 50%, 75%, 100%: \(output)")
        XCTAssertTrue(output.allSatisfy { $0.hasSuffix("\n") && !$0.unicodeScalars.contains("\r") }, "\(output)")
        XCTAssertTrue(output[0].hasPrefix("eval 1/40"))
        XCTAssertTrue(output[1].hasPrefix("eval 10/40  25.0%"))
        XCTAssertTrue(output[1].hasSuffix("ETA 00:30\n"))
        XCTAssertTrue(output[4].hasSuffix("done in 00:40\n"))
    }

    func testProgressBarRedrawsInPlaceOnATerminal() {
        var output: [String] = []
        var now = 0.0
        let bar = ProgressBar(total: 3, label: "gen", width: 3, isTerminal: true, write: { output.append($0) }, clock: { now })
        now = 1
        bar.advance(fields: [("tok/s", "123456789")])
        now = 1.01
        bar.advance()  // throttled: within 0.1 s of the last redraw
        now = 2
        bar.advance(fields: [("tok/s", "9")])
        bar.finish()
        XCTAssertEqual(output.count, 4)
        XCTAssertTrue(output[0].hasPrefix("\rgen 1/3"))
        XCTAssertTrue(output[1].hasPrefix("\rgen 3/3"))
        XCTAssertTrue(output[1].hasSuffix(" "), "shorter line padded to erase the previous one")
        XCTAssertEqual(output[3], "\n")
    }
}
