import XCTest
import Tensor
@testable import Alignment
import TestSupport

/// Preference losses against `preference/expected.json` (TRL 1.16 reference values), computed
/// from the fixture's per-example float32 log-prob sums.
final class PreferenceLossTests: XCTestCase {
    private var fixture: [String: Any] = [:]
    private var examples: [[String: Any]] = []

    override func setUpWithError() throws {
        fixture = try LossTestSupport.jsonObject("preference/expected.json")
        examples = try XCTUnwrap(fixture["examples"] as? [[String: Any]])
        XCTAssertEqual(examples.count, 3)
    }

    private func inputs(_ example: [String: Any]) throws -> SequenceLogProbs {
        SequenceLogProbs(
            policyChosen: try LossTestSupport.double(example, "policy_chosen_logp_sum"),
            policyRejected: try LossTestSupport.double(example, "policy_rejected_logp_sum"),
            refChosen: try LossTestSupport.double(example, "ref_chosen_logp_sum"),
            refRejected: try LossTestSupport.double(example, "ref_rejected_logp_sum"),
            chosenTokens: try XCTUnwrap(example["n_chosen"] as? Int),
            rejectedTokens: try XCTUnwrap(example["n_rejected"] as? Int))
    }

    private func hyper(_ key: String) throws -> Double {
        try LossTestSupport.double(fixture, "hyperparameters", key)
    }

    /// Checks every per-example `losses[key]` and the batch mean `losses[key]`.
    private func check<L: PreferenceLoss>(_ loss: L, key: String, tolerance: Double = 1e-5,
                                          file: StaticString = #filePath, line: UInt = #line) throws {
        var batch: [SequenceLogProbs] = []
        for (i, example) in examples.enumerated() {
            let x = try inputs(example)
            batch.append(x)
            LossTestSupport.assertClose(loss(x).loss, try LossTestSupport.double(example, "losses", key), tolerance,
                                        "\(key) example \(i)", file: file, line: line)
        }
        LossTestSupport.assertClose(loss.batch(batch).loss, try LossTestSupport.double(fixture, "losses", key),
                                    tolerance, "\(key) batch mean", file: file, line: line)
    }

    func testDPOFamilyMatchesFixture() throws {
        let beta = try hyper("dpo_beta"), eps = try hyper("label_smoothing")
        try check(try DPOLoss(beta: beta, lossType: .sigmoid), key: "dpo_sigmoid")
        try check(try DPOLoss(beta: beta, lossType: .sigmoid, labelSmoothing: eps), key: "cdpo_label_smoothing")
        try check(try DPOLoss(beta: beta, lossType: .robust, labelSmoothing: eps), key: "robust_dpo")
        try check(try DPOLoss(beta: try hyper("ipo_beta"), lossType: .ipo), key: "ipo")
        try check(try DPOLoss(beta: try hyper("hinge_beta"), lossType: .hinge), key: "hinge")
    }

    func testDPORewardsAndDeltaMatchFixture() throws {
        let loss = try DPOLoss(beta: 0.1)
        for example in examples {
            let x = try inputs(example)
            let out = loss(x)
            let delta = try LossTestSupport.double(example, "delta")
            LossTestSupport.assertClose((out.rewardChosen - out.rewardRejected) / 0.1, delta, 1e-5, "delta")
            XCTAssertEqual(out.rewardChosen, 0.1 * (x.policyChosen - x.refChosen), accuracy: 1e-12)
        }
    }

    func testSimPOMatchesFixture() throws {
        let simpo = try SimPOLoss(beta: try hyper("simpo_beta"), gamma: try hyper("simpo_gamma"))
        try check(simpo, key: "simpo")
        XCTAssertEqual(simpo.nllWeight, 0)
        XCTAssertEqual(try SimPOLoss(cpoAlpha: 0.3).nllWeight, 0.3)
    }

