import Foundation
import XCTest
import Tensor
import Models
import TestSupport
@testable import Alignment

/// `LanguageTokenTable`, `MLCLanguageGuard`, the row logits it reads and `MLCTerm.languageGuard`.
final class MLCLanguageGuardTests: XCTestCase {
    /// en and de have 20 tokens of text each, sw only 4 (a low-resource language); token 7 is
    /// used by all three at the same rate, 1 only by en, 3 only by de, 5 only by sw.
    static let samples: [(language: String, tokens: [Int32])] = [
        ("en", [Int32](repeating: 1, count: 10) + [Int32](repeating: 7, count: 10)),
        ("de", [Int32](repeating: 3, count: 6) + [Int32](repeating: 7, count: 6)),
        ("de", [Int32](repeating: 3, count: 4) + [Int32](repeating: 7, count: 4)),
        ("sw", [5, 5, 7, 7]),
    ]

    func testForeignTokensAreJudgedByRateNotCount() throws {
        let table = try LanguageTokenTable(samples: Self.samples, vocabularySize: 8, minCount: 2)
        XCTAssertEqual(table.languages, ["de", "en", "sw"])
        // sw's two 5s make 5 its own (rate 0.5) although en has five times as many 1s.
        XCTAssertEqual(table.foreignTokens(of: "en"), [3, 5])
        XCTAssertEqual(table.foreignTokens(of: "de"), [1, 5])
        XCTAssertEqual(table.foreignTokens(of: "sw"), [1, 3])
        XCTAssertNil(table.foreignTokens(of: "fr"))
        // Below minCount a token is too rare to judge: 5 is foreign to no one.
        let strict = try LanguageTokenTable(samples: Self.samples, vocabularySize: 8, minCount: 5)
        XCTAssertEqual(strict.foreignTokens(of: "en"), [3])
        XCTAssertEqual(strict.foreignTokens(of: "sw"), [1, 3])
    }

    /// A language's small share of a token (below maxShare) still makes the token foreign to it.
    func testMaxShareDecidesSmallShares() throws {
        // Token 2: en rate 9/10, de rate 1/100 -> de's share 0.011.
        let samples: [(language: String, tokens: [Int32])] = [
            ("en", [Int32](repeating: 2, count: 9) + [0]),
            ("de", [2] + [Int32](repeating: 4, count: 99)),
        ]
        XCTAssertEqual(try LanguageTokenTable(samples: samples, vocabularySize: 5, minCount: 1).foreignTokens(of: "de"),
                       [0, 2])
        XCTAssertEqual(try LanguageTokenTable(samples: samples, vocabularySize: 5, minCount: 1, maxShare: 0.01)
                        .foreignTokens(of: "de"), [0])
    }

    func testBadTablesAreErrors() {
        XCTAssertThrowsError(try LanguageTokenTable(samples: [("en", [1, 2])], vocabularySize: 4)) {
            XCTAssertEqual("\($0)", "language text: needs text in at least two languages, got [\"en\"]")
        }
        XCTAssertThrowsError(try LanguageTokenTable(samples: [("en", [1]), ("de", [9])], vocabularySize: 4)) {
            XCTAssertEqual("\($0)", "language text: token id 9 is outside the vocabulary (0..<4)")
        }
        XCTAssertThrowsError(try LanguageTokenTable(samples: Self.samples, vocabularySize: 8, maxShare: 1))
        XCTAssertThrowsError(try MLCLanguageGuard(weight: -1, table: LanguageTokenTable(samples: Self.samples, vocabularySize: 8)))
    }

