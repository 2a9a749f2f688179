import Foundation
import Tensor
import Models

/// Utility scores with a loaded model on raw text (no chat template, no BOS added).
///
/// Perplexity: every text is tokenized, cut into windows of at most `window` tokens (each
/// window scored on its own, its first token unpredicted), and
/// `exp(-Σ log p(token | previous) / number of predicted tokens)` is taken over all windows
/// of all texts. Log-likelihood (multiple choice, as lm-eval-harness): context and
/// continuation are tokenized separately and concatenated; the continuation's token
/// log-probabilities are summed.
public struct ModelScorer: LanguageModelScorer {
    public let model: PretrainedModel
    public let batchSize: Int
    public let window: Int

    public init(model: PretrainedModel, batchSize: Int = 8, window: Int? = nil) throws {
        guard batchSize > 0 else { throw AlignOnceError("--batch-size", "must be positive, got \(batchSize)") }
        // 512 by default: a step's attention scores grow with batch x window², and comparisons
        // (baseline vs aligned) only need the same window on both sides.
        let size = window ?? min(max(model.config.maxPositions, 2), 512)
        guard size >= 2 else { throw AlignOnceError("perplexity window", "must be at least 2 tokens, got \(size)") }
        self.model = model
        self.batchSize = batchSize
        self.window = size
    }

    func ids(_ text: String) -> [Int32] { model.tokenizer.encode(text).map { Int32($0) } }

    public func perplexity(texts: [String]) throws -> Double {
        var windows: [[Int32]] = []
        for text in texts {
            let all = ids(text)
            for start in stride(from: 0, to: all.count, by: window) { windows.append(Array(all[start..<min(start + window, all.count)])) }
        }
        let scores = try model.model.nextTokenLogProbs(windows, batchSize: batchSize)
        let count = scores.reduce(0) { $0 + $1.count }
        guard count > 0 else {
            throw AlignOnceError("--utility", "texts too short to score: perplexity needs a text of at least 2 tokens")
        }
        let total = scores.reduce(0.0) { sum, row in row.reduce(sum) { $0 + Double($1) } }
        return exp(-total / Double(count))
    }

    public func logLikelihood(context: String, continuation: String) throws -> Double {
        try logLikelihoods(context: context, continuations: [continuation])[0]
    }

    /// All choices of one question in one batched pass.
    public func logLikelihoods(context: String, continuations: [String]) throws -> [Double] {
        let contextIds = ids(context)
        guard !contextIds.isEmpty else { throw AlignOnceError("--mc", "question text encodes to no tokens") }
        let continuationIds = continuations.map(ids)
        let scores = try model.model.nextTokenLogProbs(continuationIds.map { contextIds + $0 }, batchSize: batchSize)
        return zip(scores, continuationIds).map { row, continuation in row.suffix(continuation.count).reduce(0.0) { $0 + Double($1) } }
    }
}
