import XCTest
import Tensor
@testable import Models
import TestSupport

/// Whole-model finite-difference checks on configurations the public fixtures do not cover.
final class ModelGradientTests: XCTestCase {
    /// Qwen2-style: q/k/v biases, tied embeddings, grouped-query heads, rope theta 1e6,
    /// plus Llama 3.1 rope scaling so the scaled frequencies are exercised too.
    static let config = ModelConfig(
        modelType: "qwen2", vocabSize: 23, hiddenSize: 16, intermediateSize: 24, numLayers: 3,
        numHeads: 4, numKVHeads: 2, headDim: 4, rmsNormEps: 1e-6, ropeTheta: 1e6,
        ropeScaling: .llama3(factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositions: 8),
        tieWordEmbeddings: true, attentionBias: true)

    /// Loss = Σ w·logprobs over a padded batch (ignored padding) + Σ u·hidden_states[2] of a
    /// second, shorter pass that stops at layer 2 — the objective + MLC shape.
    func loss(_ model: LlamaModel, gradients: FloatBuffer?) throws -> Double {
        let c = model.config
        let tokens: [Int32] = [3, 7, 1, 22, 5, 9, 0, 0, 4, 4, 8, 15, 2, 11, 6, 19]
        let targets: [Int32] = [7, 1, 22, 5, 9, -1, -1, -1, 4, 8, 15, 2, 11, 6, 19, -1]
        let w = GradientCheck.randomVector(16, seed: 31)
        let full = try model.forward(tokens: tokens, batch: 2, seq: 8)
        guard let logits = full.logits else { throw AlignOnceError("test", "no logits") }
        var lp = [Float](repeating: 0, count: 16), lse = lp
        TokenLogProbs.forward(logits: logits.pointer, rows: 16, vocab: c.vocabSize, targets: targets, logProbs: &lp, logSumExp: &lse)
        var total = GradientCheck.dot(lp, w)

        let prompts: [Int32] = [5, 6, 7, 8, 9, 10]
        let partial = try model.forward(tokens: prompts, batch: 2, seq: 3, upToHidden: 2, logits: false)
        XCTAssertNil(partial.logits)
        XCTAssertEqual(partial.layersRun, 2)
        guard let h2 = partial.hiddenState(2) else { throw AlignOnceError("test", "no hidden state 2") }
        let u = GradientCheck.randomVector(6 * c.hiddenSize, seed: 32)
        total += GradientCheck.dot(h2.array(), u)

        if let gradients {
            TokenLogProbs.backward(logits: logits.pointer, rows: 16, vocab: c.vocabSize, targets: targets,
                                   logSumExp: lse, gradLogProbs: w, dLogits: logits.pointer)
            model.backward(full, dLogits: logits.pointer, gradients: gradients)
            let injected = FloatBuffer(u)
            model.backward(partial, dLogits: nil, hiddenGradients: [2: injected], gradients: gradients)
        }
        return total
    }

    func testEveryParameterGradientMatchesFiniteDifferences() throws {
        let model = LlamaModel.randomlyInitialised(config: Self.config, seed: 7, std: 0.5)
        let grads = FloatBuffer(count: model.parameterCount)
        _ = try loss(model, gradients: grads)
        XCTAssertNil(model.layout.entry("lm_head.weight"), "tied: no separate lm_head")
        // eps 3e-3: at 1e-2 the tied embedding's curvature (it is both input and LM head)
        // makes central differences miss by a few percent along some directions.
        for entry in model.layout.entries {
            let original = model.parameters.array(entry.range)
            GradientCheck.check(entry.name, x: original, analytic: grads.array(entry.range), eps: 3e-3, tolerance: 2e-2) { v in
                for i in v.indices { model.parameters[entry.offset + i] = v[i] }
                defer { for i in original.indices { model.parameters[entry.offset + i] = original[i] } }
                return (try? self.loss(model, gradients: nil)) ?? .nan
            }
        }
    }

    /// Llama with `attention_bias` (q/k/v and o_proj biases) and `mlp_bias`.
    func testBiasGradientsOfLlamaAttentionAndMLPBiasesMatchFiniteDifferences() throws {
        var c = Self.config
        c.modelType = "llama"
        c.mlpBias = true
        c.tieWordEmbeddings = false
        let model = LlamaModel.randomlyInitialised(config: c, seed: 17, std: 0.5)
        for e in model.layout.entries where e.name.hasSuffix(".bias") {
            for i in e.range { model.parameters[i] = GradientCheck.randomVector(1, seed: UInt64(i))[0] * 0.3 }
        }
        XCTAssertNotNil(model.layout.entry("model.layers.0.self_attn.o_proj.bias"))
        XCTAssertNotNil(model.layout.entry("model.layers.2.mlp.up_proj.bias"))
        let grads = FloatBuffer(count: model.parameterCount)
        _ = try loss(model, gradients: grads)
        for entry in model.layout.entries where entry.name.hasSuffix(".bias") {
            let original = model.parameters.array(entry.range)
            GradientCheck.check(entry.name, x: original, analytic: grads.array(entry.range), eps: 3e-3, tolerance: 2e-2) { v in
                for i in v.indices { model.parameters[entry.offset + i] = v[i] }
                defer { for i in original.indices { model.parameters[entry.offset + i] = original[i] } }
                return (try? self.loss(model, gradients: nil)) ?? .nan
            }
        }
        let full = try XCTUnwrap(try model.forward(tokens: [1, 2, 3, 4], batch: 1, seq: 4).logits).array()
        let cached = try InferenceSession(model: model, capacity: 4).append([1, 2, 3, 4])
        for v in 0..<c.vocabSize { XCTAssertEqual(cached[v], full[3 * c.vocabSize + v], accuracy: 1e-4) }
    }