    /// -log(1 - m) by hand for a de row (1 and 5 foreign), a row of a language the table does not
    /// know (not counted), and the gradient against central differences.
    func testGuardLossAndGradient() throws {
        let table = try LanguageTokenTable(samples: Self.samples, vocabularySize: 8, minCount: 2)
        let languageGuard = try MLCLanguageGuard(weight: 1, table: table)
        let logits: [Float] = [0.5, 1.0, -0.3, 0.2, 0.0, 0.7, -1.0, 0.3,
                               2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0,
                               0.1, -0.4, 0.9, 1.5, 0.0, -0.2, 0.3, 0.6]
        let languages = ["de", "fr", "sw"]
        let result = try languageGuard.lossAndGradient(logits: logits, languages: languages, scale: 3)
        func foreignMass(_ row: Int, _ foreign: [Int]) -> Double {
            let z = (0..<8).map { Double(logits[row * 8 + $0]) }
            let total = z.map(Foundation.exp).reduce(0, +)
            return foreign.map { Foundation.exp(z[$0]) }.reduce(0, +) / total
        }
        let mDE = foreignMass(0, [1, 5]), mSW = foreignMass(2, [1, 3])
        XCTAssertEqual(result.loss, (-Foundation.log(1 - mDE) - Foundation.log(1 - mSW)) / 2, accuracy: 1e-6)
        XCTAssertEqual(result.foreignMass["de"] ?? -1, mDE, accuracy: 1e-6)
        XCTAssertEqual(result.foreignMass["sw"] ?? -1, mSW, accuracy: 1e-6)
        XCTAssertNil(result.foreignMass["fr"])
        XCTAssertTrue(result.gradient[8..<16].allSatisfy { $0 == 0 }, "a language without text is not guarded")
        GradientCheck.check("guard logits", x: logits, analytic: result.gradient, eps: 1e-2, tolerance: 1e-2) { z in
            3 * ((try? languageGuard.lossAndGradient(logits: z, languages: languages, scale: 3).loss) ?? .nan)
        }
        XCTAssertThrowsError(try languageGuard.lossAndGradient(logits: [0, 1], languages: ["de"], scale: 1))
    }

    /// `logits(_:rows:)` equals the full pass's logits; `backwardLogits` then `backward` gives the
    /// parameter gradients of a full backward whose logit gradient is zero elsewhere.
    func testRowLogitsAndTheirBackwardMatchTheFullPass() throws {
        let model = ObjectiveGradientTests.model(seed: 31), c = ObjectiveGradientTests.config
        let tokens: [Int32] = [3, 7, 1, 22, 5, 9, 2, 0, 11, 4, 8, 2]
        let pass = try model.forward(tokens: tokens, batch: 2, seq: 6)
        let rows = [3, 10]
        let selected = try model.logits(pass, rows: rows)
        let full = try XCTUnwrap(pass.logits)
        for (k, row) in rows.enumerated() {
            for j in 0..<c.vocabSize {
                XCTAssertEqual(selected[k * c.vocabSize + j], full[row * c.vocabSize + j], accuracy: 1e-5)
            }
        }
        let dLogits = (0..<(rows.count * c.vocabSize)).map { Float(sin(Double($0) * 0.37)) }
        let dense = FloatBuffer(count: pass.rows * c.vocabSize)
        for (k, row) in rows.enumerated() {
            for j in 0..<c.vocabSize { dense[row * c.vocabSize + j] = dLogits[k * c.vocabSize + j] }
        }
        let expected = FloatBuffer(count: model.parameterCount)
        model.backward(pass, dLogits: dense, gradients: expected)
        let actual = FloatBuffer(count: model.parameterCount)
        let hidden = FloatBuffer(count: pass.rows * c.hiddenSize)
        try model.backwardLogits(pass, rows: rows, dLogits: dLogits, hiddenGradient: hidden, gradients: actual)
        model.backward(pass, hiddenGradients: [c.numLayers: hidden], gradients: actual)
        let a = expected.array(0..<model.parameterCount), b = actual.array(0..<model.parameterCount)
        XCTAssertGreaterThan(a.map(abs).max() ?? 0, 0)
        for i in a.indices { XCTAssertEqual(b[i], a[i], accuracy: 1e-4 * max(1, abs(a[i])), "parameter \(i)") }

        let stopped = try model.forward(tokens: tokens, batch: 2, seq: 6, upToHidden: 2, logits: false)
        XCTAssertThrowsError(try model.logits(stopped, rows: rows)) {
            XCTAssertEqual("\($0)", "logits: the forward pass stopped at hidden state 2; logits need every layer")
        }
        XCTAssertThrowsError(try model.logits(pass, rows: [12]))
    }

