import XCTest
import Tensor
@testable import Alignment
import TestSupport

/// MLC losses on the representations of `mlc/expected.safetensors` against the values of
/// `mlc/expected.json` (4 prompts x 5 languages x 64 features, identity extractor, anchor en = row 0).
final class MLCLossFixtureTests: XCTestCase {
    private let prompts = 4, languages = 5, features = 64
    private var json: [String: Any] = [:]
    private var tensors: [String: (shape: [Int], values: [Float])] = [:]

    override func setUpWithError() throws {
        json = try LossTestSupport.jsonObject("mlc/expected.json")
        tensors = try LossTestSupport.readF32Safetensors(Fixtures.url("mlc/expected.safetensors"))
    }

    /// (tensor prefix, results path) of the four representation sets.
    private var sets: [(tensor: String, results: [String])] {
        [("rep.final", ["final"]), ("rep.layer1", ["layer1"]),
         ("chat.rep.final", ["chat", "final"]), ("chat.rep.layer1", ["chat", "layer1"])]
    }

    private func results(_ path: [String]) throws -> [String: Any] {
        var current: Any = try LossTestSupport.value(json, "results")
        for key in path { current = try LossTestSupport.value(current, key) }
        return try XCTUnwrap(current as? [String: Any])
    }

    private func representations(_ name: String) throws -> [Float] {
        let tensor = try XCTUnwrap(tensors[name], "missing tensor \(name)")
        XCTAssertEqual(tensor.shape, [prompts, languages, features])
        return tensor.values
    }

    private func groupLoss(_ loss: MLCGroupLoss, _ values: [Float], prompt: Int) throws -> (Double, [Float]) {
        let size = languages * features
        var gradient = [Float](repeating: 0, count: size)
        let value = try values.withUnsafeBufferPointer { all in
            try gradient.withUnsafeMutableBufferPointer { g in
                try loss.lossAndGradient(representations: UnsafeBufferPointer(rebasing: all[(prompt * size)..<((prompt + 1) * size)]),
                                         count: languages, dimension: features, gradient: g)
            }
        }
        return (value, gradient)
    }

    private let kinds: [(key: String, loss: MLCGroupLoss)] = [
        ("spectral", MLCGroupLoss(kind: .rank1Energy)),
        ("meancos", MLCGroupLoss(kind: .meanCosine)),
        ("anchor", MLCGroupLoss(kind: .anchor, anchorIndex: 0)),
        ("sv_softmax_tau1", MLCGroupLoss(kind: .svSoftmax, temperature: 1)),
    ]

    func testPerPromptLossesMatchFixture() throws {
        for set in sets {
            let values = try representations(set.tensor)
            let perPrompt = try XCTUnwrap(try results(set.results)["per_prompt"] as? [String: Any])
            for (key, loss) in kinds {
                let expected = try XCTUnwrap(perPrompt[key] as? [Double], key)
                for p in 0..<prompts {
                    let (value, gradient) = try groupLoss(loss, values, prompt: p)
                    LossTestSupport.assertClose(value, expected[p], 1e-5, "\(set.tensor) \(key) prompt \(p)")
                    XCTAssertGreaterThan(gradient.map { abs($0) }.max() ?? 0, 1e-4, "\(set.tensor) \(key) gradient")
                }
            }
        }
    }

    func testBatchMeansMatchFixture() throws {
        for set in sets {
            let values = try representations(set.tensor)
            let mean = try XCTUnwrap(try results(set.results)["mean"] as? [String: Any])
            for (key, loss) in kinds {
                var gradient = [Float](repeating: 0, count: values.count)
                let value = try values.withUnsafeBufferPointer { r in
                    try gradient.withUnsafeMutableBufferPointer { g in
                        try loss.meanLossAndGradient(representations: r, groupSizes: Array(repeating: languages, count: prompts),
                                                     dimension: features, gradient: g)
                    }
                }
                LossTestSupport.assertClose(value, try LossTestSupport.double(mean, key), 1e-5, "\(set.tensor) mean \(key)")
                // The batch gradient of group 2 is that group's gradient / number of groups.
                let (_, groupGradient) = try groupLoss(loss, values, prompt: 2)
                let size = languages * features
                for i in 0..<size {
                    XCTAssertEqual(gradient[2 * size + i], groupGradient[i] / Float(prompts), accuracy: 1e-7)
                }
            }
        }
    }

