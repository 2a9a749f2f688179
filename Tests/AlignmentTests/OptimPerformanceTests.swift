import XCTest
import Tensor
import TestSupport
@testable import Alignment

/// Throughput of the flat-buffer hot paths. Opt-in (`ALIGNONCE_PERF=1`) and meaningful only in
/// release builds: `swift test -c release -Xswiftc -enable-testing --filter PerformanceTests`.
final class OptimPerformanceTests: XCTestCase {
    private let count = 8_000_000

    private func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    override func setUpWithError() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["ALIGNONCE_PERF"] == "1", "set ALIGNONCE_PERF=1 (release build)")
    }

    func testAdamWAndClippingThroughput() throws {
        var parameters = [Float](repeating: 0.5, count: count)
        var gradients = (0..<count).map { Float($0 % 97) * 1e-3 }
        var optimizer = try AdamW(parameterCount: count, learningRate: 1e-4, weightDecay: 0.01, noDecayRanges: [0..<1000])
        let update = try seconds {
            for _ in 0..<5 {
                try parameters.withUnsafeMutableBufferPointer { p in
                    try gradients.withUnsafeBufferPointer { try optimizer.update(parameters: p, gradients: $0) }
                }
            }
        } / 5
        let clip = seconds {
            _ = gradients.withUnsafeMutableBufferPointer { GradientClipping.clipGlobalNorm(gradients: $0, maxNorm: 1) }
        }
        print("PERF adamw \(count) params: \(String(format: "%.1f", update * 1000)) ms/step (\(String(format: "%.0f", Double(count) / update / 1e6)) M params/s); clip: \(String(format: "%.1f", clip * 1000)) ms")
        XCTAssertLessThan(update, 1.0, "AdamW step over 8M parameters")
        XCTAssertTrue(parameters[5000].isFinite)
    }

    func testCheckpointArchiveThroughput() throws {
        let url = try Fixtures.temporaryDirectory("perf").appendingPathComponent("tensors.bin")
        let arrays: [(name: String, values: [Float])] = ["parameters", "adamw.m", "adamw.v"].map { name in
            (name, (0..<count).map { Float($0) * 1e-6 })
        }
        let write = try seconds { try TensorArchive.write(arrays, to: url) }
        var loaded: [(name: String, values: [Float])] = []
        let read = try seconds { loaded = try TensorArchive.read(url) }
        let megabytes = Double(3 * count * 4) / 1e6
        print("PERF archive \(String(format: "%.0f", megabytes)) MB: write \(String(format: "%.0f", megabytes / write)) MB/s, read+verify \(String(format: "%.0f", megabytes / read)) MB/s")
        XCTAssertEqual(loaded[2].values[count - 1], arrays[2].values[count - 1])
        XCTAssertLessThan(read, 10)
    }
}
