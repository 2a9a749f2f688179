import XCTest
import Tensor
import Models
@testable import Alignment

/// `MLCAnchorTarget` (the anchor shifts' rank-k approximation) and `MLCTerm.anchorRank`.
final class MLCAnchorTargetTests: XCTestCase {
    /// Rows a_i = c_i u + ε e_i with u and the e_i orthonormal: A Aᵀ = c cᵀ + ε² I, whose top
    /// eigenvector is c/|c|, so the rank-1 approximation is (c cᵀ/|c|²) A = c uᵀ + c (cᵀE)ε/|c|²,
    /// a closed form that does not go through the code under test.
    func testRankOneMatchesTheClosedForm() throws {
        let d = 6, c: [Float] = [3, -1, 2, 0.5], eps: Float = 0.3
        func basis(_ k: Int) -> [Float] { (0..<d).map { $0 == k ? 1 : 0 } }
        let u = basis(0), e = (1...4).map(basis)
        // Three non-anchor rows interleaved, which must not move.
        var rows: [Float] = []
        let others: [[Float]] = [[9, 8, 7, 6, 5, 4], [1, 1, 1, 1, 1, 1], [-2, 0, 2, 0, -2, 0]]
        var anchorRows: [Int] = []
        for i in 0..<4 {
            anchorRows.append(rows.count / d)
            rows += (0..<d).map { c[i] * u[$0] + eps * e[i][$0] }
            if i < 3 { rows += others[i] }
        }
        let before = rows
        try MLCAnchorTarget.project(&rows, anchorRows: anchorRows, dimension: d, rank: 1)
        let norm2 = c.reduce(0) { $0 + $1 * $1 }
        let cTE: [Float] = (0..<d).map { j in (0..<4).reduce(0) { $0 + c[$1] * eps * e[$1][j] } }
        for (i, row) in anchorRows.enumerated() {
            for j in 0..<d {
                XCTAssertEqual(rows[row * d + j], c[i] * u[j] + c[i] * cTE[j] / norm2, accuracy: 1e-5, "row \(i), column \(j)")
            }
        }
        for row in 0..<(rows.count / d) where !anchorRows.contains(row) {
            XCTAssertEqual(Array(rows[(row * d)..<((row + 1) * d)]), Array(before[(row * d)..<((row + 1) * d)]))
        }
    }

    /// Rows already of rank k are their own rank-k approximation; no more rows than k: untouched.
    func testLowRankRowsAndFewRowsStayAsTheyAre() throws {
        let d = 5
        let p: [Float] = [1, 2, 0, -1, 3], q: [Float] = [0, 1, -2, 2, 1]
        let coefficients: [(Float, Float)] = [(1, 0), (2, -1), (-0.5, 3), (0, 2)]
        var rows = coefficients.flatMap { a, b in (0..<d).map { a * p[$0] + b * q[$0] } }
        let rankTwo = rows
        try MLCAnchorTarget.project(&rows, anchorRows: [0, 1, 2, 3], dimension: d, rank: 2)
        for (x, y) in zip(rows, rankTwo) { XCTAssertEqual(x, y, accuracy: 1e-4) }
        var two = Array(rankTwo[0..<(2 * d)])
        try MLCAnchorTarget.project(&two, anchorRows: [0, 1], dimension: d, rank: 2)
        XCTAssertEqual(two, Array(rankTwo[0..<(2 * d)]))
    }

    func testBadRankOrRowIsAnError() {
        var rows = [Float](repeating: 1, count: 12)
        XCTAssertThrowsError(try MLCAnchorTarget.project(&rows, anchorRows: [0, 1, 2], dimension: 4, rank: 0)) {
            XCTAssertEqual("\($0)", "mlc-anchor-rank: must be at least 1, got 0")
        }
        XCTAssertThrowsError(try MLCAnchorTarget.project(&rows, anchorRows: [0, 1, 3], dimension: 4, rank: 1)) {
            XCTAssertEqual("\($0)", "mlc-anchor-rank: an anchor row lies outside the 3 pooled rows")
        }
    }

