import Foundation
import XCTest
import Tensor
import Models
import TestSupport
@testable import Alignment

/// Finite-difference checks of the objectives through a whole (tiny, random) model, on padded
/// batches of unequal lengths, and the mask handling of `SequenceBatch`.
final class ObjectiveGradientTests: XCTestCase {
    static let config = ModelConfig(vocabSize: 29, hiddenSize: 16, intermediateSize: 24, numLayers: 3,
                                    numHeads: 4, numKVHeads: 2, headDim: 4)
    static let checkedTensors = ["model.embed_tokens.weight", "model.layers.0.self_attn.q_proj.weight",
                                 "model.layers.1.mlp.gate_proj.weight", "model.layers.2.mlp.down_proj.weight",
                                 "model.norm.weight", "lm_head.weight"]

    static func model(seed: UInt64) -> LlamaModel {
        LlamaModel.randomlyInitialised(config: config, seed: seed, std: 0.5)
    }

    static let pairs = [
        TokenizedPair(index: 0, prompt: [3, 7, 1, 22], chosen: [5, 9, 2], rejected: [11, 4, 8, 8, 2]),
        TokenizedPair(index: 1, prompt: [6, 13], chosen: [17, 19, 23, 2], rejected: [28, 2]),
        TokenizedPair(index: 2, prompt: [9, 9, 14, 27, 3, 1], chosen: [2], rejected: [15, 16, 2]),
    ]

    /// Checks `analytic` against central differences of `loss` for the named parameters.
    func checkParameters(_ model: LlamaModel, _ names: [String], analytic: FloatBuffer, eps: Float = 2e-3,
                         tolerance: Double = 2e-2, line: UInt = #line, loss: () throws -> Double) throws {
        for name in names {
            let entry = try XCTUnwrap(model.layout.entry(name), name)
            let original = model.parameters.array(entry.range)
            GradientCheck.check(name, x: original, analytic: analytic.array(entry.range), eps: eps,
                                tolerance: tolerance, line: line) { v in
                for i in v.indices { model.parameters[entry.offset + i] = v[i] }
                defer { for i in original.indices { model.parameters[entry.offset + i] = original[i] } }
                return (try? loss()) ?? .nan
            }
        }
    }

    func testSequenceBatchMasksAndSFTMaskHandling() throws {
        let model = Self.model(seed: 1)
        let sequences = [TokenSequence(prompt: [3, 7, 1], response: [5, 9, 2]),
                         TokenSequence(prompt: [6], response: [17, 19, 23, 28, 2]),
                         TokenSequence(prompt: [4, 4, 4, 4], response: []),
                         TokenSequence(prompt: [], response: [8, 12])]
        let batch = try SequenceBatch(sequences)
        XCTAssertEqual(batch.seq, 6)
        XCTAssertEqual(batch.counts(.response), [3, 5, 0, 1])
        XCTAssertEqual(batch.counts(.all), [5, 5, 3, 1])
        XCTAssertEqual(Array(batch.targets[0..<6]), [7, 1, 5, 9, 2, -1])
        XCTAssertEqual(Array(batch.mask(.response)[0..<6]), [0, 0, 1, 1, 1, 0])
        XCTAssertEqual(Array(batch.targets[18..<24]), [12, -1, -1, -1, -1, -1])
        XCTAssertThrowsError(try SequenceBatch([TokenSequence(prompt: [], response: [])]))
        XCTAssertThrowsError(try SequenceBatch([]))

        // The padded batch's token-mean equals the same mean from unpadded single forwards.
        for counted in [CountedTokens.response, .all] {
            var sft = SFTObjective(counted: counted)
            let metrics = try sft.step(sequences, policy: model, gradients: nil)
            var sum = 0.0, tokens = 0
            for s in sequences {
                let single = try SequenceBatch([s])
                sum += try PolicyScorer(model: model).sequenceSums(single, counted: counted)[0]
                tokens += single.counts(counted)[0]
            }
            XCTAssertEqual(metrics.tokens, tokens)
            XCTAssertEqual(metrics.objectiveLoss, -sum / Double(tokens), accuracy: 1e-5 * abs(sum / Double(tokens)))
        }
        var sft = SFTObjective()
        let nothing = try sft.step([TokenSequence(prompt: [3, 4], response: [])], policy: model, gradients: nil)
        XCTAssertEqual(nothing.tokens, 0)

        let gradients = FloatBuffer(count: model.parameterCount)
        var objective = SFTObjective(counted: .response)
        _ = try objective.step(sequences, policy: model, gradients: gradients)
        try checkParameters(model, Self.checkedTensors, analytic: gradients) {
            try objective.step(sequences, policy: model, gradients: nil).loss
        }
    }

