import XCTest
import Tensor
@testable import Models
import TestSupport

/// `BatchedGenerator` against batch-1 `generate`: same ids for greedy and seeded sampling,
/// independent stops, adapters applied, and per-token scores against the fixture.
final class BatchedGenerationTests: XCTestCase {
    /// Qwen2-style: q/k/v biases, tied embeddings, grouped-query heads (as ModelGradientTests).
    static let qwenConfig = ModelConfig(
        modelType: "qwen2", vocabSize: 23, hiddenSize: 16, intermediateSize: 24, numLayers: 3,
        numHeads: 4, numKVHeads: 2, headDim: 4, rmsNormEps: 1e-6, ropeTheta: 1e6,
        tieWordEmbeddings: true, attentionBias: true)

    static func qwenModel(lora: Bool) throws -> LlamaModel {
        let model = LlamaModel.randomlyInitialised(config: qwenConfig, seed: 11, std: 0.5)
        for e in model.layout.entries where e.name.hasSuffix(".bias") {
            for i in e.range { model.parameters[i] = GradientCheck.randomVector(1, seed: UInt64(i))[0] * 0.3 }
        }
        if lora {
            let adapters = try LoRAAdapters(model: qwenConfig, config: LoRAConfig(rank: 2, alpha: 4, targets: LoRATarget.allCases), seed: 5)
            // B starts at zero (adapters inert); give it values so the adapters change the output.
            let noise = GradientCheck.randomVector(adapters.parameters.count, seed: 9, scale: 0.5)
            for i in noise.indices { adapters.parameters[i] = noise[i] }
            model.lora = adapters
        }
        return model
    }

    static let qwenPrompts: [[Int32]] = [[3, 7, 1], [22, 5, 9, 4, 4, 8, 15], [2], [11, 6, 19, 0, 13], [8, 8, 8, 1, 2, 3, 4, 5, 6, 7]]

    func assertBatchedEqualsSingle(_ model: LlamaModel, prompts: [[Int32]], maxNewTokens: Int, sampling: SamplingOptions,
                                   stopIds: Set<Int>, batchSizes: [Int], file: StaticString = #filePath, line: UInt = #line) throws {
        let single = try prompts.enumerated().map { index, prompt in
            try generate(model: model, prompt: prompt, maxNewTokens: maxNewTokens,
                         sampling: SamplingOptions(temperature: sampling.temperature, topP: sampling.topP, seed: sampling.seed + UInt64(index)),
                         stopIds: stopIds)
        }
        for batchSize in batchSizes {
            var finished: [Int] = []
            let batched = try BatchedGenerator(model: model, batchSize: batchSize, stopIds: stopIds)
                .generate(prompts: prompts, maxNewTokens: maxNewTokens, sampling: sampling) { index, _ in finished.append(index) }
            XCTAssertEqual(batched, single, "batch size \(batchSize)", file: file, line: line)
            XCTAssertEqual(finished.sorted(), Array(prompts.indices), file: file, line: line)
        }
    }

    func testGreedyBatchedIdsEqualBatchOneOnFixtureModelWithIndependentStops() throws {
        let model = try Fixtures.model("m1_llama")
        let file = LlamaParityTests.expectedFile
        let seq1 = try Fixtures.ids(file, "seq1.input_ids"), seq2 = try Fixtures.ids(file, "seq2.input_ids")
        let newIds = try Fixtures.ids(file, "gen.new_ids").map { Int($0) }
        let prompts = [seq1, seq2, Array(seq2.prefix(5)), Array(seq1.prefix(9)), [seq1[3]]]
        // Stopping at the fixture's 6th new id ends the seq1 prompt early and leaves the others
        // running (unless they produce it too): sequences stop independently.
        let stop: Set<Int> = [newIds[5]]
        let batched = try BatchedGenerator(model: model, batchSize: 3, stopIds: stop).generate(prompts: prompts, maxNewTokens: 12)
        XCTAssertEqual(batched[0], Array(newIds.prefix(6)), "the fixture's greedy ids up to the stop id")
        XCTAssertEqual(try BatchedGenerator(model: model, batchSize: 4).generate(prompts: [seq1], maxNewTokens: 12)[0], newIds)
        XCTAssertTrue(batched.contains { $0.count == 12 }, "some sequence must run to its budget")
        try assertBatchedEqualsSingle(model, prompts: prompts, maxNewTokens: 12, sampling: .init(), stopIds: stop, batchSizes: [1, 2, 5, 8])
    }

