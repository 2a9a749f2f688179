import XCTest
import Tensor
@testable import Alignment

final class OptimTests: XCTestCase {
    /// Reference: the torch.optim.AdamW update computed in float64 with numpy
    /// (lr 0.01, weight decay 0.1, betas 0.9/0.999, eps 1e-8; elements 2 and 4 not decayed;
    /// element 4 has |g| ~ 1e-9 so eps dominates its denominator).
    func testAdamWMatchesTorchForThreeSteps() throws {
        var parameters: [Float] = [0.5, -1.0, 2.0, 0.0, 3.0]
        let gradients: [[Float]] = [
            [0.1, -0.2, 0.3, 0.05, 1e-9],
            [-0.4, 0.1, 0.3, 0.0, -1e-9],
            [0.25, 0.5, -0.3, 2.0, 0.0],
        ]
        let expected: [[Double]] = [
            [0.4895000009999999, -0.9890000004999999, 1.9900000003333334, -0.009999998000000399, 2.999090909090909],
            [0.4946055357475128, -0.9853476302713676, 1.9800000006666667, -0.016690578647681163, 2.9991387559808613],
            [0.4944952819296323, -0.9893548324453469, 1.9773800745547356, -0.023189352064898142, 2.9991694599699894],
        ]
        var optimizer = try AdamW(parameterCount: 5, learningRate: 0.01, weightDecay: 0.1, noDecayRanges: [4..<5, 2..<3])
        for (step, gradient) in gradients.enumerated() {
            try parameters.withUnsafeMutableBufferPointer { p in
                try gradient.withUnsafeBufferPointer { g in try optimizer.update(parameters: p, gradients: g) }
            }
            for i in 0..<5 {
                XCTAssertEqual(Double(parameters[i]), expected[step][i], accuracy: 1e-6, "step \(step + 1) element \(i)")
            }
        }
        XCTAssertEqual(optimizer.step, 3)
        let expectedM = [-0.0029, 0.0428, 0.0213, 0.20405]
        let expectedV = [0.00023232001, 0.00029991004, 0.00026973009, 0.0040024950025]
        for i in 0..<4 {
            XCTAssertEqual(Double(optimizer.m[i]), expectedM[i], accuracy: 1e-7)
            XCTAssertEqual(Double(optimizer.v[i]), expectedV[i], accuracy: expectedV[i] * 1e-6)
        }
    }

    /// The same torch reference tiled 41 times (205 elements, 82 no-decay ranges): every copy
    /// must match whether it lands in the eight-lane loop, across a lane boundary or in the tail.
    func testAdamWVectorLanesMatchTorchReference() throws {
        let copies = 41
        let base: [Float] = [0.5, -1.0, 2.0, 0.0, 3.0]
        let gradients: [[Float]] = [
            [0.1, -0.2, 0.3, 0.05, 1e-9],
            [-0.4, 0.1, 0.3, 0.0, -1e-9],
            [0.25, 0.5, -0.3, 2.0, 0.0],
        ]
        let expected: [Double] = [0.4944952819296323, -0.9893548324453469, 1.9773800745547356, -0.023189352064898142, 2.9991694599699894]
        var parameters = Array((0..<copies).map { _ in base }.joined())
        var noDecay: [Range<Int>] = []
        for c in 0..<copies {
            let start = 5 * c
            noDecay.append((start + 2)..<(start + 3))
            noDecay.append((start + 4)..<(start + 5))
        }
        var optimizer = try AdamW(parameterCount: parameters.count, learningRate: 0.01, weightDecay: 0.1, noDecayRanges: noDecay)
        for gradient in gradients {
            var tiled = Array((0..<copies).map { _ in gradient }.joined())
            try parameters.withUnsafeMutableBufferPointer { p in
                try tiled.withUnsafeMutableBufferPointer { g in try optimizer.update(parameters: p, consuming: g, learningRate: 0.01) }
            }
            XCTAssertEqual(tiled.filter { $0 != 0 }.count, 0, "gradients cleared")
        }
        for i in parameters.indices {
            XCTAssertEqual(Double(parameters[i]), expected[i % 5], accuracy: 1e-6, "element \(i)")
        }
    }