    func testSimPOWithNLLGradient() throws {
        let model = Self.model(seed: 2)
        var objective = SimPOObjective(loss: try SimPOLoss(beta: 2, gamma: 0.5, cpoAlpha: 0.7))
        let gradients = FloatBuffer(count: model.parameterCount)
        let m = try objective.step(Self.pairs, policy: model, gradients: gradients)
        XCTAssertNotNil(m.nll)
        try checkParameters(model, Self.checkedTensors, analytic: gradients) {
            try objective.step(Self.pairs, policy: model, gradients: nil).loss
        }
    }

    /// DPO with TRL's `rpo_alpha`: the loss is DPO's plus α times the chosen responses' token-mean
    /// NLL (the SFT loss on prompt + chosen), the gradient is the sum of both, and it matches
    /// central differences.
    func testDPOWithRPONLLGradient() throws {
        let model = Self.model(seed: 2), reference = Self.model(seed: 8)
        let alpha = 0.6
        var rpo = DPOObjective(loss: try DPOLoss(beta: 0.1), reference: .model(reference), rpoAlpha: alpha)
        var dpo = DPOObjective(loss: try DPOLoss(beta: 0.1), reference: .model(reference))
        var sft = SFTObjective(counted: .response)
        let sequences = Self.pairs.map { TokenSequence(prompt: $0.prompt, response: $0.chosen) }
        let n = model.parameterCount
        let combined = FloatBuffer(count: n), onlyDPO = FloatBuffer(count: n), onlySFT = FloatBuffer(count: n)
        let m = try rpo.step(Self.pairs, policy: model, gradients: combined)
        let d = try dpo.step(Self.pairs, policy: model, gradients: onlyDPO)
        let nll = try sft.step(sequences, policy: model, gradients: onlySFT).objectiveLoss
        XCTAssertGreaterThan(nll, 1)
        XCTAssertEqual(try XCTUnwrap(m.nll), nll, accuracy: 1e-9 * nll)
        XCTAssertEqual(m.objectiveLoss, d.objectiveLoss + alpha * nll, accuracy: 1e-9)
        XCTAssertNil(d.nll)
        var worst: Float = 0, largest: Float = 0
        for i in 0..<n {
            worst = max(worst, abs(combined[i] - (onlyDPO[i] + Float(alpha) * onlySFT[i])))
            largest = max(largest, abs(combined[i]))
        }
        XCTAssertGreaterThan(largest, 0)
        XCTAssertLessThanOrEqual(worst, 1e-5 * largest)
        try checkParameters(model, Self.checkedTensors, analytic: combined) {
            try rpo.step(Self.pairs, policy: model, gradients: nil).loss
        }
    }

    func testORPOGradient() throws {
        let model = Self.model(seed: 3)
        var objective = ORPOObjective(loss: try ORPOLoss(lambda: 0.5))
        let gradients = FloatBuffer(count: model.parameterCount)
        _ = try objective.step(Self.pairs, policy: model, gradients: gradients)
        try checkParameters(model, Self.checkedTensors, analytic: gradients) {
            try objective.step(Self.pairs, policy: model, gradients: nil).loss
        }
    }

    static let groups = [
        MLCVariantGroup(languages: ["en", "zh", "sw"], ids: [[3, 7, 1, 22], [5, 9], [11, 4, 8, 8, 2]]),
        MLCVariantGroup(languages: ["zh", "en"], ids: [[6, 13, 17], [19, 23, 28, 2, 2, 14]]),
    ]

