import XCTest
import Tensor
@testable import Alignment

/// The consistency score C = σ_1² / Σσ_j² and the batch mean helper.
final class MLCConsistencyLossTests: XCTestCase {
    private func consistency(_ r: [Float], m: Int, p: Int) throws -> (score: Double, meanPairwiseCosine: Double) {
        try r.withUnsafeBufferPointer { try MLCGroupLoss.consistency(representations: $0, m: m, p: p) }
    }

    func testBoundsAreReached() throws {
        // Collinear (same or opposite direction, any lengths): C = 1.
        let direction: [Float] = [0.3, -1.2, 0.5, 2.0]
        let collinear = [Float](direction.map { 2 * $0 } + direction.map { -0.1 * $0 } + direction)
        let one = try consistency(collinear, m: 3, p: 4)
        XCTAssertEqual(one.score, 1, accuracy: 1e-12)
        XCTAssertEqual(one.meanPairwiseCosine, -1.0 / 3, accuracy: 1e-6)  // cosines -1, 1, -1
        // Orthonormal: C = 1/m, mean cosine 0.
        var orthogonal = [Float](repeating: 0, count: 16)
        for k in 0..<4 { orthogonal[k * 4 + k] = Float(k + 1) }
        let flat = try consistency(orthogonal, m: 4, p: 4)
        XCTAssertEqual(flat.score, 0.25, accuracy: 1e-12)
        XCTAssertEqual(flat.meanPairwiseCosine, 0, accuracy: 1e-12)
    }

    func testRandomGroupsStayWithinBounds() throws {
        var random = SplitMix64(seed: 77)
        for (m, p) in [(2, 3), (5, 64), (7, 4), (10, 32)] {
            for _ in 0..<5 {
                let r = (0..<(m * p)).map { _ in Float(random.nextGaussianDouble()) }
                let c = try consistency(r, m: m, p: p)
                XCTAssertGreaterThanOrEqual(c.score, 1 / Double(m) - 1e-12)
                XCTAssertLessThanOrEqual(c.score, 1 + 1e-12)
                XCTAssertGreaterThanOrEqual(c.meanPairwiseCosine, -1)
                XCTAssertLessThanOrEqual(c.meanPairwiseCosine, 1)
                // C is 1 - rank1-energy on the same (normalised) vectors.
                var g = [Float](repeating: 0, count: m * p)
                let energy = try r.withUnsafeBufferPointer { rb in
                    try g.withUnsafeMutableBufferPointer {
                        try MLCGroupLoss(kind: .rank1Energy).lossAndGradient(representations: rb, count: m, dimension: p, gradient: $0)
                    }
                }
                XCTAssertEqual(c.score, 1 - energy, accuracy: 1e-12)
            }
        }
    }

    func testBadInputThrows() {
        XCTAssertThrowsError(try consistency([1, 2, 3], m: 1, p: 3))
        XCTAssertThrowsError(try consistency([1, 2, 3, 4], m: 2, p: 3))
        XCTAssertThrowsError(try consistency([0, 0, 0, 0], m: 2, p: 2))
        XCTAssertThrowsError(try consistency([1, .nan, 0, 1], m: 2, p: 2))
    }

    func testBatchMeanWithPerGroupAnchorsAndSizes() throws {
        var random = SplitMix64(seed: 5)
        let p = 8, sizes = [3, 5, 2]
        let r = (0..<(10 * p)).map { _ in Float(random.nextGaussianDouble()) }
        let anchors: [Int?] = [0, 4, 1]
        let loss = MLCGroupLoss(kind: .anchor, anchorIndex: nil)
        var gradient = [Float](repeating: .nan, count: r.count)
        let mean = try r.withUnsafeBufferPointer { rb in
            try gradient.withUnsafeMutableBufferPointer {
                try loss.meanLossAndGradient(representations: rb, groupSizes: sizes, dimension: p, gradient: $0,
                                             anchorIndices: anchors)
            }
        }
        var expected = 0.0, offset = 0
        for (g, m) in sizes.enumerated() {
            let group = Array(r[(offset * p)..<((offset + m) * p)])
            var groupGradient = [Float](repeating: 0, count: m * p)
            let value = try group.withUnsafeBufferPointer { rb in
                try groupGradient.withUnsafeMutableBufferPointer {
                    try MLCGroupLoss(kind: .anchor, anchorIndex: anchors[g])
                        .lossAndGradient(representations: rb, count: m, dimension: p, gradient: $0)
                }
            }
            expected += value / 3
            for i in 0..<(m * p) { XCTAssertEqual(gradient[offset * p + i], groupGradient[i] / 3, accuracy: 1e-7) }
            offset += m
        }
        XCTAssertEqual(mean, expected, accuracy: 1e-12)
        // Without per-group anchors the anchor loss has none: an input error, not a crash.
        XCTAssertThrowsError(try r.withUnsafeBufferPointer { rb in
            try gradient.withUnsafeMutableBufferPointer {
                try loss.meanLossAndGradient(representations: rb, groupSizes: sizes, dimension: p, gradient: $0)
            }
        })
        XCTAssertThrowsError(try r.withUnsafeBufferPointer { rb in
            try gradient.withUnsafeMutableBufferPointer {
                try loss.meanLossAndGradient(representations: rb, groupSizes: [3, 5], dimension: p, gradient: $0)
            }
        })
    }
}