    func testAdamWRestoredFromScalarStateContinuesIdentically() throws {
        let n = 70_000  // big enough to take the parallel path
        var a = try AdamW(parameterCount: n, learningRate: 1e-3, weightDecay: 0.01, noDecayRanges: [100..<200])
        var pa = (0..<n).map { Float(sin(Double($0))) }
        let grads = (0..<n).map { Float(cos(Double($0) * 0.37)) }
        func step(_ opt: inout AdamW, _ p: inout [Float]) throws {
            try p.withUnsafeMutableBufferPointer { pb in
                try grads.withUnsafeBufferPointer { try opt.update(parameters: pb, gradients: $0, learningRate: 5e-4) }
            }
        }
        try step(&a, &pa)
        let state = try JSONDecoder().decode(AdamW.ScalarState.self, from: JSONEncoder().encode(a.scalarState))
        var b = try AdamW(scalarState: state, m: a.m, v: a.v)
        var pb = pa
        try step(&a, &pa)
        try step(&b, &pb)
        XCTAssertEqual(pa, pb)
        XCTAssertEqual(b.step, 2)
        XCTAssertNotEqual(pa[0], Float(sin(0.0)))
    }

    /// The consuming update is the same update, and leaves the gradients zeroed.
    func testAdamWConsumingUpdateEqualsUpdateAndClearsGradients() throws {
        let n = 70_000  // parallel path, several decay segments
        var plain = try AdamW(parameterCount: n, learningRate: 1e-3, weightDecay: 0.01, noDecayRanges: [100..<200, 5000..<5001])
        var consuming = plain
        var p1 = (0..<n).map { Float(sin(Double($0))) }, p2 = p1
        let grads = (0..<n).map { Float(cos(Double($0) * 0.37)) }
        for _ in 0..<2 {
            try p1.withUnsafeMutableBufferPointer { pb in
                try grads.withUnsafeBufferPointer { try plain.update(parameters: pb, gradients: $0, learningRate: 5e-4) }
            }
            var g = grads
            try p2.withUnsafeMutableBufferPointer { pb in
                try g.withUnsafeMutableBufferPointer { try consuming.update(parameters: pb, consuming: $0, learningRate: 5e-4) }
            }
            XCTAssertTrue(g.allSatisfy { $0 == 0 }, "gradients cleared")
        }
        XCTAssertEqual(p1, p2)
        XCTAssertEqual(plain.m, consuming.m)
        XCTAssertEqual(plain.v, consuming.v)
    }

    func testAdamWRejectsMismatchedBuffersAndBadRanges() throws {
        XCTAssertThrowsError(try AdamW(parameterCount: 4, noDecayRanges: [0..<2, 1..<3]))
        XCTAssertThrowsError(try AdamW(parameterCount: 4, noDecayRanges: [3..<5]))
        var optimizer = try AdamW(parameterCount: 4)
        var p: [Float] = [1, 2, 3]
        let g: [Float] = [1, 1, 1]
        XCTAssertThrowsError(try p.withUnsafeMutableBufferPointer { pb in
            try g.withUnsafeBufferPointer { try optimizer.update(parameters: pb, gradients: $0) }
        })
        XCTAssertEqual(optimizer.step, 0)
        XCTAssertThrowsError(try AdamW(scalarState: optimizer.scalarState, m: [0], v: [0]))

        // Codable round trip, and a decoded optimizer is validated like a constructed one.
        optimizer.m = [1, 2, 3, 4]
        let data = try JSONEncoder().encode(optimizer)
        let decoded = try JSONDecoder().decode(AdamW.self, from: data)
        XCTAssertEqual(decoded.m, [1, 2, 3, 4])
        XCTAssertEqual(decoded.scalarState, optimizer.scalarState)
        var json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        json["v"] = [0.0]
        XCTAssertThrowsError(try JSONDecoder().decode(AdamW.self, from: JSONSerialization.data(withJSONObject: json)))
    }