    func testGreedyAndSeededSamplingEqualBatchOneOnQwenStyleModelWithLoRA() throws {
        for lora in [false, true] {
            let model = try Self.qwenModel(lora: lora)
            try assertBatchedEqualsSingle(model, prompts: Self.qwenPrompts, maxNewTokens: 9, sampling: .init(),
                                          stopIds: [], batchSizes: [1, 3, 5])
            try assertBatchedEqualsSingle(model, prompts: Self.qwenPrompts, maxNewTokens: 9,
                                          sampling: SamplingOptions(temperature: 0.9, topP: 0.8, seed: 42),
                                          stopIds: [4], batchSizes: [2, 5])
        }
        let plain = try BatchedGenerator(model: try Self.qwenModel(lora: false), batchSize: 5).generate(prompts: Self.qwenPrompts, maxNewTokens: 9)
        let adapted = try BatchedGenerator(model: try Self.qwenModel(lora: true), batchSize: 5).generate(prompts: Self.qwenPrompts, maxNewTokens: 9)
        XCTAssertNotEqual(plain, adapted, "the adapters must change what is generated")
    }

    func testBatchedStepLogitsMatchFullForward() throws {
        let model = try Self.qwenModel(lora: true)
        let prompts = Self.qwenPrompts
        let caches = prompts.map { KVCache(config: model.config, capacity: $0.count) }
        let output = try model.cachedStep(zip(caches, prompts).map { CachedSegment(cache: $0, tokens: $1) }, captureLastRow: [1, -1])
        let logits = output.lastRowLogits(model)
        for (k, prompt) in prompts.enumerated() {
            let pass = try model.forward(tokens: prompt, batch: 1, seq: prompt.count)
            let reference = try XCTUnwrap(pass.logits).array(((prompt.count - 1) * 23)..<(prompt.count * 23))
            for v in 0..<23 { XCTAssertEqual(logits[k][v], reference[v], accuracy: 1e-4) }
            let d = model.config.hiddenSize
            for layer in [1, 3] {
                let hidden = try XCTUnwrap(pass.hiddenState(layer)).array(((prompt.count - 1) * d)..<(prompt.count * d))
                let captured = try XCTUnwrap(output.lastRowHidden[layer])
                for f in 0..<d { XCTAssertEqual(captured[k * d + f], hidden[f], accuracy: 1e-4, "layer \(layer)") }
            }
            XCTAssertEqual(caches[k].length, prompt.count)
        }
    }

    func testNextTokenLogProbsMatchFixture() throws {
        let model = try Fixtures.model("m1_llama")
        let file = LlamaParityTests.expectedFile
        let tensors = try Fixtures.tensors(file)
        let sequences = [try Fixtures.ids(file, "seq1.input_ids"), [5], try Fixtures.ids(file, "seq2.input_ids")]
        let scores = try model.nextTokenLogProbs(sequences, batchSize: 2)
        XCTAssertEqual(scores[1], [])
        for (index, name) in [(0, "seq1"), (2, "seq2")] {
            let expected = try XCTUnwrap(tensors["\(name).logprobs"]).values
            XCTAssertEqual(scores[index].count, expected.count)
            for t in expected.indices { XCTAssertEqual(scores[index][t], expected[t], accuracy: 1e-4, "\(name)[\(t)]") }
        }
    }

    func testBadInputsAreErrors() throws {
        let model = try Self.qwenModel(lora: false)
        XCTAssertThrowsError(try BatchedGenerator(model: model, batchSize: 0).generate(prompts: [[1]], maxNewTokens: 2))
        XCTAssertThrowsError(try BatchedGenerator(model: model).generate(prompts: [[1], []], maxNewTokens: 2)) { error in
            XCTAssertEqual("\(error)", "generate: prompt 1 has no tokens")
        }
        XCTAssertThrowsError(try BatchedGenerator(model: model).generate(prompts: [[1, 23]], maxNewTokens: 2))
        XCTAssertEqual(try BatchedGenerator(model: model).generate(prompts: [[1]], maxNewTokens: 0), [[]])
        let cache = KVCache(config: model.config, capacity: 2)
        XCTAssertThrowsError(try model.cachedStep([CachedSegment(cache: cache, tokens: [1]), CachedSegment(cache: cache, tokens: [2])]))
        XCTAssertThrowsError(try model.cachedStep([CachedSegment(cache: cache, tokens: [1, 2, 3])]))
        XCTAssertThrowsError(try model.cachedStep([CachedSegment(cache: cache, tokens: [1])], captureLastRow: [4]))
    }
}
