import Foundation
import XCTest
import Tensor
import Models
import TestSupport
@testable import Alignment

/// The objectives end to end on M1 (policy) and m1_ref_llama (reference) against the TRL
/// numbers of fixtures/parity/preference.
final class ObjectivePreferenceParityTests: XCTestCase {
    static let jsonFile = "preference/expected.json"

    struct Fixture {
        let policy: LlamaModel
        let reference: LlamaModel
        let pairs: [TokenizedPair]
        let json: [String: Any]
        var examples: [[String: Any]] { (json["examples"] as? [[String: Any]]) ?? [] }
    }

    static func fixture() throws -> Fixture {
        let json = try LossTestSupport.jsonObject(jsonFile)
        let examples = try XCTUnwrap(json["examples"] as? [[String: Any]])
        func ids(_ e: [String: Any], _ key: String) throws -> [Int32] {
            try XCTUnwrap(e[key] as? [Int], key).map { Int32($0) }
        }
        let pairs = try examples.enumerated().map { i, e in
            TokenizedPair(index: i, prompt: try ids(e, "prompt_ids"), chosen: try ids(e, "chosen_ids"),
                          rejected: try ids(e, "rejected_ids"))
        }
        return Fixture(policy: try Fixtures.model("m1_llama"), reference: try Fixtures.model("m1_ref_llama"),
                       pairs: pairs, json: json)
    }

    func testPerExampleLogProbSumsAndTokenLogProbsMatchTRL() throws {
        let f = try Self.fixture()
        let expected = try Fixtures.tensors("preference/expected.safetensors")
        let batch = try SequenceBatch(pairs: f.pairs)
        let n = f.pairs.count
        XCTAssertEqual(batch.batch, 2 * n)
        for (model, name) in [(f.policy, "policy"), (f.reference, "ref")] {
            let scored = try PolicyScorer(model: model).score(batch)
            let sums = scored.sums(.response)
            for (i, e) in f.examples.enumerated() {
                for (row, side) in [(i, "chosen"), (n + i, "rejected")] {
                    let want = try LossTestSupport.double(e, "\(name)_\(side)_logp_sum")
                    LossTestSupport.assertClose(sums[row], want, 1e-4, "\(name) \(side) sum of example \(i)")
                    XCTAssertEqual(batch.counts(.response)[row], Int(try LossTestSupport.double(e, "n_\(side)")))
                    let tokens = try XCTUnwrap(expected["ex\(i).\(name).\(side)_token_logps"])
                    let positions = batch.countedPositions(row, .response)
                    let got = positions.map { scored.tokenLogProbs[row * batch.seq + $0] }
                    XCTAssertLessThanOrEqual(Tensor(shape: [got.count], values: got).maxAbsDifference(tokens), 1e-4)
                }
            }
        }
    }

    /// Every loss of `losses` (batch of 3) and of each example alone, through the objectives.
    func testEveryLossMatchesTRLEndToEnd() throws {
        let f = try Self.fixture()
        let h = try XCTUnwrap(f.json["hyperparameters"] as? [String: Any])
        let beta = try LossTestSupport.double(h, "dpo_beta"), eps = try LossTestSupport.double(h, "label_smoothing")
        let reference = ReferenceSource.model(f.reference)
        func dpo(_ type: DPOLossType, _ smoothing: Double = 0) throws -> DPOObjective {
            DPOObjective(loss: try DPOLoss(beta: beta, lossType: type, labelSmoothing: smoothing), reference: reference)
        }
        var simpo = SimPOObjective(loss: try SimPOLoss(beta: try LossTestSupport.double(h, "simpo_beta"),
                                                       gamma: try LossTestSupport.double(h, "simpo_gamma")))
        var orpo = ORPOObjective(loss: try ORPOLoss(lambda: try LossTestSupport.double(h, "orpo_lambda")))
        var objectives: [(String, ([TokenizedPair]) throws -> ObjectiveMetrics)] = []
        for (key, type, smoothing) in [("dpo_sigmoid", DPOLossType.sigmoid, 0.0), ("cdpo_label_smoothing", .sigmoid, eps),
                                       ("robust_dpo", .robust, eps), ("ipo", .ipo, 0), ("hinge", .hinge, 0)] {
            var objective = try dpo(type, smoothing)
            objectives.append((key, { try objective.step($0, policy: f.policy, gradients: nil) }))
        }
        objectives.append(("simpo", { try simpo.step($0, policy: f.policy, gradients: nil) }))
        objectives.append(("orpo", { try orpo.step($0, policy: f.policy, gradients: nil) }))

        let losses = try XCTUnwrap(f.json["losses"] as? [String: Any])
        for (key, run) in objectives {
            let got = try run(f.pairs).objectiveLoss
            LossTestSupport.assertClose(got, try LossTestSupport.double(losses, key), 1e-5, "batch \(key)")
            print("[objective parity] \(key): \(got) vs \(try LossTestSupport.double(losses, key))")
            guard key != "orpo" else { continue }  // per example ORPO is checked through its parts below
            for (i, e) in f.examples.enumerated() {
                let single = try run([f.pairs[i]]).objectiveLoss
                LossTestSupport.assertClose(single, try LossTestSupport.double(e, "losses", key), 1e-5, "example \(i) \(key)")
            }
        }

        let orpoMetrics = try orpo.step(f.pairs, policy: f.policy, gradients: nil)
        let parts = try XCTUnwrap(f.json["orpo_parts"] as? [String: Any])
        LossTestSupport.assertClose(try XCTUnwrap(orpoMetrics.nll),
                                    try LossTestSupport.double(parts, "nll_chosen_prompt_and_response"), 1e-5, "ORPO NLL")
        LossTestSupport.assertClose(try XCTUnwrap(orpoMetrics.nll) - orpoMetrics.objectiveLoss,
                                    try LossTestSupport.double(parts, "mean_ratio_term"), 1e-5, "ORPO ratio term")
        var logOdds = 0.0
        for e in f.examples { logOdds += try LossTestSupport.double(e, "orpo_log_odds") }
        LossTestSupport.assertClose(try XCTUnwrap(orpoMetrics.logOddsChosen), logOdds / 3, 1e-4, "ORPO log odds")
    }

