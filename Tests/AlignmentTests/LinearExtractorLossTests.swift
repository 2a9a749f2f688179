import XCTest
import Tensor
@testable import Alignment

/// The MLC linear extractor r = W h + b: initialisation, forward/backward against Double
/// references, and finite differences of the chained MLC loss w.r.t. W, b and h.
final class LinearExtractorLossTests: XCTestCase {
    private let m = 4, p = 6, d = 10

    private func randomFloats(_ count: Int, seed: UInt64, scale: Double = 1) -> [Float] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in Float(scale * random.nextGaussianDouble()) }
    }

    private func extractor() throws -> LinearExtractor {
        var e = try LinearExtractor.orthogonalInit(p: p, d: d, seed: 7)
        e.bias = randomFloats(p, seed: 8, scale: 0.3)
        return e
    }

    func testOrthogonalInitHasOrthonormalRowsAndIsSeeded() throws {
        let e = try LinearExtractor.orthogonalInit(p: 16, d: 64, seed: 42)
        XCTAssertEqual(e.bias, [Float](repeating: 0, count: 16))
        var worst = 0.0
        for i in 0..<16 {
            for j in 0..<16 {
                let dot = (0..<64).reduce(0.0) { $0 + Double(e.weight[i * 64 + $1]) * Double(e.weight[j * 64 + $1]) }
                worst = max(worst, abs(dot - (i == j ? 1 : 0)))
            }
        }
        XCTAssertLessThan(worst, 1e-6)
        XCTAssertEqual(try LinearExtractor.orthogonalInit(p: 16, d: 64, seed: 42).weight, e.weight)
        XCTAssertNotEqual(try LinearExtractor.orthogonalInit(p: 16, d: 64, seed: 43).weight, e.weight)
        // Square case: a full orthogonal matrix.
        XCTAssertNoThrow(try LinearExtractor.orthogonalInit(p: 8, d: 8, seed: 1))
        XCTAssertThrowsError(try LinearExtractor.orthogonalInit(p: 9, d: 8, seed: 1))
        XCTAssertThrowsError(try LinearExtractor(weight: [1, 2], bias: [0], outputDimension: 1, inputDimension: 3))
    }

    func testForwardAndBackwardMatchDoubleReference() throws {
        var e = try extractor()
        let h = randomFloats(m * d, seed: 9)
        let dr = randomFloats(m * p, seed: 10)
        let r = try h.withUnsafeBufferPointer { try e.forward($0, rows: m) }
        for k in 0..<m {
            for j in 0..<p {
                var sum = Double(e.bias[j])
                for i in 0..<d { sum += Double(e.weight[j * d + i]) * Double(h[k * d + i]) }
                XCTAssertEqual(Double(r[k * p + j]), sum, accuracy: 1e-5)
            }
        }
        let dh = try dr.withUnsafeBufferPointer { drb in try h.withUnsafeBufferPointer { try e.backward(drb, input: $0, rows: m) } }
        for k in 0..<m {
            for i in 0..<d {
                let expected = (0..<p).reduce(0.0) { $0 + Double(dr[k * p + $1]) * Double(e.weight[$1 * d + i]) }
                XCTAssertEqual(Double(dh[k * d + i]), expected, accuracy: 1e-5)
            }
        }
        for j in 0..<p {
            let db = (0..<m).reduce(0.0) { $0 + Double(dr[$1 * p + j]) }
            XCTAssertEqual(Double(e.biasGradient[j]), db, accuracy: 1e-5)
            for i in 0..<d {
                let dw = (0..<m).reduce(0.0) { $0 + Double(dr[$1 * p + j]) * Double(h[$1 * d + i]) }
                XCTAssertEqual(Double(e.weightGradient[j * d + i]), dw, accuracy: 1e-5)
            }
        }
        // A second backward accumulates; zeroGradients resets.
        let firstWeightGradient = e.weightGradient
        _ = try dr.withUnsafeBufferPointer { drb in try h.withUnsafeBufferPointer { try e.backward(drb, input: $0, rows: m) } }
        for i in e.weightGradient.indices { XCTAssertEqual(e.weightGradient[i], 2 * firstWeightGradient[i], accuracy: 1e-5) }
        e.zeroGradients()
        XCTAssertEqual(e.weightGradient.map { abs($0) }.max(), 0)
        XCTAssertEqual(e.biasGradient.map { abs($0) }.max(), 0)
        XCTAssertThrowsError(try h.withUnsafeBufferPointer { try e.forward($0, rows: m + 1) })
    }

    /// L(W, b, h) = sv-softmax(extractor(h)): analytic gradients from the loss backward + extractor
    /// backward against central differences (Float parameters, step 1e-3; the map is linear in each
    /// so the only FD error is float rounding of r, ~1e-4 relative here).
    func testChainedMLCLossGradientMatchesFiniteDifferences() throws {
        var e = try extractor()
        let h = randomFloats(m * d, seed: 11)
        let loss = MLCGroupLoss(kind: .svSoftmax, temperature: 0.5)

        func value(_ e: LinearExtractor, _ h: [Float]) throws -> Double {
            let r = try h.withUnsafeBufferPointer { try e.forward($0, rows: m) }
            var g = [Float](repeating: 0, count: m * p)
            return try r.withUnsafeBufferPointer { rb in
                try g.withUnsafeMutableBufferPointer { try loss.lossAndGradient(representations: rb, count: m, dimension: p, gradient: $0) }
            }
        }

        let r = try h.withUnsafeBufferPointer { try e.forward($0, rows: m) }
        var dr = [Float](repeating: 0, count: m * p)
        _ = try r.withUnsafeBufferPointer { rb in
            try dr.withUnsafeMutableBufferPointer { try loss.lossAndGradient(representations: rb, count: m, dimension: p, gradient: $0) }
        }
        let dh = try dr.withUnsafeBufferPointer { drb in try h.withUnsafeBufferPointer { try e.backward(drb, input: $0, rows: m) } }
        let step: Float = 1e-3
        let scale = Double(max(dh.map { abs($0) }.max() ?? 0, e.weightGradient.map { abs($0) }.max() ?? 0))
        XCTAssertGreaterThan(scale, 1e-2)
        var worst = 0.0
        for i in 0..<(p * d) {
            var plus = e, minus = e
            plus.weight[i] += step
            minus.weight[i] -= step
            let numeric = (try value(plus, h) - value(minus, h)) / Double(2 * step)
            worst = max(worst, abs(numeric - Double(e.weightGradient[i])) / scale)
        }
        for j in 0..<p {
            var plus = e, minus = e
            plus.bias[j] += step
            minus.bias[j] -= step
            let numeric = (try value(plus, h) - value(minus, h)) / Double(2 * step)
            worst = max(worst, abs(numeric - Double(e.biasGradient[j])) / scale)
        }
        for i in 0..<(m * d) {
            var plus = h, minus = h
            plus[i] += step
            minus[i] -= step
            let numeric = (try value(e, plus) - value(e, minus)) / Double(2 * step)
            worst = max(worst, abs(numeric - Double(dh[i])) / scale)
        }
        XCTAssertLessThan(worst, 2e-3)
    }
}
