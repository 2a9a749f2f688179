import Foundation
import Tensor
import Models

/// Answers suite prompts with a loaded model: each prompt is one user turn in the model's
/// chat template plus the generation prompt, decoded with `BatchedGenerator` (greedy unless
/// `sampling` says otherwise; prompt i samples with seed `sampling.seed + i`).
public final class ModelResponseGenerator: ResponseGenerator {
    public let model: PretrainedModel
    public let batchSize: Int
    public let maxNewTokens: Int
    public let sampling: SamplingOptions

    public init(model: PretrainedModel, batchSize: Int = 8, maxNewTokens: Int = 256, sampling: SamplingOptions = .init()) throws {
        guard batchSize > 0 else { throw AlignOnceError("--batch-size", "must be positive, got \(batchSize)") }
        guard maxNewTokens > 0 else { throw AlignOnceError("--max-new-tokens", "must be positive, got \(maxNewTokens)") }
        self.model = model
        self.batchSize = batchSize
        self.maxNewTokens = maxNewTokens
        self.sampling = sampling
    }

    public func generate(prompts: [String], langs: [String], progress: (Int, Int) -> Void) throws -> [String] {
        let stopIds = model.stopTokenIds
        let generator = BatchedGenerator(model: model.model, batchSize: batchSize, stopIds: stopIds)
        var done = 0
        let ids = try generator.generate(prompts: prompts.map { model.promptIds(user: $0) }, maxNewTokens: maxNewTokens,
                                         sampling: sampling) { _, _ in
            done += 1
            progress(done, prompts.count)
        }
        return ids.map { model.responseText($0, stopIds: stopIds) }
    }
}

extension PretrainedModel {
    /// Generated ids as the answer text: stop tokens and other special tokens dropped,
    /// surrounding whitespace trimmed.
    func responseText(_ ids: [Int], stopIds: Set<Int>) -> String {
        tokenizer.decode(ids.filter { !stopIds.contains($0) }, skipSpecialTokens: true)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The `model:DIR` judge: a Llama-Guard-style model asked, through its own chat template, to
/// label the exchange; its first few greedy tokens are parsed as safe / unsafe.
extension PromptedSafetyClassifier {
    public init(guardModel: PretrainedModel, maxNewTokens: Int = 10) {
        self.init { text in
            let stopIds = guardModel.stopTokenIds
            let ids = try Models.generate(model: guardModel.model, prompt: guardModel.promptIds(user: text),
                                          maxNewTokens: maxNewTokens, stopIds: stopIds)
            return guardModel.responseText(ids, stopIds: stopIds)
        }
    }
}

extension JudgeChoice {
    /// The judge this choice names: the shipped keyword judge (plus `userCues`), or a
    /// classifier model loaded from its folder (refusals on benign prompts still by keywords).
    public func makeJudge(userCues: URL? = nil, fallback: KeywordJudge.Fallback = .bundled) throws -> ResponseJudge {
        let keywords = try KeywordJudge.standard(userCues: userCues, fallback: fallback)
        switch self {
        case .keyword:
            return keywords
        case .model(let directory):
            let guardModel = try PretrainedModel.load(directory.path)
            return ClassifierJudge(classifier: PromptedSafetyClassifier(guardModel: guardModel), refusalDetector: keywords)
        }
    }
}