    /// MLC with the guard: the guard's loss enters weightedLoss as λ·μ·L_guard, only the
    /// non-anchor variants are guarded, and the gradient (through every layer and the LM head)
    /// matches central differences.
    func testTermWithGuardGradient() throws {
        let model = ObjectiveGradientTests.model(seed: 33)
        let samples: [(language: String, tokens: [Int32])] = [
            ("en", (1...9).flatMap { [Int32]($0...$0 + 2) }),
            ("zh", (10...18).flatMap { [Int32]($0...$0 + 2) }),
            ("sw", (19...26).flatMap { [Int32]($0...$0 + 2) }),
        ]
        let table = try LanguageTokenTable(samples: samples, vocabularySize: 29, minCount: 2)
        var term = try MLCTerm(groupLoss: MLCGroupLoss(kind: .svSoftmax), layers: [2], weight: 1.5)
        term.languageGuard = try MLCLanguageGuard(weight: 2, table: table)
        let gradients = FloatBuffer(count: model.parameterCount)
        let metrics = try term.step(ObjectiveGradientTests.groups, policy: model, gradients: gradients)
        let guardLoss = try XCTUnwrap(metrics.languageGuard)
        XCTAssertGreaterThan(guardLoss, 0.1)
        XCTAssertEqual(metrics.weightedLoss, 1.5 * (metrics.loss + 2 * guardLoss), accuracy: 1e-9)
        XCTAssertEqual(metrics.foreignMass.map { Array($0.keys).sorted() }, ["sw", "zh"])
        let probe = term
        for name in ["model.embed_tokens.weight", "model.layers.0.self_attn.q_proj.weight",
                     "model.layers.2.mlp.down_proj.weight", "model.norm.weight", "lm_head.weight"] {
            let entry = try XCTUnwrap(model.layout.entry(name), name)
            let original = model.parameters.array(entry.range)
            GradientCheck.check(name, x: original, analytic: gradients.array(entry.range), eps: 2e-3, tolerance: 2e-2) { v in
                for i in v.indices { model.parameters[entry.offset + i] = v[i] }
                defer { for i in original.indices { model.parameters[entry.offset + i] = original[i] } }
                var copy = probe
                return (try? copy.step(ObjectiveGradientTests.groups, policy: model, gradients: nil).weightedLoss) ?? .nan
            }
        }
        var plain = term
        plain.languageGuard = nil
        let plainMetrics = try plain.step(ObjectiveGradientTests.groups, policy: model, gradients: nil)
        XCTAssertEqual(plainMetrics.loss, metrics.loss, accuracy: 1e-9, "the guard leaves L_MLC as it is")
        XCTAssertNil(plainMetrics.languageGuard)
    }

    /// Under LoRA the gradient buffer holds the adapters: the guard's gradient reaches them
    /// through every layer (central differences), and the frozen LM head is left alone.
    func testTermWithGuardGradientUnderLoRA() throws {
        let model = ObjectiveGradientTests.model(seed: 35)
        let lora = try LoRAAdapters(model: ObjectiveGradientTests.config,
                                    config: LoRAConfig(rank: 2, alpha: 4, targets: LoRATarget.allCases), seed: 6)
        for i in 0..<lora.parameters.count { lora.parameters[i] = Float(sin(Double(i) * 0.7)) * 0.2 }
        model.lora = lora
        let samples: [(language: String, tokens: [Int32])] = [
            ("en", (1...9).flatMap { [Int32]($0...$0 + 2) }),
            ("zh", (10...18).flatMap { [Int32]($0...$0 + 2) }),
            ("sw", (19...26).flatMap { [Int32]($0...$0 + 2) }),
        ]
        var term = try MLCTerm(groupLoss: MLCGroupLoss(kind: .svSoftmax), layers: [1])
        term.languageGuard = try MLCLanguageGuard(weight: 3, table: LanguageTokenTable(samples: samples, vocabularySize: 29, minCount: 2))
        let weightsBefore = model.parameters.array(0..<model.parameterCount)
        let gradients = FloatBuffer(count: model.trainableParameterCount)
        _ = try term.step(ObjectiveGradientTests.groups, policy: model, gradients: gradients)
        XCTAssertEqual(model.parameters.array(0..<model.parameterCount), weightsBefore)
        let probe = term
        let original = lora.parameters.array(0..<lora.parameters.count)
        GradientCheck.check("LoRA adapters", x: original, analytic: gradients.array(0..<gradients.count),
                            eps: 2e-3, tolerance: 2e-2) { v in
            for i in v.indices { lora.parameters[i] = v[i] }
            defer { for i in original.indices { lora.parameters[i] = original[i] } }
            var copy = probe
            return (try? copy.step(ObjectiveGradientTests.groups, policy: model, gradients: nil).weightedLoss) ?? .nan
        }
    }
}
