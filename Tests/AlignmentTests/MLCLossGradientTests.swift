import XCTest
import Tensor
@testable import Alignment

/// Finite-difference checks (Double, central differences) of the MLC group gradients w.r.t.
/// the raw representations, through the unit normalisation, including degenerate spectra.
final class MLCLossGradientTests: XCTestCase {
    private static func randomGroup(m: Int, p: Int, seed: UInt64) -> [Double] {
        var random = SplitMix64(seed: seed)
        return (0..<(m * p)).map { _ in random.nextGaussianDouble() }
    }

    private func lossAndGradient(_ loss: MLCGroupLoss, _ r: [Double], m: Int, p: Int) throws -> (Double, [Double]) {
        var gradient = [Double](repeating: .nan, count: r.count)
        let value = try r.withUnsafeBufferPointer { rb in
            try gradient.withUnsafeMutableBufferPointer {
                try loss.lossAndGradient(representations: rb, count: m, dimension: p, gradient: $0)
            }
        }
        return (value, gradient)
    }

    /// Max FD error of the analytic gradient relative to max(1e-3, max |gradient|) (rows in
    /// `skipRows` excluded). `richardson` uses 2 D(h/2) - D(h), which cancels the O(h) error of
    /// central differences across a zero singular value (σ_min ~ |h|(c + d h) is not even in h).
    private func fdError(_ loss: MLCGroupLoss, _ r: [Double], m: Int, p: Int, step: Double = 1e-6,
                         skipRows: Set<Int> = [], richardson: Bool = false, requireGradient: Bool = true) throws -> Double {
        let (_, analytic) = try lossAndGradient(loss, r, m: m, p: p)
        if requireGradient {
            XCTAssertGreaterThan(analytic.map { abs($0) }.max() ?? 0, 1e-3, "gradient is (almost) zero")
        }
        let scale = max(1e-3, analytic.map { abs($0) }.max() ?? 0)
        let f = { (x: [Double]) throws -> Double in try self.lossAndGradient(loss, x, m: m, p: p).0 }
        var worst = 0.0
        for i in r.indices where !skipRows.contains(i / p) {
            var numeric = try LossTestSupport.centralDifference(f, at: r, coordinate: i, step: step)
            if richardson {
                numeric = 2 * (try LossTestSupport.centralDifference(f, at: r, coordinate: i, step: step / 2)) - numeric
            }
            worst = max(worst, abs(numeric - analytic[i]) / scale)
        }
        return worst
    }

    /// Rows of Z = V diag(σ) Uᵀ (m x p) with random orthogonal V (m x m) and orthonormal U (p x m).
    private static func groupWithSingularValues(_ sigma: [Double], p: Int, seed: UInt64) -> [Double] {
        let m = sigma.count
        let v = orthonormalRows(m, dimension: m, seed: seed)
        let u = orthonormalRows(m, dimension: p, seed: seed &+ 1)
        var z = [Double](repeating: 0, count: m * p)
        for k in 0..<m { for j in 0..<m { for i in 0..<p { z[k * p + i] += v[j * m + k] * sigma[j] * u[j * p + i] } } }
        return z
    }

    /// n orthonormal rows of R^dimension (Gram–Schmidt twice on Gaussian rows).
    private static func orthonormalRows(_ n: Int, dimension d: Int, seed: UInt64) -> [Double] {
        var rows = randomGroup(m: n, p: d, seed: seed)
        for k in 0..<n {
            for _ in 0..<2 {
                for j in 0..<k {
                    let dot = (0..<d).reduce(0) { $0 + rows[k * d + $1] * rows[j * d + $1] }
                    for i in 0..<d { rows[k * d + i] -= dot * rows[j * d + i] }
                }
            }
            let norm = (0..<d).reduce(0) { $0 + rows[k * d + $1] * rows[k * d + $1] }.squareRoot()
            for i in 0..<d { rows[k * d + i] /= norm }
        }
        return rows
    }