    func testDPOMetricsAndReferenceCache() throws {
        let f = try Self.fixture()
        let loss = try DPOLoss(beta: 0.1)
        var fromModel = DPOObjective(loss: loss, reference: .model(f.reference))
        let m = try fromModel.step(f.pairs, policy: f.policy, gradients: nil)
        var rewardsChosen = 0.0, rewardsRejected = 0.0, accurate = 0.0
        for e in f.examples {
            let chosen = 0.1 * (try LossTestSupport.double(e, "policy_chosen_logp_sum") - LossTestSupport.double(e, "ref_chosen_logp_sum"))
            let rejected = 0.1 * (try LossTestSupport.double(e, "policy_rejected_logp_sum") - LossTestSupport.double(e, "ref_rejected_logp_sum"))
            rewardsChosen += chosen / 3
            rewardsRejected += rejected / 3
            accurate += chosen > rejected ? 1.0 / 3 : 0
        }
        LossTestSupport.assertClose(try XCTUnwrap(m.rewardsChosen), rewardsChosen, 1e-4, "rewards/chosen")
        LossTestSupport.assertClose(try XCTUnwrap(m.rewardsRejected), rewardsRejected, 1e-4, "rewards/rejected")
        LossTestSupport.assertClose(try XCTUnwrap(m.rewardsMargins), rewardsChosen - rewardsRejected, 1e-4, "rewards/margins")
        XCTAssertEqual(try XCTUnwrap(m.rewardsAccuracies), accurate, accuracy: 1e-12)

        // The cache survives a save/load round trip and gives the same loss as the live model.
        let cache = try ReferenceLogProbCache.precompute(reference: f.reference, pairs: f.pairs, batchSize: 2)
        XCTAssertEqual(cache.entries.count, 3)
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("ref_logps.json")
        try cache.save(to: url)
        let loaded = try ReferenceLogProbCache.load(from: url)
        XCTAssertEqual(loaded, cache)
        var fromCache = DPOObjective(loss: loss, reference: .cache(loaded))
        XCTAssertEqual(try fromCache.step(f.pairs, policy: f.policy, gradients: nil).loss, m.loss, accuracy: 1e-9)
        var missing = DPOObjective(loss: loss, reference: .cache(ReferenceLogProbCache()))
        XCTAssertThrowsError(try missing.step(f.pairs, policy: f.policy, gradients: nil))
    }

    func testDPOSigmoidGradientOfEveryParameterMatchesTRL() throws {
        let f = try Self.fixture()
        var objective = DPOObjective(loss: try DPOLoss(beta: 0.1), reference: .model(f.reference))
        let gradients = FloatBuffer(count: f.policy.parameterCount)
        let m = try objective.step(f.pairs, policy: f.policy, gradients: gradients)
        LossTestSupport.assertClose(m.loss, try LossTestSupport.double(f.json, "losses", "dpo_sigmoid"), 1e-5, "loss")
        try Self.assertGradientsMatch(f.policy, gradients, file: "preference/expected.safetensors")
    }

    /// Relative error <= 1e-3 per tensor; all-zero references need max |g| <= 1e-7.
    static func assertGradientsMatch(_ model: LlamaModel, _ gradients: FloatBuffer, file: String,
                                     line: UInt = #line) throws {
        let expected = try Fixtures.tensors(file)
        var worst = 0.0
        for (name, tensor) in model.namedTensors(from: gradients) {
            let ref = try XCTUnwrap(expected["grad.\(name)"], name)
            if ref.values.allSatisfy({ $0 == 0 }) {
                XCTAssertLessThanOrEqual(tensor.values.map(abs).max() ?? 0, 1e-7, "\(name) should be zero", line: line)
            } else {
                let error = tensor.relativeError(to: ref)
                worst = max(worst, error)
                XCTAssertLessThanOrEqual(error, 1e-3, name, line: line)
            }
        }
        print("[objective parity] \(file): worst relative gradient error \(worst)")
    }
}