    func testORPORatioTermAndTotalMatchFixture() throws {
        let orpo = try ORPOLoss(lambda: try hyper("orpo_lambda"))
        var batch: [SequenceLogProbs] = []
        for (i, example) in examples.enumerated() {
            let x = try inputs(example)
            batch.append(x)
            let expectedTerm = try LossTestSupport.double(example, "losses", "orpo_ratio_term")
            LossTestSupport.assertClose(-orpo(x).loss, expectedTerm, 1e-5, "orpo ratio term \(i)")
            LossTestSupport.assertClose(orpo.ratioTerm(x), expectedTerm, 1e-5, "orpo ratioTerm() \(i)")
            LossTestSupport.assertClose(orpo.logOddsRatio(x), try LossTestSupport.double(example, "orpo_log_odds"),
                                        1e-5, "orpo log odds \(i)")
        }
        let out = orpo.batch(batch)
        let meanRatio = try LossTestSupport.double(fixture, "orpo_parts", "mean_ratio_term")
        LossTestSupport.assertClose(-out.loss, meanRatio, 1e-5, "orpo mean ratio term")
        let nll = try LossTestSupport.double(fixture, "orpo_parts", "nll_chosen_prompt_and_response")
        LossTestSupport.assertClose(orpo.total(nll: nll, batch: out), try LossTestSupport.double(fixture, "losses", "orpo"),
                                    1e-5, "orpo total")
    }

    func testLog1mexpBranchesAreAccurate() {
        // Both sides of the -ln 2 split against the direct formula where it is accurate.
        for x in [-30.0, -5.0, -0.7, -0.69, -0.1, -1e-3] {
            let direct = log(1 - exp(x))
            XCTAssertEqual(LossScalarMath.log1mexp(x), direct, accuracy: 1e-9 * max(1, abs(direct)), "x = \(x)")
        }
        // Tiny |x|: log(1 - e^x) ≈ log(-x) where the naive form loses every digit.
        XCTAssertEqual(LossScalarMath.log1mexp(-1e-20), log(1e-20), accuracy: 1e-12)
        XCTAssertEqual(LossScalarMath.log1mexp(-1e-9), log(1e-9) - 5e-10, accuracy: 1e-13)
        XCTAssertEqual(LossScalarMath.log1mexp(-50), -exp(-50), accuracy: 1e-30)
    }

    func testInvalidHyperparametersThrow() {
        XCTAssertThrowsError(try DPOLoss(beta: 0))
        XCTAssertThrowsError(try DPOLoss(beta: .nan))
        XCTAssertThrowsError(try DPOLoss(beta: 0.1, lossType: .robust, labelSmoothing: 0.5))
        XCTAssertThrowsError(try DPOLoss(beta: 0.1, lossType: .sigmoid, labelSmoothing: -0.1))
        XCTAssertThrowsError(try SimPOLoss(beta: -1))
        XCTAssertThrowsError(try SimPOLoss(cpoAlpha: -1))
        XCTAssertThrowsError(try ORPOLoss(lambda: .infinity))
    }

    func testLossTypeRawValuesAreTRLNames() {
        XCTAssertEqual(DPOLossType.allCases.map(\.rawValue),
                       ["sigmoid", "ipo", "hinge", "robust", "bco_pair", "sppo_hard", "nca_pair", "apo_zero"])
        XCTAssertEqual(DPOLossType(rawValue: "bco_pair"), .bcoPair)
    }

    func testBCOStateIsTheMeanOfBatchMeanRewards() throws {
        let loss = try DPOLoss(beta: 0.5, lossType: .bcoPair)
        let first = [SequenceLogProbs(policyChosen: -1, policyRejected: -3, refChosen: -2, refRejected: -2,
                                      chosenTokens: 2, rejectedTokens: 2)]
        let second = [SequenceLogProbs(policyChosen: -4, policyRejected: -1, refChosen: -2, refRejected: -2,
                                       chosenTokens: 2, rejectedTokens: 2)]
        var state = BCOState()
        let out1 = loss.batch(first, bcoState: &state)
        // Batch 1 rewards: 0.5*1 = 0.5 and 0.5*(-1) = -0.5 -> mean 0.
        XCTAssertEqual(state.runningMean, 0, accuracy: 1e-15)
        XCTAssertEqual(out1.loss, -LossScalarMath.logSigmoid(0.5) - LossScalarMath.logSigmoid(0.5), accuracy: 1e-12)
        _ = loss.batch(second, bcoState: &state)
        // Batch 2 rewards: -1 and 0.5 -> mean -0.25; running mean (0 + -0.25) / 2.
        XCTAssertEqual(state.runningMean, -0.125, accuracy: 1e-15)
        XCTAssertEqual(state.count, 2)
        var frozen = BCOState(tracksRunningMean: false)
        let out2 = loss.batch(second, bcoState: &frozen)
        XCTAssertEqual(frozen.delta, 0)
        XCTAssertEqual(out2.loss, loss(second[0]).loss, accuracy: 1e-15)
    }
}