    func testRandomGroupsEveryKind() throws {
        let losses: [MLCGroupLoss] = [
            MLCGroupLoss(kind: .svSoftmax, temperature: 1), MLCGroupLoss(kind: .svSoftmax, temperature: 0.3),
            MLCGroupLoss(kind: .rank1Energy), MLCGroupLoss(kind: .meanCosine),
            MLCGroupLoss(kind: .anchor, anchorIndex: 1, detachAnchor: false),
        ]
        for (index, loss) in losses.enumerated() {
            for (m, p) in [(5, 8), (3, 16), (2, 4)] {
                let r = Self.randomGroup(m: m, p: p, seed: UInt64(17 + index * 10 + m))
                let error = try fdError(loss, r, m: m, p: p)
                XCTAssertLessThan(error, 1e-6, "\(loss.kind.rawValue) tau=\(loss.temperature) m=\(m) p=\(p)")
            }
        }
    }

    /// anchor-mse: Σ_{k≠a} |r_k − r_a|² / ((m−1)·p) on raw rows (a hand-computed value),
    /// finite differences attached and detached, and no gradient on a detached anchor.
    func testAnchorMSEValueAndGradient() throws {
        // m = 3, p = 2, anchor row 0 = (1, 2): distances² 1+4 and 9+0, over (2·2).
        let r: [Double] = [1, 2, 2, 4, -2, 2]
        let (value, gradient) = try lossAndGradient(MLCGroupLoss(kind: .anchorMSE, anchorIndex: 0), r, m: 3, p: 2)
        XCTAssertEqual(value, 14.0 / 4, accuracy: 1e-12)
        XCTAssertEqual(gradient, [0, 0, 0.5, 1, -1.5, 0])
        for (m, p) in [(4, 6), (2, 3)] {
            let x = Self.randomGroup(m: m, p: p, seed: UInt64(70 + m))
            XCTAssertLessThan(try fdError(MLCGroupLoss(kind: .anchorMSE, anchorIndex: 1, detachAnchor: false), x, m: m, p: p), 1e-6)
            XCTAssertLessThan(try fdError(MLCGroupLoss(kind: .anchorMSE, anchorIndex: 1), x, m: m, p: p, skipRows: [1]), 1e-6)
        }
        XCTAssertThrowsError(try lossAndGradient(MLCGroupLoss(kind: .anchorMSE), r, m: 3, p: 2)) {
            XCTAssertTrue("\($0)".contains("has no anchor-language variant"), "\($0)")
        }
    }

    func testDetachedAnchorGetsNoGradientAndOthersMatchFD() throws {
        let m = 5, p = 7, anchor = 1
        let r = Self.randomGroup(m: m, p: p, seed: 99)
        let loss = MLCGroupLoss(kind: .anchor, anchorIndex: anchor, detachAnchor: true)
        let (_, gradient) = try lossAndGradient(loss, r, m: m, p: p)
        XCTAssertEqual(gradient[(anchor * p)..<((anchor + 1) * p)].map { abs($0) }.max(), 0)
        XCTAssertLessThan(try fdError(loss, r, m: m, p: p, skipRows: [anchor]), 1e-6)
        // Not detached, the anchor row has a real gradient.
        let (_, attached) = try lossAndGradient(MLCGroupLoss(kind: .anchor, anchorIndex: anchor, detachAnchor: false),
                                                r, m: m, p: p)
        XCTAssertGreaterThan(attached[(anchor * p)..<((anchor + 1) * p)].map { abs($0) }.max() ?? 0, 1e-3)
    }