    func testClipGlobalNormAcrossBuffers() {
        var a: [Float] = [3, 0]
        var b: [Float] = [4, 12]  // global norm 13
        let norm = a.withUnsafeMutableBufferPointer { pa in
            b.withUnsafeMutableBufferPointer { pb in GradientClipping.clipGlobalNorm(gradients: [pa, pb], maxNorm: 1.3) }
        }
        XCTAssertEqual(norm, 13, accuracy: 1e-12)
        let scale = 1.3 / (13 + 1e-6)
        XCTAssertEqual(Double(a[0]), 3 * scale, accuracy: 1e-6)
        XCTAssertEqual(Double(b[1]), 12 * scale, accuracy: 1e-6)

        var small: [Float] = [0.3, 0.4]
        let smallNorm = small.withUnsafeMutableBufferPointer { GradientClipping.clipGlobalNorm(gradients: $0, maxNorm: 1) }
        XCTAssertEqual(smallNorm, 0.5, accuracy: 1e-7)
        XCTAssertEqual(small, [0.3, 0.4], "below the limit: untouched")

        var broken: [Float] = [.nan, 1]
        let brokenNorm = broken.withUnsafeMutableBufferPointer { GradientClipping.clipGlobalNorm(gradients: $0, maxNorm: 1) }
        XCTAssertTrue(brokenNorm.isNaN)
        XCTAssertEqual(broken[1], 1)
    }

    func testSumOfSquaresLargeBufferInDouble() {
        let values = [Float](repeating: 0.1, count: 200_003)
        let sum = values.withUnsafeBufferPointer { GradientClipping.sumOfSquares($0) }
        XCTAssertEqual(sum, 200_003 * Double(Float(0.1)) * Double(Float(0.1)), accuracy: 1e-6)
    }

    /// Reference values from transformers' formulas (warmup 10, total 100).
    func testSchedulesMatchTransformers() {
        let cosine = LRSchedule(kind: .cosine, baseRate: 2e-5, warmupSteps: 10, totalSteps: 100)
        let expectedCosine = [0: 0.0, 5: 0.5, 10: 1.0, 55: 0.5, 77: 0.15267081477050132, 100: 0.0]
        for (step, factor) in expectedCosine {
            XCTAssertEqual(cosine.multiplier(step: step), factor, accuracy: 1e-12, "cosine step \(step)")
        }
        XCTAssertEqual(cosine.learningRate(step: 55), 1e-5, accuracy: 1e-12)

        let floored = LRSchedule(kind: .cosine, baseRate: 1, warmupSteps: 10, totalSteps: 100, minRatio: 0.1)
        XCTAssertEqual(floored.multiplier(step: 55), 0.55, accuracy: 1e-12)
        XCTAssertEqual(floored.multiplier(step: 100), 0.1, accuracy: 1e-12)

        let linear = LRSchedule(kind: .linear, baseRate: 1, warmupSteps: 10, totalSteps: 100)
        XCTAssertEqual(linear.multiplier(step: 3), 0.3, accuracy: 1e-12)
        XCTAssertEqual(linear.multiplier(step: 10), 1.0, accuracy: 1e-12)
        XCTAssertEqual(linear.multiplier(step: 55), 0.5, accuracy: 1e-12)
        XCTAssertEqual(linear.multiplier(step: 120), 0.0, accuracy: 1e-12)

        let constant = LRSchedule(kind: .constant, baseRate: 1, warmupSteps: 4, totalSteps: 100)
        XCTAssertEqual(constant.multiplier(step: 1), 0.25, accuracy: 1e-12)
        XCTAssertEqual(constant.multiplier(step: 99), 1.0, accuracy: 1e-12)

        let noWarmup = LRSchedule(kind: .linear, baseRate: 1, warmupSteps: 0, totalSteps: 4)
        XCTAssertEqual(noWarmup.multiplier(step: 0), 1.0, accuracy: 1e-12)
        XCTAssertEqual(noWarmup.multiplier(step: 1), 0.75, accuracy: 1e-12)

        XCTAssertEqual(LRSchedule.warmupSteps(steps: 0, ratio: 0.1, totalSteps: 95), 10, "ceil(9.5)")
        XCTAssertEqual(LRSchedule.warmupSteps(steps: 7, ratio: 0.1, totalSteps: 95), 7)
    }
}
