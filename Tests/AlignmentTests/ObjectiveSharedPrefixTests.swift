import Foundation
import XCTest
import Tensor
import Models
import TestSupport
@testable import Alignment

/// The MLC source-language variant read from the objective's own pass (its chosen rows start
/// with the same prompt) must give the same loss and gradients as running it separately.
final class ObjectiveSharedPrefixTests: XCTestCase {
    static let pairs = ObjectiveGradientTests.pairs
    /// Group i: pair i's prompt ("en") plus two other "translations".
    static let groups = pairs.enumerated().map { i, pair in
        MLCVariantGroup(languages: ["en", "zh", "sw"],
                        ids: [pair.prompt, [Int32(4 + i), 8, 15], [Int32(20 - i), 2, 11, 6, 19]])
    }
    static let rows: [Int?] = [0, 1, 2]

    func makeTerm(_ pooling: MLCPooling) throws -> MLCTerm {
        try MLCTerm(groupLoss: MLCGroupLoss(kind: .svSoftmax), layers: [1, -1], pooling: pooling,
                    extractors: [LinearExtractor.orthogonalInit(p: 8, d: 16, seed: 3),
                                 LinearExtractor.orthogonalInit(p: 8, d: 16, seed: 4)], weight: 0.7)
    }

    func assertClose(_ a: FloatBuffer, _ b: FloatBuffer, _ what: String, line: UInt = #line) {
        var worst: Float = 0, largest: Float = 0
        for i in 0..<a.count {
            worst = max(worst, abs(a[i] - b[i]))
            largest = max(largest, abs(b[i]))
        }
        XCTAssertGreaterThan(largest, 0, what, line: line)
        XCTAssertLessThanOrEqual(worst, 1e-5 * largest, what, line: line)
    }

    func testDPOWithSharedPromptsEqualsSeparateRuns() throws {
        let model = ObjectiveGradientTests.model(seed: 11), reference = ObjectiveGradientTests.model(seed: 12)
        for pooling in MLCPooling.allCases {
            let loss = try DPOLoss(beta: 0.1)
            var dpo = DPOObjective(loss: loss, reference: .model(reference))
            var separateTerm = try makeTerm(pooling)
            let separate = FloatBuffer(count: model.parameterCount)
            let separateMetrics = try dpo.step(Self.pairs, policy: model, gradients: separate)
                .adding(mlc: try separateTerm.step(Self.groups, policy: model, gradients: separate))

            var sharedTerm = try makeTerm(pooling)
            let shared = FloatBuffer(count: model.parameterCount)
            var mlcMetrics: MLCMetrics?
            let objectiveMetrics = try dpo.step(Self.pairs, policy: model, gradients: shared) { pass in
                let sharing = MLCSharedPass(pass: pass, rows: Self.rows)
                XCTAssertEqual(try MLCVariantBatch(Self.groups, shared: sharing).ownRows, 6, "English rows reused")
                let result = try sharedTerm.step(Self.groups, policy: model, gradients: shared, sharing: sharing)
                mlcMetrics = result.metrics
                return result.sharedGradients
            }
            let sharedMetrics = objectiveMetrics.adding(mlc: try XCTUnwrap(mlcMetrics))
            XCTAssertEqual(sharedMetrics.loss, separateMetrics.loss, accuracy: 1e-6, "\(pooling)")
            XCTAssertEqual(sharedMetrics.mlcLoss ?? .nan, separateMetrics.mlcLoss ?? 0, accuracy: 1e-6)
            assertClose(shared, separate, "model gradient, \(pooling) pooling")
            for k in 0..<2 {
                let a = FloatBuffer(try XCTUnwrap(sharedTerm.extractors)[k].weightGradient)
                let b = FloatBuffer(try XCTUnwrap(separateTerm.extractors)[k].weightGradient)
                assertClose(a, b, "extractor \(k), \(pooling) pooling")
            }
        }
    }

    func testSFTWithSharedPromptsEqualsSeparateRuns() throws {
        let model = ObjectiveGradientTests.model(seed: 13)
        let sequences = Self.pairs.map { TokenSequence(prompt: $0.prompt, response: $0.chosen) }
        var sft = SFTObjective(counted: .response)
        var separateTerm = try makeTerm(.last)
        let separate = FloatBuffer(count: model.parameterCount)
        _ = try sft.step(sequences, policy: model, gradients: separate)
        _ = try separateTerm.step(Self.groups, policy: model, gradients: separate)

        var sharedTerm = try makeTerm(.last)
        let shared = FloatBuffer(count: model.parameterCount)
        _ = try sft.step(sequences, policy: model, gradients: shared) { pass in
            try sharedTerm.step(Self.groups, policy: model, gradients: shared,
                                sharing: MLCSharedPass(pass: pass, rows: Self.rows)).sharedGradients
        }
        assertClose(shared, separate, "SFT + MLC")
    }

    func testVariantsNotInTheSharedPassRunSeparately() throws {
        let model = ObjectiveGradientTests.model(seed: 14)
        let pass = try model.forward(tokens: [3, 7, 1, 22, 5, 0], batch: 2, seq: 3)
        let groups = [MLCVariantGroup(languages: ["en", "zh"], ids: [[3, 7], [9]]),     // prefix of row 0
                      MLCVariantGroup(languages: ["en", "zh"], ids: [[3, 7], [22, 5, 0, 1]])]  // row 1 is [22, 5, 0]
        let batch = try MLCVariantBatch(groups, shared: MLCSharedPass(pass: pass, rows: [0, 1]))
        XCTAssertEqual(batch.ownRows, 3)
        XCTAssertEqual(batch.locations.map(\.source), [.shared, .own, .own, .own])
        let none = try MLCVariantBatch(groups, shared: MLCSharedPass(pass: pass, rows: [nil, 7]))
        XCTAssertEqual(none.ownRows, 4)
    }
}