    /// The term's loss with `anchorRank` is anchor-mse against the projected English shifts,
    /// recomputed here from the two models' pooled states.
    func testTermScoresShiftsAgainstTheProjectedAnchors() throws {
        let model = ObjectiveGradientTests.model(seed: 21), reference = ObjectiveGradientTests.model(seed: 22)
        let groups = ObjectiveGradientTests.groups
        var term = try MLCTerm(groupLoss: MLCGroupLoss(kind: .anchorMSE), layers: [2])
        term.shiftReference = reference
        term.anchorRank = 1
        let gradients = FloatBuffer(count: model.parameterCount)
        let loss = try term.step(groups, policy: model, gradients: gradients).loss

        let variants = try MLCVariantBatch(groups, shared: nil)
        func pooled(_ m: LlamaModel) throws -> [Float] {
            let pass = try m.forward(tokens: variants.tokens, batch: variants.ownRows, seq: variants.seq,
                                     upToHidden: 2, logits: false, training: false)
            return try variants.pool(own: pass.hiddenState(2), shared: nil, dimension: 16, .last)
        }
        let after = try pooled(model), before = try pooled(reference)
        var shifts = zip(after, before).map { $0 - $1 }
        let anchors = groups.map { $0.languages.firstIndex(of: "en") }
        try MLCAnchorTarget.project(&shifts, anchorRows: variants.anchorRows(anchors), dimension: 16, rank: 1)
        var expected = 0.0, offset = 0
        for (g, m) in variants.groupSizes.enumerated() {
            let a = try XCTUnwrap(anchors[g])
            var sum = 0.0
            for k in 0..<m where k != a {
                for j in 0..<16 {
                    let diff = Double(shifts[(offset + k) * 16 + j] - shifts[(offset + a) * 16 + j])
                    sum += diff * diff
                }
            }
            expected += sum / Double((m - 1) * 16)
            offset += m
        }
        expected /= Double(groups.count)
        XCTAssertGreaterThan(expected, 0)
        XCTAssertEqual(loss, expected, accuracy: 1e-5 * expected)

        var plain = term
        plain.anchorRank = nil
        let plainLoss = try plain.step(groups, policy: model, gradients: nil).loss
        XCTAssertNotEqual(plainLoss, loss, "the projection changes the targets")
    }

    /// A diverged policy gives a NaN loss (which the trainer skips), not an error from the projection.
    func testDivergedPolicyGivesNaNNotAnError() throws {
        let model = ObjectiveGradientTests.model(seed: 21)
        model.parameters.buffer[0] = .nan  // the first token's embedding
        var term = try MLCTerm(groupLoss: MLCGroupLoss(kind: .anchorMSE), layers: [2])
        term.shiftReference = ObjectiveGradientTests.model(seed: 22)
        term.anchorRank = 1
        let groups = [MLCVariantGroup(languages: ["en", "zh"], ids: [[0, 3, 7], [5, 9]]),
                      MLCVariantGroup(languages: ["en", "zh"], ids: [[0, 6], [19, 23, 28]])]
        XCTAssertTrue(try term.step(groups, policy: model, gradients: nil).loss.isNaN)
    }

    /// Projected targets are constants: only a detached anchor and shifts make sense.
    func testAnchorRankNeedsShiftsAndADetachedAnchor() throws {
        let model = ObjectiveGradientTests.model(seed: 21)
        var term = try MLCTerm(groupLoss: MLCGroupLoss(kind: .anchorMSE), layers: [2])
        term.anchorRank = 1
        let message = "mlc-anchor-rank: needs MLC on shifts (a shift reference) with a detached anchor loss (anchor-mse)"
        XCTAssertThrowsError(try term.step(ObjectiveGradientTests.groups, policy: model, gradients: nil)) {
            XCTAssertEqual("\($0)", message)
        }
        term = try MLCTerm(groupLoss: MLCGroupLoss(kind: .anchorMSE, detachAnchor: false), layers: [2])
        term.shiftReference = ObjectiveGradientTests.model(seed: 22)
        term.anchorRank = 1
        XCTAssertThrowsError(try term.step(ObjectiveGradientTests.groups, policy: model, gradients: nil)) {
            XCTAssertEqual("\($0)", message)
        }
    }
}
