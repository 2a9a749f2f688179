import Foundation
import Tensor
import Models
import Alignment

/// The MLC term of the demo with its extractor: none (identity) or the spec's trainable
/// linear one (with its own optimizer), after the settings' centering (`MLCCentering`).
struct DemoMLC {
    private var term: MLCTerm
    private var extractorOptimizer: DemoOptimizer?

    /// `base`: the model before alignment, the reference of `shiftFromBase`; `languageTable`: the
    /// token languages of `languageGuard`.
    init(_ settings: DemoMLCSettings, hiddenSize: Int, seed: UInt64, steps: Int, base: LlamaModel,
         languageTable: LanguageTokenTable) throws {
        var extractors: [LinearExtractor]?
        if settings.extractor == .linear {
            let p = settings.extractorDimension ?? min(256, hiddenSize)
            let extractor = try LinearExtractor.orthogonalInit(p: p, d: hiddenSize, seed: seed ^ 0xE7)
            extractors = [extractor]
            extractorOptimizer = try DemoOptimizer(parameterCount: extractor.weight.count + extractor.bias.count,
                                                   learningRate: 1e-3, totalSteps: steps, warmupSteps: 0,
                                                   maxGradNorm: 1, minRatio: 1)
        }
        term = try MLCTerm(groupLoss: MLCGroupLoss(kind: settings.loss, temperature: settings.temperature),
                           layers: settings.layers, pooling: settings.pooling, extractors: extractors,
                           weight: settings.weight, anchorLanguage: World.alignmentLanguage)
        term.centering = settings.centering
        term.shiftReference = settings.shiftFromBase ? base : nil
        term.anchorRank = settings.shiftTargetRank
        if let mu = settings.languageGuard {
            term.languageGuard = try MLCLanguageGuard(weight: mu, table: languageTable)
        }
    }

    /// Adds λ·∇L_MLC to `gradients` and updates the extractor (if any).
    mutating func step(_ groups: [MLCVariantGroup], policy: LlamaModel, gradients: FloatBuffer) throws -> MLCMetrics {
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
}
