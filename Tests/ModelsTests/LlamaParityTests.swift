import XCTest
import Tensor
@testable import Models
import TestSupport

/// The M1 tiny Llama against Hugging Face transformers (fixtures/parity/m1_llama).
final class LlamaParityTests: XCTestCase {
    static let expectedFile = "m1_llama/expected.safetensors"

    func loadM1() throws -> (LlamaModel, [String: Tensor]) {
        (try Fixtures.model("m1_llama"), try Fixtures.tensors(Self.expectedFile))
    }

    func testLogitsAndHiddenStatesMatchTransformers() throws {
        let (model, expected) = try loadM1()
        for seq in ["seq1", "seq2"] {
            let ids = try Fixtures.ids(Self.expectedFile, "\(seq).input_ids")
            let pass = try model.forward(tokens: ids, batch: 1, seq: ids.count)
            let logits = Tensor(shape: [ids.count, 1024], values: try XCTUnwrap(pass.logits).array())
            XCTAssertLessThanOrEqual(logits.maxAbsDifference(try XCTUnwrap(expected["\(seq).logits"])), 1e-4, seq)
            for i in 0...2 {
                let h = Tensor(shape: [ids.count, 64], values: try XCTUnwrap(pass.hiddenState(i)).array())
                XCTAssertLessThanOrEqual(h.maxAbsDifference(try XCTUnwrap(expected["\(seq).hidden_states.\(i)"])), 1e-4, "\(seq) hidden \(i)")
            }
        }
    }

    func testSFTLossAndEveryGradientMatchTransformers() throws {
        let (model, expected) = try loadM1()
        let ids = try Fixtures.ids(Self.expectedFile, "seq2.input_ids")
        let T = ids.count
        let pass = try model.forward(tokens: ids, batch: 1, seq: T)
        let logits = try XCTUnwrap(pass.logits)
        var targets = [Int32](repeating: -1, count: T)
        for t in 0..<(T - 1) { targets[t] = ids[t + 1] }
        var logProbs = [Float](repeating: 0, count: T), lse = [Float](repeating: 0, count: T)
        TokenLogProbs.forward(logits: logits.pointer, rows: T, vocab: 1024, targets: targets, logProbs: &logProbs, logSumExp: &lse)
        let loss = -logProbs.reduce(0, +) / Float(T - 1)
        let json = try XCTUnwrap(Fixtures.json("m1_llama/expected.json") as? [String: Any])
        let expectedLoss = try XCTUnwrap((json["sft"] as? [String: Any])?["loss"] as? Double)
        XCTAssertEqual(Double(loss), expectedLoss, accuracy: 1e-5)

        let g = [Float](repeating: -1 / Float(T - 1), count: T)
        TokenLogProbs.backward(logits: logits.pointer, rows: T, vocab: 1024, targets: targets, logSumExp: lse,
                               gradLogProbs: g, dLogits: logits.pointer)
        let grads = FloatBuffer(count: model.parameterCount)
        model.backward(pass, dLogits: logits.pointer, gradients: grads)
        for (name, tensor) in model.namedTensors(from: grads) {
            let ref = try XCTUnwrap(expected["grad.\(name)"], name)
            XCTAssertLessThanOrEqual(tensor.relativeError(to: ref), 1e-3, name)
        }
    }
}

final class GenerationParityTests: XCTestCase {
    func testGreedyGenerationWithKVCacheMatchesTransformers() throws {
        let model = try Fixtures.model("m1_llama")
        let file = LlamaParityTests.expectedFile
        let prompt = try Fixtures.ids(file, "seq1.input_ids")
        let newIds = try Fixtures.ids(file, "gen.new_ids").map { Int($0) }
        let stepLogits = try XCTUnwrap(try Fixtures.tensors(file)["gen.step_logits"])
        var seen: [[Float]] = []
        let session = InferenceSession(model: model, capacity: 64)
        var logits = try session.append(prompt)
        var ids: [Int] = []
        for _ in 0..<12 {
            seen.append(logits)
            let next = Sampler.argmax(logits)
            ids.append(next)
            logits = try session.append([Int32(next)])
        }
        XCTAssertEqual(ids, newIds)
        let got = Tensor(shape: [12, 1024], values: seen.flatMap { $0 })
        XCTAssertLessThanOrEqual(got.maxAbsDifference(stepLogits), 1e-4)
        XCTAssertEqual(try generate(model: model, prompt: prompt, maxNewTokens: 12), newIds)
    }

    func testTokenOutsideVocabularyIsAnErrorNotACrash() throws {
        let model = LlamaModel.randomlyInitialised(config: try Fixtures.model("m1_llama").config, seed: 1)
        XCTAssertThrowsError(try InferenceSession(model: model, capacity: 8).append([5, 1024])) { error in
            XCTAssertTrue("\(error)".contains("outside the vocabulary"), "\(error)")
        }
        XCTAssertThrowsError(try model.forward(tokens: [-1, 3], batch: 1, seq: 2))
    }
}