    func testGramEigenvaluesMatchFixture() throws {
        for set in sets {
            let values = try representations(set.tensor)
            let perPrompt = try XCTUnwrap(try results(set.results)["per_prompt"] as? [String: Any])
            let eigvals = try XCTUnwrap(perPrompt["eigvals"] as? [[Double]])
            let lambdaMax = try XCTUnwrap(perPrompt["lambda_max"] as? [Double])
            for p in 0..<prompts {
                let group = (0..<(languages * features)).map { Double(values[p * languages * features + $0]) }
                var z = [Double](repeating: 0, count: group.count)
                _ = group.withUnsafeBufferPointer { r in
                    z.withUnsafeMutableBufferPointer { MLCGroupMath.normalizeRows(r, m: languages, p: features, into: $0) }
                }
                let gram = z.withUnsafeBufferPointer { MLCGroupMath.gram($0, m: languages, p: features) }
                let eigen = try SymmetricEigen.jacobi(gram, n: languages)
                let ascending = Array(eigen.values.reversed())
                for j in 0..<languages {
                    XCTAssertEqual(ascending[j], eigvals[p][j], accuracy: 1e-5, "\(set.tensor) prompt \(p) eigenvalue \(j)")
                }
                XCTAssertEqual(eigen.values[0], lambdaMax[p], accuracy: 1e-5)
            }
        }
    }

    func testNormalisationAndGramMatchFixture() throws {
        for prefix in ["", "chat."] {
            for layer in ["final", "layer1"] {
                let raw = try representations("\(prefix)rep.\(layer)").map(Double.init)
                let unit = try XCTUnwrap(tensors["\(prefix)unit.\(layer)"]).values
                let gramExpected = try XCTUnwrap(tensors["\(prefix)gram.\(layer)"]).values
                var z = [Double](repeating: 0, count: raw.count)
                _ = raw.withUnsafeBufferPointer { r in
                    z.withUnsafeMutableBufferPointer {
                        MLCGroupMath.normalizeRows(r, m: prompts * languages, p: features, into: $0)
                    }
                }
                for i in z.indices { XCTAssertEqual(z[i], Double(unit[i]), accuracy: 1e-6) }
                for p in 0..<prompts {
                    let gram = z.withUnsafeBufferPointer {
                        MLCGroupMath.gram(UnsafeBufferPointer(rebasing: $0[(p * languages * features)...]),
                                          m: languages, p: features)
                    }
                    for i in 0..<(languages * languages) {
                        XCTAssertEqual(gram[i], Double(gramExpected[p * languages * languages + i]), accuracy: 1e-6)
                    }
                }
            }
        }
    }

    func testConsistencyScoreIsOneMinusSpectralOnFixture() throws {
        for set in sets {
            let values = try representations(set.tensor)
            let perPrompt = try XCTUnwrap(try results(set.results)["per_prompt"] as? [String: Any])
            let spectral = try XCTUnwrap(perPrompt["spectral"] as? [Double])
            let meancos = try XCTUnwrap(perPrompt["meancos"] as? [Double])
            let size = languages * features
            for p in 0..<prompts {
                let score = try values.withUnsafeBufferPointer {
                    try MLCGroupLoss.consistency(representations: UnsafeBufferPointer(rebasing: $0[(p * size)..<((p + 1) * size)]),
                                                 m: languages, p: features)
                }
                LossTestSupport.assertClose(score.score, 1 - spectral[p], 1e-5, "\(set.tensor) consistency \(p)")
                LossTestSupport.assertClose(score.meanPairwiseCosine, 1 - meancos[p], 1e-5, "\(set.tensor) cosine \(p)")
                XCTAssertGreaterThanOrEqual(score.score, 1.0 / Double(languages))
                XCTAssertLessThanOrEqual(score.score, 1)
            }
        }
    }
}
