import XCTest
import Foundation
@testable import Tensor
import TestSupport

/// Finite-difference checks of every differentiable kernel on small random shapes.
final class KernelGradientTests: XCTestCase {
    func testRMSNormInputAndWeightGradients() {
        let rows = 3, dim = 8
        let x = GradientCheck.randomVector(rows * dim, seed: 1)
        let w = GradientCheck.randomVector(dim, seed: 2).map { 1 + 0.3 * $0 }
        let up = GradientCheck.randomVector(rows * dim, seed: 3)
        func run(_ x: [Float], _ w: [Float]) -> [Float] {
            var y = [Float](repeating: 0, count: rows * dim)
            RMSNorm.forward(x: x, weight: w, eps: 1e-5, rows: rows, dim: dim, y: &y, invRMS: nil)
            return y
        }
        var inv = [Float](repeating: 0, count: rows), y = [Float](repeating: 0, count: rows * dim)
        RMSNorm.forward(x: x, weight: w, eps: 1e-5, rows: rows, dim: dim, y: &y, invRMS: &inv)
        var dx = [Float](repeating: 0, count: rows * dim), dw = [Float](repeating: 0, count: dim)
        RMSNorm.backward(x: x, weight: w, invRMS: inv, dy: up, rows: rows, dim: dim, dx: &dx, dWeight: &dw)
        GradientCheck.check("rmsnorm dx", x: x, analytic: dx) { GradientCheck.dot(run($0, w), up) }
        GradientCheck.check("rmsnorm dw", x: w, analytic: dw) { GradientCheck.dot(run(x, $0), up) }
    }

    func testRopeBackwardIsTheTransposeRotation() {
        let rows = 5, heads = 2, hd = 8, stride = heads * hd + 3
        let table = RopeTable(headDim: hd, theta: 10000)
        let (c, s) = table.tables(positions: Array(0..<rows))
        let x = GradientCheck.randomVector(rows * stride, seed: 4)
        let up = GradientCheck.randomVector(rows * stride, seed: 5)
        func run(_ v: [Float]) -> [Float] {
            var y = v
            Rope.apply(&y, rows: rows, rowStride: stride, heads: heads, headDim: hd, cos: c, sin: s, tableRow: { $0 })
            return y
        }
        var grad = up
        Rope.apply(&grad, rows: rows, rowStride: stride, heads: heads, headDim: hd, cos: c, sin: s, tableRow: { $0 }, inverse: true)
        GradientCheck.check("rope", x: x, analytic: grad) { GradientCheck.dot(run($0), up) }
        // Channels past the heads (stride padding) are untouched.
        XCTAssertEqual(run(x)[heads * hd], x[heads * hd])
    }

    func testSwiGLUGradient() {
        let rows = 3, inner = 5
        let gu = GradientCheck.randomVector(rows * 2 * inner, seed: 6, scale: 2)
        let up = GradientCheck.randomVector(rows * inner, seed: 7)
        func run(_ v: [Float]) -> [Float] {
            var out = [Float](repeating: 0, count: rows * inner)
            SwiGLU.forward(gateUp: v, rows: rows, inner: inner, out: &out)
            return out
        }
        var grad = [Float](repeating: 0, count: gu.count)
        SwiGLU.backward(gateUp: gu, dOut: up, rows: rows, inner: inner, dGateUp: &grad)
        GradientCheck.check("swiglu", x: gu, analytic: grad) { GradientCheck.dot(run($0), up) }
    }