    /// sv-softmax on mean-pooled states of two layers through trainable linear extractors:
    /// w.r.t. model parameters, both extractor weights and a bias.
    func testMLCTermMeanPoolingLinearExtractorGradient() throws {
        let model = Self.model(seed: 4)
        let extractors = try [LinearExtractor.orthogonalInit(p: 8, d: 16, seed: 5),
                              LinearExtractor.orthogonalInit(p: 8, d: 16, seed: 6)]
        var term = try MLCTerm(groupLoss: MLCGroupLoss(kind: .svSoftmax, temperature: 0.5), layers: [1, -1],
                               pooling: .mean, extractors: extractors, weight: 1.5)
        let gradients = FloatBuffer(count: model.parameterCount)
        let metrics = try term.step(Self.groups, policy: model, gradients: gradients)
        XCTAssertEqual(metrics.layers.map(\.layer), [1, 3])
        XCTAssertEqual(metrics.weightedLoss, 1.5 * metrics.loss, accuracy: 1e-12)
        let probe = term
        func loss() throws -> Double {
            var copy = probe
            return try copy.step(Self.groups, policy: model, gradients: nil).weightedLoss
        }
        try checkParameters(model, ["model.embed_tokens.weight", "model.layers.0.self_attn.o_proj.weight",
                                    "model.layers.1.mlp.up_proj.weight", "model.layers.2.input_layernorm.weight",
                                    "model.norm.weight"], analytic: gradients, loss: loss)
        XCTAssertTrue(gradients.array(try XCTUnwrap(model.layout.entry("lm_head.weight")).range).allSatisfy { $0 == 0 })

        let trained = try XCTUnwrap(term.extractors)
        for k in 0..<2 {
            GradientCheck.check("extractor \(k) W", x: trained[k].weight, analytic: trained[k].weightGradient,
                                eps: 1e-2, tolerance: 2e-2) { w in
                var copy = probe
                copy.extractors?[k].weight = w
                return (try? copy.step(Self.groups, policy: model, gradients: nil).weightedLoss) ?? .nan
            }
        }
        GradientCheck.check("extractor 0 b", x: trained[0].bias, analytic: trained[0].biasGradient,
                            eps: 1e-2, tolerance: 2e-2) { b in
            var copy = probe
            copy.extractors?[0].bias = b
            return (try? copy.step(Self.groups, policy: model, gradients: nil).weightedLoss) ?? .nan
        }
    }

    /// Centering (batch and per language) before a linear extractor: the gradient through the
    /// subtracted means, w.r.t. model parameters, against central differences.
    func testMLCTermCenteringGradient() throws {
        for centering in [MLCCentering.batch, .language] {
            let model = Self.model(seed: 8)
            var term = try MLCTerm(groupLoss: MLCGroupLoss(kind: .svSoftmax), layers: [2],
                                   extractors: [LinearExtractor.orthogonalInit(p: 8, d: 16, seed: 9)])
            term.centering = centering
            let gradients = FloatBuffer(count: model.parameterCount)
            _ = try term.step(Self.groups, policy: model, gradients: gradients)
            let probe = term
            try checkParameters(model, ["model.embed_tokens.weight", "model.layers.0.self_attn.q_proj.weight",
                                        "model.layers.1.mlp.down_proj.weight"], analytic: gradients) {
                var copy = probe
                return try copy.step(Self.groups, policy: model, gradients: nil).weightedLoss
            }
        }
    }

    /// language-subspace: the gradient is that of the loss with the step's language directions
    /// held fixed (finite differences through a frozen map).
    func testMLCTermLanguageSubspaceGradient() throws {
        let model = Self.model(seed: 8)
        // Three rows per language, so no language's centred rows vanish.
        let groups = [
            MLCVariantGroup(languages: ["en", "zh", "sw"], ids: [[3, 7, 1, 22], [5, 9], [11, 4, 8, 8, 2]]),
            MLCVariantGroup(languages: ["en", "zh", "sw"], ids: [[6, 13, 17], [19, 23, 28, 2], [2, 14, 5]]),
            MLCVariantGroup(languages: ["en", "zh", "sw"], ids: [[12, 1, 1, 20, 4], [27, 3], [8, 16, 25, 9]]),
        ]
        // The anchor loss with the anchor not detached (a detached anchor's loss value still moves
        // with it, so finite differences would not match its gradient by design).
        var term = try MLCTerm(groupLoss: MLCGroupLoss(kind: .anchor, detachAnchor: false), layers: [2])
        term.centering = .languageSubspace
        let gradients = FloatBuffer(count: model.parameterCount)
        _ = try term.step(groups, policy: model, gradients: gradients)
        // The map this step estimated, rebuilt from the same pooled states.
        let variants = try MLCVariantBatch(groups, shared: nil)
        let pass = try model.forward(tokens: variants.tokens, batch: variants.ownRows, seq: variants.seq,
                                     upToHidden: 2, logits: false, training: false)
        let pooled = try variants.pool(own: pass.hiddenState(2), shared: nil, dimension: 16, .last)
        let map = try MLCCentering.languageSubspace.map(for: pooled, rows: variants.rows, dimension: 16,
                                                        languages: groups.flatMap(\.languages))
        XCTAssertEqual(map.removed.count, 2, "three languages: two directions separate their means")
        var probe = term
        probe.centeringMapOverride = map
        try checkParameters(model, ["model.embed_tokens.weight", "model.layers.0.self_attn.q_proj.weight",
                                    "model.layers.1.mlp.down_proj.weight"], analytic: gradients) {
            var copy = probe
            return try copy.step(groups, policy: model, gradients: nil).weightedLoss
        }
    }