    /// Rows 0 and 1 point the same way (different lengths), rows 2 and 3 are orthonormal to
    /// them: singular values √2, 1, 1, 0. Every singular direction is then a row's own
    /// direction, so the true gradient is purely radial and vanishes through the normalisation.
    func testSvSoftmaxAlignedDegenerateGroupHasZeroGradient() throws {
        let m = 4, p = 6
        var r = [Double](repeating: 0, count: m * p)
        let direction = [0.6, 0.0, 0.8, 0.0, 0.0, 0.0]
        for i in 0..<p { r[i] = 2 * direction[i]; r[p + i] = 0.5 * direction[i] }
        r[2 * p + 1] = 3  // e_1
        r[3 * p + 3] = -1.5  // e_3
        var z = [Double](repeating: 0, count: m * p)
        _ = r.withUnsafeBufferPointer { rb in
            z.withUnsafeMutableBufferPointer { MLCGroupMath.normalizeRows(rb, m: m, p: p, into: $0) }
        }
        let eigen = try SymmetricEigen.jacobi(z.withUnsafeBufferPointer { MLCGroupMath.gram($0, m: m, p: p) }, n: m)
        let sigma = MLCGroupMath.singularValues(eigen)
        XCTAssertEqual(sigma[0], 2.0.squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(sigma[1], 1, accuracy: 1e-12)
        XCTAssertEqual(sigma[2], 1, accuracy: 1e-12)
        XCTAssertEqual(sigma[3], 0)
        let loss = MLCGroupLoss(kind: .svSoftmax)
        let (_, gradient) = try lossAndGradient(loss, r, m: m, p: p)
        XCTAssertLessThan(gradient.map { abs($0) }.max() ?? 1, 1e-12)
        // Relative to the 1e-3 floor of fdError: |numeric| < 1e-7.
        XCTAssertLessThan(try fdError(loss, r, m: m, p: p, step: 2e-4, richardson: true, requireGradient: false), 1e-4)
    }

    /// Prescribed spectra with a repeated pair and zeros, normalisation off (so the ties are
    /// exact in Z itself): σ = (3, 2, 2, 1, 0) and (2.5, 1.5, 1.5, 0, 0).
    func testSvSoftmaxRepeatedSingularValuesWithoutNormalisation() throws {
        for (index, sigma) in [[3.0, 2, 2, 1, 0], [2.5, 1.5, 1.5, 0, 0]].enumerated() {
            let p = 7
            let r = Self.groupWithSingularValues(sigma, p: p, seed: UInt64(60 + index))
            for tau in [1.0, 0.5] {
                let loss = MLCGroupLoss(kind: .svSoftmax, temperature: tau, normalize: false)
                let error = try fdError(loss, r, m: sigma.count, p: p, step: 2e-4, richardson: true)
                XCTAssertLessThan(error, 1e-6, "sigma \(sigma) tau \(tau)")
            }
        }
    }

    /// More variants than dimensions (m > p): m - p singular values are exactly zero.
    func testSvSoftmaxMoreVariantsThanDimensions() throws {
        let m = 6, p = 3
        let r = Self.randomGroup(m: m, p: p, seed: 5)
        XCTAssertLessThan(try fdError(MLCGroupLoss(kind: .svSoftmax), r, m: m, p: p), 1e-6)
        XCTAssertLessThan(try fdError(MLCGroupLoss(kind: .rank1Energy), r, m: m, p: p), 1e-6)
    }

    /// Duplicated vectors (two identical rows among random ones): one near-zero singular value.
    func testSvSoftmaxDuplicatedVectors() throws {
        let m = 5, p = 9
        var r = Self.randomGroup(m: m, p: p, seed: 11)
        for i in 0..<p { r[3 * p + i] = r[1 * p + i] }
        XCTAssertLessThan(try fdError(MLCGroupLoss(kind: .svSoftmax, temperature: 0.7), r, m: m, p: p,
                                      step: 2e-4, richardson: true), 1e-6)
    }

    func testWithoutNormalisation() throws {
        let m = 4, p = 5
        let r = Self.randomGroup(m: m, p: p, seed: 23)
        for kind in [MLCLossKind.svSoftmax, .rank1Energy, .meanCosine] {
            XCTAssertLessThan(try fdError(MLCGroupLoss(kind: kind, normalize: false), r, m: m, p: p), 1e-6, kind.rawValue)
        }
    }

    /// The normalisation makes every loss scale-invariant per row: dL/dr_k ⟂ r_k, and scaling
    /// r_k by c scales its gradient by 1/c and leaves the loss unchanged.
    func testNormalisationBackward() throws {
        let m = 4, p = 6
        let r = Self.randomGroup(m: m, p: p, seed: 31)
        let loss = MLCGroupLoss(kind: .svSoftmax)
        let (value, gradient) = try lossAndGradient(loss, r, m: m, p: p)
        for k in 0..<m {
            let radial = (0..<p).reduce(0) { $0 + r[k * p + $1] * gradient[k * p + $1] }
            XCTAssertEqual(radial, 0, accuracy: 1e-13)
        }
        var scaled = r
        for i in 0..<p { scaled[2 * p + i] *= 7 }
        let (scaledValue, scaledGradient) = try lossAndGradient(loss, scaled, m: m, p: p)
        XCTAssertEqual(scaledValue, value, accuracy: 1e-13)
        for i in 0..<p { XCTAssertEqual(scaledGradient[2 * p + i], gradient[2 * p + i] / 7, accuracy: 1e-13) }
        // A zero row stays finite (norm floor) and gets a finite gradient.
        var withZero = r
        for i in 0..<p { withZero[i] = 0 }
        let (zeroValue, zeroGradient) = try lossAndGradient(MLCGroupLoss(kind: .meanCosine), withZero, m: m, p: p)
        XCTAssertTrue(zeroValue.isFinite && zeroGradient.allSatisfy { $0.isFinite })
    }

    func testFloatEntryPointAgreesWithDouble() throws {
        let m = 5, p = 12
        let r = Self.randomGroup(m: m, p: p, seed: 41)
        let loss = MLCGroupLoss(kind: .svSoftmax)
        let (value, gradient) = try lossAndGradient(loss, r.map { Double(Float($0)) }, m: m, p: p)
        let floats = r.map { Float($0) }
        var floatGradient = [Float](repeating: .nan, count: r.count)
        let floatValue = try floats.withUnsafeBufferPointer { rb in
            try floatGradient.withUnsafeMutableBufferPointer {
                try loss.lossAndGradient(representations: rb, count: m, dimension: p, gradient: $0)
            }
        }
        XCTAssertEqual(floatValue, value, accuracy: 1e-15)
        for i in r.indices { XCTAssertEqual(Double(floatGradient[i]), gradient[i], accuracy: 1e-7) }
    }

    func testNoneKindIsZero() throws {
        let (value, gradient) = try lossAndGradient(MLCGroupLoss(kind: .none), Self.randomGroup(m: 3, p: 4, seed: 1),
                                                    m: 3, p: 4)
        XCTAssertEqual(value, 0)
        XCTAssertEqual(gradient, [Double](repeating: 0, count: 12))
    }

    func testBadInputThrows() throws {
        let r = Self.randomGroup(m: 3, p: 4, seed: 2)
        XCTAssertThrowsError(try lossAndGradient(MLCGroupLoss(), Array(r[0..<4]), m: 1, p: 4))
        XCTAssertThrowsError(try lossAndGradient(MLCGroupLoss(), r, m: 3, p: 5))
        XCTAssertThrowsError(try lossAndGradient(MLCGroupLoss(kind: .anchor), r, m: 3, p: 4))
        XCTAssertThrowsError(try lossAndGradient(MLCGroupLoss(kind: .anchor, anchorIndex: 3), r, m: 3, p: 4))
        XCTAssertThrowsError(try lossAndGradient(MLCGroupLoss(kind: .svSoftmax, temperature: 0), r, m: 3, p: 4))
        var bad = r
        bad[5] = .nan
        XCTAssertThrowsError(try lossAndGradient(MLCGroupLoss(), bad, m: 3, p: 4)) { error in
            XCTAssertTrue((error as? AlignOnceError)?.problem.contains("non-finite") ?? false)
        }
        XCTAssertThrowsError(try MLCGroupLoss.consistency(representations: UnsafeBufferPointer(start: nil, count: 0),
                                                          m: 1, p: 4))
    }
}