    func testPaddingDoesNotChangeRealPositions() throws {
        let model = LlamaModel.randomlyInitialised(config: Self.config, seed: 8, std: 0.5)
        let alone = try model.forward(tokens: [3, 7, 1], batch: 1, seq: 3)
        let padded = try model.forward(tokens: [3, 7, 1, 0, 0, 4, 4, 4, 4, 4], batch: 2, seq: 5)
        let a = try XCTUnwrap(alone.logits).array(), b = try XCTUnwrap(padded.logits).array(0..<(3 * 23))
        for i in a.indices { XCTAssertEqual(a[i], b[i], accuracy: 1e-5) }
    }

    func testKVCacheAgreesWithFullForwardOnQwen2StyleModel() throws {
        let model = LlamaModel.randomlyInitialised(config: Self.config, seed: 9, std: 0.5)
        let tokens: [Int32] = [1, 5, 9, 13, 17, 21, 2]
        let full = try XCTUnwrap(try model.forward(tokens: tokens, batch: 1, seq: 7).logits).array()
        let session = InferenceSession(model: model, capacity: 7)
        _ = try session.append(Array(tokens[0..<4]))
        _ = try session.append([tokens[4]])
        _ = try session.append([tokens[5]])
        let last = try session.append([tokens[6]])
        for v in 0..<23 { XCTAssertEqual(last[v], full[6 * 23 + v], accuracy: 1e-4) }
    }

    /// One-token steps over the transposed decode weights give the logits of the model's own
    /// layout, with tied and untied heads and with LoRA adapters attached.
    func testTransposedDecodeWeightsGiveTheSameLogits() throws {
        var untied = Self.config
        untied.tieWordEmbeddings = false
        for (config, withLoRA) in [(Self.config, false), (untied, true)] {
            let model = LlamaModel.randomlyInitialised(config: config, seed: 12, std: 0.5)
            if withLoRA {
                let lora = try LoRAAdapters(model: config, config: LoRAConfig(rank: 2, alpha: 4, targets: LoRATarget.allCases), seed: 3)
                for i in 0..<lora.parameters.count { lora.parameters[i] = Float(i % 5) * 0.01 - 0.02 }
                model.lora = lora
            }
            let fast = InferenceSession(model: model, capacity: 8), plain = InferenceSession(model: model, capacity: 8, transposedWeights: false)
            for tokens in [[Int32(1), 5, 9], [13], [17], [2]] {
                let a = try fast.append(tokens), b = try plain.append(tokens)
                for v in a.indices { XCTAssertEqual(a[v], b[v], accuracy: 1e-5, "vocab \(v), LoRA \(withLoRA)") }
            }
        }
        let source: [Float] = (0..<(37 * 45)).map { Float($0) }
        var target = [Float](repeating: -1, count: source.count)
        source.withUnsafeBufferPointer { s in
            target.withUnsafeMutableBufferPointer { t in
                DecodeWeights.transpose(s.baseAddress!, rows: 37, cols: 45, into: t.baseAddress!)
            }
        }
        for r in 0..<37 { for c in 0..<45 { XCTAssertEqual(target[c * 37 + r], source[r * 45 + c]) } }
    }

    func testLlama3ScalingKeepsHighFrequenciesAndDividesLowOnes() {
        let plain = ModelConfig(vocabSize: 8, hiddenSize: 64, intermediateSize: 8, numLayers: 1, numHeads: 1, ropeTheta: 500000)
        var scaled = plain
        scaled.ropeScaling = .llama3(factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositions: 8192)
        let p = plain.ropeTable().invFreq, s = scaled.ropeTable().invFreq
        XCTAssertEqual(s[0], p[0], "wavelength 2π < 8192/4: unchanged")
        XCTAssertEqual(s[31], p[31] / 8, accuracy: 1e-15, "longest wavelength: divided by factor")
        var linear = plain
        linear.ropeScaling = .linear(factor: 4)
        XCTAssertEqual(linear.ropeTable().invFreq[5], p[5] / 4, accuracy: 1e-15)
    }
}
