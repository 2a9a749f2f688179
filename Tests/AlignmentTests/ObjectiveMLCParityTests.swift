import Foundation
import XCTest
import Tensor
import Models
import TestSupport
@testable import Alignment

/// `MLCTerm` through the whole M1 model against fixtures/parity/mlc (identity extractor).
final class ObjectiveMLCParityTests: XCTestCase {
    static let jsonFile = "mlc/expected.json"

    static func groups(_ key: String, _ json: [String: Any]) throws -> [MLCVariantGroup] {
        let languages = try XCTUnwrap(json["languages"] as? [String])
        let prompts = try XCTUnwrap(json[key] as? [[String: Any]])
        return try prompts.map { prompt in
            MLCVariantGroup(languages: languages, ids: try languages.map { lang in
                let variant = try XCTUnwrap(prompt[lang] as? [String: Any], lang)
                return try XCTUnwrap(variant["ids"] as? [Int]).map { Int32($0) }
            })
        }
    }

    func term(_ kind: MLCLossKind, layers: [Int]) throws -> MLCTerm {
        try MLCTerm(groupLoss: MLCGroupLoss(kind: kind, temperature: 1), layers: layers, anchorLanguage: "en")
    }

    func testRank1EnergyAtFinalLayerLossAndEveryGradient() throws {
        let json = try LossTestSupport.jsonObject(Self.jsonFile)
        let model = try Fixtures.model("m1_llama")
        var mlc = try term(.rank1Energy, layers: [-1])
        let gradients = FloatBuffer(count: model.parameterCount)
        let metrics = try mlc.step(try Self.groups("prompts", json), policy: model, gradients: gradients)
        let want = try LossTestSupport.double(json, "gradient_losses", "grad_spectral_final.safetensors")
        XCTAssertEqual(metrics.loss, want, accuracy: 1e-5)
        XCTAssertEqual(metrics.layers.map(\.layer), [2])
        // Raw consistency (identity, unit rows) is λ_max/m = 1 - rank1-energy.
        XCTAssertEqual(metrics.layers[0].consistency, 1 - want, accuracy: 1e-5)
        try ObjectivePreferenceParityTests.assertGradientsMatch(model, gradients, file: "mlc/grad_spectral_final.safetensors")
    }

    func testAnchorAtLayer1WithDetachedEnglishEveryGradient() throws {
        let json = try LossTestSupport.jsonObject(Self.jsonFile)
        let model = try Fixtures.model("m1_llama")
        var mlc = try term(.anchor, layers: [1])
        XCTAssertTrue(mlc.groupLoss.detachAnchor)
        let gradients = FloatBuffer(count: model.parameterCount)
        let metrics = try mlc.step(try Self.groups("prompts", json), policy: model, gradients: gradients)
        XCTAssertEqual(metrics.loss, try LossTestSupport.double(json, "gradient_losses", "grad_anchor_layer1.safetensors"),
                       accuracy: 1e-5)
        try ObjectivePreferenceParityTests.assertGradientsMatch(model, gradients, file: "mlc/grad_anchor_layer1.safetensors")
        // The pass stopped at layer 1: nothing above it may receive any gradient at all.
        for name in ["model.layers.1.mlp.down_proj.weight", "model.norm.weight", "lm_head.weight"] {
            let entry = try XCTUnwrap(model.layout.entry(name))
            XCTAssertTrue(gradients.array(entry.range).allSatisfy { $0 == 0 }, name)
        }
    }

    /// Values of every loss kind at both layers, bare and chat-templated prompts.
    func testLossValuesOfEveryKindMatchForBareAndChatPrompts() throws {
        let json = try LossTestSupport.jsonObject(Self.jsonFile)
        let model = try Fixtures.model("m1_llama")
        let kinds: [(MLCLossKind, String)] = [(.rank1Energy, "spectral"), (.meanCosine, "meancos"),
                                              (.anchor, "anchor"), (.svSoftmax, "sv_softmax_tau1")]
        for (promptsKey, resultsPath) in [("prompts", ["results"]), ("chat_prompts", ["results", "chat"])] {
            let groups = try Self.groups(promptsKey, json)
            var results: Any = json
            for key in resultsPath { results = try LossTestSupport.value(results, key) }
            for (layer, layerKey) in [(-1, "final"), (1, "layer1")] {
                for (kind, key) in kinds {
                    var mlc = try term(kind, layers: [layer])
                    let got = try mlc.step(groups, policy: model, gradients: nil).loss
                    let want = try LossTestSupport.double(results, layerKey, "mean", key)
                    XCTAssertEqual(got, want, accuracy: 1e-5, "\(promptsKey) \(layerKey) \(key)")
                }
            }
            // Two layers: the mean of the per-layer losses, one forward.
            var both = try term(.rank1Energy, layers: [1, -1])
            let got = try both.step(groups, policy: model, gradients: nil)
            let want = (try LossTestSupport.double(results, "final", "mean", "spectral")
                + LossTestSupport.double(results, "layer1", "mean", "spectral")) / 2
            XCTAssertEqual(got.loss, want, accuracy: 1e-5, "\(promptsKey) layers 1 and -1")
            XCTAssertEqual(got.layers.map(\.layer), [1, 2])
        }
    }

    func testBadLayersAndGroupsThrow() throws {
        let model = try Fixtures.model("m1_llama")
        let group = MLCVariantGroup(languages: ["en", "zh"], ids: [[5, 6], [7]])
        var tooDeep = try term(.rank1Energy, layers: [3])
        XCTAssertThrowsError(try tooDeep.step([group], policy: model, gradients: nil))
        var tooNegative = try term(.rank1Energy, layers: [-4])
        XCTAssertThrowsError(try tooNegative.step([group], policy: model, gradients: nil))
        var ok = try term(.anchor, layers: [1])
        XCTAssertThrowsError(try ok.step([MLCVariantGroup(languages: ["en"], ids: [[5]])], policy: model, gradients: nil))
        XCTAssertThrowsError(try ok.step([MLCVariantGroup(languages: ["en", "zh"], ids: [[5], []])], policy: model, gradients: nil))
        XCTAssertThrowsError(try ok.step([MLCVariantGroup(languages: ["fr", "zh"], ids: [[5], [6]])], policy: model, gradients: nil),
                             "anchor loss without an English variant")
        XCTAssertNoThrow(try ok.step([group], policy: model, gradients: nil))
        XCTAssertThrowsError(try MLCTerm(groupLoss: MLCGroupLoss(), layers: []))
    }
}