    func testTokenLogProbsGradientWithIgnoredRows() {
        let rows = 4, vocab = 7
        let logits = GradientCheck.randomVector(rows * vocab, seed: 8, scale: 3)
        let targets: [Int32] = [2, -1, 6, 0]
        let g: [Float] = [0.5, 0.9, -1.3, 2]
        func run(_ l: [Float]) -> [Float] {
            var lp = [Float](repeating: 0, count: rows), lse = lp
            TokenLogProbs.forward(logits: l, rows: rows, vocab: vocab, targets: targets, logProbs: &lp, logSumExp: &lse)
            return lp
        }
        var lp = [Float](repeating: 0, count: rows), lse = lp
        TokenLogProbs.forward(logits: logits, rows: rows, vocab: vocab, targets: targets, logProbs: &lp, logSumExp: &lse)
        XCTAssertEqual(lp[1], 0)
        let probs = (0..<vocab).map { exp(logits[$0] - lse[0]) }
        XCTAssertEqual(probs.reduce(0, +), 1, accuracy: 1e-5)
        XCTAssertEqual(lp[0], log(probs[2]), accuracy: 1e-5)
        var grad = [Float](repeating: 0, count: logits.count)
        TokenLogProbs.backward(logits: logits, rows: rows, vocab: vocab, targets: targets, logSumExp: lse, gradLogProbs: g, dLogits: &grad)
        XCTAssertTrue(grad[vocab..<(2 * vocab)].allSatisfy { $0 == 0 }, "ignored row has no gradient")
        GradientCheck.check("logprobs", x: logits, analytic: grad) { GradientCheck.dot(run($0), g) }
    }

    func testCausalGroupedQueryAttentionGradient() {
        checkAttentionGradient(CausalAttention(batch: 2, seq: 5, heads: 4, kvHeads: 2, headDim: 4))
        // Row blocks of 2 over 7 positions: three blocks, the last one partial.
        checkAttentionGradient(CausalAttention(batch: 2, seq: 7, heads: 4, kvHeads: 2, headDim: 4, rowBlock: 2))
    }

    /// Blocked (skipping the masked triangle) and unblocked attention agree, forward and backward.
    func testRowBlockedAttentionMatchesOneBlock() {
        let whole = CausalAttention(batch: 2, seq: 9, heads: 4, kvHeads: 1, headDim: 3, rowBlock: 9)
        let rows = whole.batch * whole.seq
        let qkv = GradientCheck.randomVector(rows * whole.qkvWidth, seed: 31)
        let up = GradientCheck.randomVector(rows * whole.qDim, seed: 32)
        func run(_ att: CausalAttention) -> (out: [Float], grad: [Float]) {
            var probs = [Float](repeating: 0, count: att.probsCount), out = [Float](repeating: 0, count: rows * att.qDim)
            att.forward(qkv: qkv, probs: &probs, out: &out)
            var scratch = [Float](repeating: 0, count: att.probsCount), grad = [Float](repeating: 0, count: qkv.count)
            att.backward(qkv: qkv, probs: probs, dOut: up, scratch: &scratch, dqkv: &grad)
            return (out, grad)
        }
        let reference = run(whole)
        for block in [1, 2, 4, 8] {
            let blocked = run(CausalAttention(batch: 2, seq: 9, heads: 4, kvHeads: 1, headDim: 3, rowBlock: block))
            for (a, b) in zip(blocked.out, reference.out) { XCTAssertEqual(a, b, accuracy: 1e-5, "out, block \(block)") }
            for (a, b) in zip(blocked.grad, reference.grad) { XCTAssertEqual(a, b, accuracy: 1e-5, "grad, block \(block)") }
        }
    }

    private func checkAttentionGradient(_ att: CausalAttention) {
        let rows = att.batch * att.seq
        let qkv = GradientCheck.randomVector(rows * att.qkvWidth, seed: 9)
        let up = GradientCheck.randomVector(rows * att.qDim, seed: 10)
        func run(_ v: [Float]) -> [Float] {
            var probs = [Float](repeating: 0, count: att.probsCount), out = [Float](repeating: 0, count: rows * att.qDim)
            att.forward(qkv: v, probs: &probs, out: &out)
            return out
        }
        var probs = [Float](repeating: 0, count: att.probsCount), out = [Float](repeating: 0, count: rows * att.qDim)
        att.forward(qkv: qkv, probs: &probs, out: &out)
        // Causality: the first position of each sequence attends only to itself.
        XCTAssertEqual(probs[0], 1, accuracy: 1e-6)
        XCTAssertEqual(probs[1], 0)
        var scratch = [Float](repeating: 0, count: att.probsCount), grad = [Float](repeating: 0, count: qkv.count)
        att.backward(qkv: qkv, probs: probs, dOut: up, scratch: &scratch, dqkv: &grad)
        GradientCheck.check("attention", x: qkv, analytic: grad) { GradientCheck.dot(run($0), up) }
    }

