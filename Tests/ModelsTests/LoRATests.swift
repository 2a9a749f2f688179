import XCTest
import Tensor
@testable import Models
import TestSupport

final class LoRATests: XCTestCase {
    static let config = ModelGradientTests.config

    func adaptedModel(dropout: Float = 0) throws -> LlamaModel {
        let model = LlamaModel.randomlyInitialised(config: Self.config, seed: 11, std: 0.5)
        let lora = try LoRAAdapters(model: Self.config, config: LoRAConfig(rank: 3, alpha: 6, dropout: dropout,
                                                                           targets: LoRATarget.allCases), seed: 5)
        // B starts at zero (PEFT); give it values so every path carries gradient.
        for i in 0..<lora.parameters.count where lora.parameters[i] == 0 {
            lora.parameters[i] = GradientCheck.randomVector(1, seed: UInt64(i))[0] * 0.3
        }
        model.lora = lora
        return model
    }

    func sumLoss(_ model: LlamaModel, loraGradients: FloatBuffer?) throws -> Double {
        let tokens: [Int32] = [3, 7, 1, 22, 5, 9, 4, 8]
        let pass = try model.forward(tokens: tokens, batch: 2, seq: 4)
        let logits = try XCTUnwrap(pass.logits)
        let w = GradientCheck.randomVector(logits.count, seed: 41)
        if let loraGradients {
            let weights = FloatBuffer(w)
            model.backward(pass, dLogits: weights, gradients: nil, loraGradients: loraGradients)
        }
        return GradientCheck.dot(logits.array(), w)
    }

    func testAdapterGradientsMatchFiniteDifferencesWithBaseFrozen() throws {
        let model = try adaptedModel()
        let lora = try XCTUnwrap(model.lora)
        let grads = FloatBuffer(count: lora.parameters.count)
        let baseBefore = model.parameters.array()
        _ = try sumLoss(model, loraGradients: grads)
        XCTAssertEqual(model.parameters.array(), baseBefore)
        for a in lora.adapters where a.layer == 1 || a.target == .q {
            for (offset, count) in [(a.aOffset, 3 * a.inDim), (a.bOffset, 3 * a.outDim)] {
                let original = lora.parameters.array(offset..<(offset + count))
                GradientCheck.check("\(a.layer).\(a.target)", x: original, analytic: grads.array(offset..<(offset + count)),
                                    eps: 3e-3, tolerance: 2e-2) { v in
                    for i in v.indices { lora.parameters[offset + i] = v[i] }
                    defer { for i in original.indices { lora.parameters[offset + i] = original[i] } }
                    return (try? self.sumLoss(model, loraGradients: nil)) ?? .nan
                }
            }
        }
    }

    func testMergedWeightsGiveTheAdaptedModelsLogitsAndKVCacheAppliesAdapters() throws {
        let model = try adaptedModel()
        let tokens: [Int32] = [3, 7, 1, 22, 5]
        let adapted = try XCTUnwrap(try model.forward(tokens: tokens, batch: 1, seq: 5).logits).array()
        let session = InferenceSession(model: model, capacity: 5)
        let cached = try session.append(tokens)
        for v in 0..<23 { XCTAssertEqual(cached[v], adapted[4 * 23 + v], accuracy: 1e-4) }
        let lora = try XCTUnwrap(model.lora)
        model.lora = nil
        let base = try XCTUnwrap(try model.forward(tokens: tokens, batch: 1, seq: 5).logits).array()
        lora.merge(into: model)
        let merged = try XCTUnwrap(try model.forward(tokens: tokens, batch: 1, seq: 5).logits).array()
        var baseDiff: Float = 0
        for i in adapted.indices {
            XCTAssertEqual(merged[i], adapted[i], accuracy: 1e-4)
            baseDiff = max(baseDiff, abs(base[i] - adapted[i]))
        }
        XCTAssertGreaterThan(baseDiff, 1e-2, "adapters must change the output")
    }

    func testFreshAdaptersLeaveTheModelUnchangedAndDropoutIsSeeded() throws {
        let model = LlamaModel.randomlyInitialised(config: Self.config, seed: 12, std: 0.5)
        let tokens: [Int32] = [1, 2, 3, 4]
        let before = try XCTUnwrap(try model.forward(tokens: tokens, batch: 1, seq: 4).logits).array()
        model.lora = try LoRAAdapters(model: Self.config, config: LoRAConfig(rank: 2, alpha: 4, dropout: 0.5), seed: 1)
        XCTAssertEqual(try XCTUnwrap(try model.forward(tokens: tokens, batch: 1, seq: 4).logits).array(), before)
        XCTAssertThrowsError(try LoRAAdapters(model: Self.config, config: LoRAConfig(rank: 0), seed: 1))
        XCTAssertThrowsError(try LoRAAdapters(model: Self.config, config: LoRAConfig(dropout: 1), seed: 1))
    }

    func testDropoutGradientMatchesFiniteDifferencesForAFixedMask() throws {
        let model = try adaptedModel(dropout: 0.3)
        let lora = try XCTUnwrap(model.lora)
        let start = lora.dropoutRNG
        func loss(_ g: FloatBuffer?) throws -> Double {
            lora.dropoutRNG = start  // the same mask for every evaluation
            let tokens: [Int32] = [3, 7, 1, 22]
            let pass = try model.forward(tokens: tokens, batch: 1, seq: 4, training: true)
            let logits = try XCTUnwrap(pass.logits)
            let w = GradientCheck.randomVector(logits.count, seed: 43)
            if let g { model.backward(pass, dLogits: FloatBuffer(w), gradients: nil, loraGradients: g) }
            return GradientCheck.dot(logits.array(), w)
        }
        let grads = FloatBuffer(count: lora.parameters.count)
        _ = try loss(grads)
        let a = try XCTUnwrap(lora.adapter(layer: 0, .gate))
        let original = lora.parameters.array(a.aOffset..<(a.aOffset + 3 * a.inDim))
        GradientCheck.check("dropout A", x: original, analytic: grads.array(a.aOffset..<(a.aOffset + 3 * a.inDim)),
                            eps: 3e-3, tolerance: 2e-2) { v in
            for i in v.indices { lora.parameters[a.aOffset + i] = v[i] }
            defer { for i in original.indices { lora.parameters[a.aOffset + i] = original[i] } }
            return (try? loss(nil)) ?? .nan
        }
    }
}