    /// `shiftReference`: MLC on the variants' shifts from a frozen reference model. Zero loss and
    /// gradient while the policy is the reference; otherwise finite differences through the
    /// policy (the reference is a constant).
    func testMLCTermShiftFromReferenceGradient() throws {
        let model = Self.model(seed: 11), reference = Self.model(seed: 12)
        var term = try MLCTerm(groupLoss: MLCGroupLoss(kind: .anchorMSE, detachAnchor: false), layers: [2], weight: 2)
        term.shiftReference = Self.model(seed: 11)
        let none = FloatBuffer(count: model.parameterCount)
        XCTAssertEqual(try term.step(Self.groups, policy: model, gradients: none).loss, 0, accuracy: 1e-12)
        XCTAssertEqual(none.array().map(abs).max(), 0)

        term.shiftReference = reference
        let gradients = FloatBuffer(count: model.parameterCount)
        let metrics = try term.step(Self.groups, policy: model, gradients: gradients)
        XCTAssertGreaterThan(metrics.loss, 0)
        let probe = term
        try checkParameters(model, ["model.embed_tokens.weight", "model.layers.0.self_attn.v_proj.weight",
                                    "model.layers.1.mlp.gate_proj.weight"], analytic: gradients) {
            var copy = probe
            return try copy.step(Self.groups, policy: model, gradients: nil).weightedLoss
        }
        XCTAssertEqual(reference.parameters.array(), Self.model(seed: 12).parameters.array(), "the reference stays frozen")
    }

    func testLanguageSubspaceRemovesWhatSeparatesTheLanguages() throws {
        // Six rows of width 4 in three languages.
        let x: [Float] = [1, 2, 0, 1,  3, -1, 2, 0,  0, 4, 1, 1,  2, 2, 5, -1,  -3, 1, 0, 2,  1, 0, -2, 3]
        let languages = ["en", "fr", "sw", "en", "fr", "sw"]
        let map = try MLCCentering.languageSubspace.map(for: x, rows: 6, dimension: 4, languages: languages)
        XCTAssertEqual(map.removed.count, 2)
        for (a, qa) in map.removed.enumerated() {
            for (b, qb) in map.removed.enumerated() {
                XCTAssertEqual(zip(qa, qb).reduce(0) { $0 + $1.0 * $1.1 }, a == b ? 1 : 0, accuracy: 1e-5)
            }
        }
        var y = x
        map.apply(&y, dimension: 4)
        // Each language's mean is zero, and every row is orthogonal to the input's differences of
        // language means.
        func mean(_ v: [Float], _ rows: [Int]) -> [Float] {
            (0..<4).map { j in rows.reduce(0) { $0 + v[$1 * 4 + j] } / Float(rows.count) }
        }
        let means = [[0, 3], [1, 4], [2, 5]].map { mean(x, $0) }
        for rows in [[0, 3], [1, 4], [2, 5]] { for v in mean(y, rows) { XCTAssertEqual(v, 0, accuracy: 1e-5) } }
        for row in 0..<6 {
            for k in 1..<3 {
                let difference = zip(means[k], means[0]).map { $0 - $1 }
                XCTAssertEqual((0..<4).reduce(0) { $0 + y[row * 4 + $1] * difference[$1] }, 0, accuracy: 1e-4)
            }
        }
        // Symmetric and idempotent, so the backward pass reuses it.
        var twice = y
        map.apply(&twice, dimension: 4)
        for (a, b) in zip(twice, y) { XCTAssertEqual(a, b, accuracy: 1e-5) }
        let z: [Float] = (0..<24).map { Float(($0 * 7) % 11) - 5 }
        var mz = z
        map.apply(&mz, dimension: 4)
        XCTAssertEqual(zip(y, z).reduce(0) { $0 + $1.0 * $1.1 }, zip(x, mz).reduce(0) { $0 + $1.0 * $1.1 }, accuracy: 1e-3)
        // One language: nothing separates, so it is plain language centering.
        let single = try MLCCentering.languageSubspace.map(for: x, rows: 6, dimension: 4, languages: Array(repeating: "en", count: 6))
        XCTAssertTrue(single.removed.isEmpty)
    }

