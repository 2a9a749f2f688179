import XCTest
@testable import Alignment

/// Central-difference checks of every preference loss's gradient w.r.t. the policy sums.
final class PreferenceLossGradientTests: XCTestCase {
    /// Points chosen to cover both signs of the margin and both ORPO log1mexp branches
    /// (averages below and above -ln 2), away from the hinge kink.
    private let points: [SequenceLogProbs] = [
        SequenceLogProbs(policyChosen: -83.9, policyRejected: -147.8, refChosen: -98.5, refRejected: -143.1,
                         chosenTokens: 8, rejectedTokens: 12),
        SequenceLogProbs(policyChosen: -12.3, policyRejected: -4.1, refChosen: -10.0, refRejected: -6.5,
                         chosenTokens: 19, rejectedTokens: 8),
        SequenceLogProbs(policyChosen: -3.2, policyRejected: -9.7, refChosen: -3.0, refRejected: -9.9,
                         chosenTokens: 7, rejectedTokens: 18),
    ]

    private func checkGradient(_ name: String, _ loss: (SequenceLogProbs) -> PreferenceLossOutput,
                               file: StaticString = #filePath, line: UInt = #line) {
        let h = 1e-5
        for (i, x) in points.enumerated() {
            let out = loss(x)
            var plus = x, minus = x
            plus.policyChosen += h
            minus.policyChosen -= h
            let numericChosen = (loss(plus).loss - loss(minus).loss) / (2 * h)
            plus = x
            minus = x
            plus.policyRejected += h
            minus.policyRejected -= h
            let numericRejected = (loss(plus).loss - loss(minus).loss) / (2 * h)
            let scale = max(1e-3, abs(out.dPolicyChosen), abs(out.dPolicyRejected))
            XCTAssertEqual(out.dPolicyChosen, numericChosen, accuracy: 1e-6 * max(1, scale),
                           "\(name) d/dchosen at point \(i)", file: file, line: line)
            XCTAssertEqual(out.dPolicyRejected, numericRejected, accuracy: 1e-6 * max(1, scale),
                           "\(name) d/drejected at point \(i)", file: file, line: line)
        }
    }

    func testEveryDPOLossTypeGradient() throws {
        for type in DPOLossType.allCases {
            for eps in [0.0, 0.2] where eps == 0 || type == .sigmoid || type == .robust {
                let loss = try DPOLoss(beta: 0.1, lossType: type, labelSmoothing: eps)
                checkGradient("\(type.rawValue) eps=\(eps)") { loss($0) }
            }
        }
        let bco = try DPOLoss(beta: 0.3, lossType: .bcoPair)
        checkGradient("bco_pair with shift") { bco($0, bcoDelta: 0.37) }
    }

    func testGradientsAreNotTrivial() throws {
        // A gradient check passes vacuously on zero gradients: make sure each type has some.
        for type in DPOLossType.allCases {
            let out = try DPOLoss(beta: 0.1, lossType: type)(points[1])
            XCTAssertGreaterThan(abs(out.dPolicyChosen) + abs(out.dPolicyRejected), 1e-4, type.rawValue)
        }
    }

    func testSimPOGradient() throws {
        for (beta, gamma, eps) in [(2.0, 0.5, 0.0), (0.7, 1.3, 0.1)] {
            let loss = try SimPOLoss(beta: beta, gamma: gamma, labelSmoothing: eps)
            checkGradient("simpo beta=\(beta)") { loss($0) }
        }
    }

    func testORPOGradient() throws {
        let loss = try ORPOLoss(lambda: 0.1)
        checkGradient("orpo") { loss($0) }
        let strong = try ORPOLoss(lambda: 2.5)
        checkGradient("orpo lambda 2.5") { strong($0) }
    }

    func testBatchGradientIsThatOfTheMean() throws {
        let loss = try DPOLoss(beta: 0.1)
        let out = loss.batch(points)
        for (i, x) in points.enumerated() {
            XCTAssertEqual(out.examples[i].dPolicyChosen, loss(x).dPolicyChosen / 3, accuracy: 1e-15)
            XCTAssertEqual(out.examples[i].dPolicyRejected, loss(x).dPolicyRejected / 3, accuracy: 1e-15)
        }
        XCTAssertEqual(out.loss, points.map { loss($0).loss }.reduce(0, +) / 3, accuracy: 1e-15)
        XCTAssertEqual(loss.batch([]).loss, 0)
    }
}