    func testGemmTransposedFormsAgreeWithNaiveProducts() {
        let m = 3, n = 4, k = 5
        let a = GradientCheck.randomVector(m * k, seed: 11), b = GradientCheck.randomVector(k * n, seed: 12)
        var c = [Float](repeating: 0, count: m * n)
        BLAS.gemm(m: m, n: n, k: k, a: a, lda: k, b: b, ldb: n, c: &c, ldc: n)
        for i in 0..<m { for j in 0..<n {
            let expected = (0..<k).reduce(Float(0)) { $0 + a[i * k + $1] * b[$1 * n + j] }
            XCTAssertEqual(c[i * n + j], expected, accuracy: 1e-5)
        } }
        // Aᵀ stored k x m, Bᵀ stored n x k: op(A)·op(B) must give the same product.
        var at = [Float](repeating: 0, count: m * k), bt = [Float](repeating: 0, count: k * n)
        for i in 0..<m { for j in 0..<k { at[j * m + i] = a[i * k + j] } }
        for i in 0..<k { for j in 0..<n { bt[j * k + i] = b[i * n + j] } }
        var c2 = [Float](repeating: 0, count: m * n)
        BLAS.gemm(transA: true, transB: true, m: m, n: n, k: k, a: at, lda: m, b: bt, ldb: k, c: &c2, ldc: n)
        for i in c.indices { XCTAssertEqual(c[i], c2[i], accuracy: 1e-5) }
    }
}

final class GradientCheckSelfTests: XCTestCase {
    /// The checker must reject a gradient that is wrong by a few percent in one coordinate block.
    func testCheckerRejectsASlightlyWrongGradient() {
        let x = GradientCheck.randomVector(40, seed: 21)
        let f: ([Float]) -> Double = { v in v.enumerated().reduce(0.0) { $0 + Double(sin(v[$1.offset]) * Float($1.offset % 3 + 1)) } }
        let right = x.enumerated().map { cos($0.element) * Float($0.offset % 3 + 1) }
        XCTAssertLessThan(GradientCheck.worstError(x: x, analytic: right, eps: 1e-2, f: f).0, 1e-2)
        var wrong = right
        for i in 0..<10 { wrong[i] *= 1.2 }
        XCTAssertGreaterThan(GradientCheck.worstError(x: x, analytic: wrong, eps: 1e-2, f: f).0, 1e-2)
    }
}

final class VectorMathTests: XCTestCase {
    func testVectorExpIsWithinAFewUlpsOfLibm() {
        var worst: Float = 0
        var x: Float = -87
        while x < 88 {
            let v = VectorMath.exp(VectorMath.V(repeating: x))[0]
            worst = max(worst, abs(v - Foundation.exp(x)) / Foundation.exp(x))
            x += 0.0137
        }
        XCTAssertLessThan(worst, 4e-7)
        XCTAssertEqual(VectorMath.exp(VectorMath.V(repeating: -1000))[0], 0, accuracy: 1e-37)
        XCTAssertTrue(VectorMath.exp(VectorMath.V(repeating: 1000))[0].isFinite)
    }

    func testDotMatchesScalarSumWithTails() {
        for n in [0, 1, 7, 8, 9, 23, 129] {
            let a = (0..<n).map { Float($0 % 7) * 0.25 - 0.7 }, b = (0..<n).map { Float($0 % 5) * 0.5 - 1 }
            let expected = zip(a, b).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
            XCTAssertEqual(Double(VectorMath.dot(a, b, n)), expected, accuracy: 1e-4, "n \(n)")
        }
    }

    func testSoftmaxAndSumsHandleTailsAndLargeValues() {
        for n in [1, 7, 8, 9, 23] {
            var x = (0..<n).map { Float($0 % 5) * 30 - 50 }
            let reference = x.map { Foundation.exp($0 - x.max()!) }
            let total = reference.reduce(0, +)
            XCTAssertEqual(VectorMath.sumExpShifted(x, n, shift: x.max()!), total, accuracy: total * 1e-6)
            VectorMath.softmax(&x, n)
            for i in 0..<n { XCTAssertEqual(x[i], reference[i] / total, accuracy: 1e-6) }
        }
    }
}
