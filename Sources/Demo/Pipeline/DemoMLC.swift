import Foundation
import Tensor
import Models
import Alignment

/// The MLC term of the demo with its extractor: none (identity), the spec's trainable linear
/// one (with its own optimizer), or `centered`: r = h - mean of the step's pooled states
/// (a linear extractor with W = I and b = -mean, recomputed each step, no gradient through
/// the mean), so groups cannot become collinear by all collapsing onto one shared direction.
struct DemoMLC {
    private var term: MLCTerm
    private var extractorOptimizer: DemoOptimizer?
    private let centered: Bool

    init(_ settings: DemoMLCSettings, hiddenSize: Int, seed: UInt64, steps: Int) throws {
        var extractors: [LinearExtractor]?
        centered = settings.extractor == .centered
        switch settings.extractor {
        case .identity:
            break
        case .linear:
            let p = settings.extractorDimension ?? min(256, hiddenSize)
            let extractor = try LinearExtractor.orthogonalInit(p: p, d: hiddenSize, seed: seed ^ 0xE7)
            extractors = [extractor]
            extractorOptimizer = try DemoOptimizer(parameterCount: extractor.weight.count + extractor.bias.count,
                                                   learningRate: 1e-3, totalSteps: steps, warmupSteps: 0,
                                                   maxGradNorm: 1, minRatio: 1)
        case .centered:
            var eye = [Float](repeating: 0, count: hiddenSize * hiddenSize)
            for i in 0..<hiddenSize { eye[i * hiddenSize + i] = 1 }
            extractors = [try LinearExtractor(weight: eye, bias: [Float](repeating: 0, count: hiddenSize),
                                              outputDimension: hiddenSize, inputDimension: hiddenSize)]
        }
        term = try MLCTerm(groupLoss: MLCGroupLoss(kind: settings.loss, temperature: settings.temperature),
                           layers: [settings.layer], pooling: settings.pooling, extractors: extractors,
                           weight: settings.weight, anchorLanguage: World.alignmentLanguage)
    }

    /// Adds λ·∇L_MLC to `gradients` and updates the extractor (if any).
    mutating func step(_ groups: [MLCVariantGroup], policy: LlamaModel, gradients: FloatBuffer) throws -> MLCMetrics {
        if centered, var extractor = term.extractors?.first {
            extractor.bias = try pooledMean(groups, policy: policy).map { -$0 }
            term.extractors = [extractor]
        }
        let metrics = try term.step(groups, policy: policy, gradients: gradients)
        if var optimizer = extractorOptimizer, var extractor = term.extractors?.first {
            var parameters = extractor.weight + extractor.bias
            var grads = extractor.weightGradient + extractor.biasGradient
            _ = try parameters.withUnsafeMutableBufferPointer { p in
                try grads.withUnsafeMutableBufferPointer { g in try optimizer.update(p, g) }
            }
            let w = extractor.weight.count
            extractor.weight = Array(parameters[0..<w])
            extractor.bias = Array(parameters[w...])
            extractor.zeroGradients()
            term.extractors = [extractor]
            extractorOptimizer = optimizer
        }
        return metrics
    }

    /// Mean over every variant of `groups` of its pooled hidden state at the MLC layer.
    private func pooledMean(_ groups: [MLCVariantGroup], policy: LlamaModel) throws -> [Float] {
        let d = policy.config.hiddenSize
        let layer = try MLCTerm.resolve(term.layers[0], numLayers: policy.config.numLayers)
        let batch = try SequenceBatch(groups.flatMap(\.ids).map { TokenSequence(prompt: $0, response: []) })
        let pass = try policy.forward(tokens: batch.tokens, batch: batch.batch, seq: batch.seq, upToHidden: layer,
                                      logits: false)
        guard let hidden = pass.hiddenState(layer) else {
            throw AlignOnceError("mlc", "hidden state \(layer) was not computed")
        }
        var mean = [Float](repeating: 0, count: d)
        var count = 0
        for row in 0..<batch.batch {
            let positions = term.pooling == .last ? (batch.lengths[row] - 1)..<batch.lengths[row] : 0..<batch.lengths[row]
            for t in positions {
                let base = (row * batch.seq + t) * d
                for j in 0..<d { mean[j] += hidden.pointer[base + j] }
                count += 1
            }
        }
        return mean.map { $0 / Float(max(count, 1)) }
    }
}