    func testCenteringRemovesTheMeanOfEachClassAndIsAProjection() throws {
        // Rows: (en 1 2) (fr 3 4) (en 5 10) (fr 7 0).
        let x: [Float] = [1, 2, 3, 4, 5, 10, 7, 0]
        let languages = ["en", "fr", "en", "fr"]
        var batch = x
        try MLCCentering.batch.apply(&batch, rows: 4, dimension: 2, languages: languages)
        XCTAssertEqual(batch, [-3, -2, -1, 0, 1, 6, 3, -4])
        var perLanguage = x
        try MLCCentering.language.apply(&perLanguage, rows: 4, dimension: 2, languages: languages)
        XCTAssertEqual(perLanguage, [-2, -4, -2, 2, 2, 4, 2, -2])
        var twice = perLanguage
        try MLCCentering.language.apply(&twice, rows: 4, dimension: 2, languages: languages)
        XCTAssertEqual(twice, perLanguage, "idempotent")
        var unchanged = x
        try MLCCentering.none.apply(&unchanged, rows: 4, dimension: 2, languages: [])
        XCTAssertEqual(unchanged, x)
        XCTAssertThrowsError(try MLCCentering.batch.apply(&unchanged, rows: 3, dimension: 2, languages: languages))
    }

    /// DPO + MLC accumulated into one buffer equals the sum of the separately computed
    /// gradients, and is the gradient of the summed loss.
    func testObjectivePlusMLCInOneBuffer() throws {
        let model = Self.model(seed: 7), reference = Self.model(seed: 8)
        var dpo = DPOObjective(loss: try DPOLoss(beta: 0.1), reference: .model(reference))
        var term = try MLCTerm(groupLoss: MLCGroupLoss(kind: .rank1Energy), layers: [2], weight: 0.8)
        let n = model.parameterCount
        let combined = FloatBuffer(count: n), onlyDPO = FloatBuffer(count: n), onlyMLC = FloatBuffer(count: n)
        let objectiveMetrics = try dpo.step(Self.pairs, policy: model, gradients: combined)
        let mlcMetrics = try term.step(Self.groups, policy: model, gradients: combined)
        let total = objectiveMetrics.adding(mlc: mlcMetrics)
        XCTAssertEqual(total.loss, objectiveMetrics.objectiveLoss + 0.8 * mlcMetrics.loss, accuracy: 1e-12)
        XCTAssertEqual(total.mlcLoss, mlcMetrics.loss)
        let logged = total.logValues
        XCTAssertEqual(logged["loss"], total.loss)
        XCTAssertEqual(logged["mlc_loss"], mlcMetrics.loss)
        XCTAssertEqual(logged["consistency/layer_2"], mlcMetrics.layers[0].consistency)
        XCTAssertEqual(logged["consistency"], mlcMetrics.layers[0].consistency)
        XCTAssertEqual(logged["rewards/margins"], objectiveMetrics.rewardsMargins)
        XCTAssertNil(logged["nll_loss"])
        _ = try dpo.step(Self.pairs, policy: model, gradients: onlyDPO)
        _ = try term.step(Self.groups, policy: model, gradients: onlyMLC)
        var worst: Float = 0, largest: Float = 0
        for i in 0..<n {
            worst = max(worst, abs(combined[i] - (onlyDPO[i] + onlyMLC[i])))
            largest = max(largest, abs(combined[i]))
        }
        XCTAssertGreaterThan(largest, 0)
        XCTAssertLessThanOrEqual(worst, 1e-6 * largest)
        XCTAssertGreaterThan(onlyMLC.array().map(abs).max() ?? 0, 0)

        let probeDPO = dpo, probeTerm = term
        try checkParameters(model, ["model.embed_tokens.weight", "model.layers.1.self_attn.q_proj.weight"],
                            analytic: combined) {
            var d = probeDPO, t = probeTerm
            return try d.step(Self.pairs, policy: model, gradients: nil).objectiveLoss
                + t.step(Self.groups, policy: model, gradients: nil).weightedLoss
        }
    }
}
