import Foundation
import Tensor
import Models
import Alignment
import Evaluation

/// Stage 3 behind one seam: evaluates one model on the world's eval suite. Today
/// `RunnerEvaluator` (EvaluationRunner + the demo's own minimal model adapters below); the
/// model-backed generators of the Evaluation module can replace the adapters later.
protocol DemoEvaluator {
    func evaluate(_ model: LlamaModel, progress: @escaping (String, Int, Int) -> Void) throws -> EvaluationOutcome
}

struct RunnerEvaluator: DemoEvaluator {
    let tokenizer: Tokenizer
    let suite: [SuiteItem]
    let utility: [UtilityText]
    let judge: KeywordJudge
    let maxNewTokens: Int
    let consistencyGroups: Int?

    init(datasets: DemoDatasets, tokenizer: Tokenizer, cueFile: URL, maxNewTokens: Int,
         utilityTextsPerLanguage: Int? = nil, consistencyGroups: Int? = nil, alignmentPrompts: Bool = false) throws {
        self.tokenizer = tokenizer
        suite = alignmentPrompts ? Self.alignmentSuite(datasets) : datasets.evalSuite.compactMap { record in
            PromptKind(rawValue: record.kind).map {
                SuiteItem(id: record.id, group: record.group, lang: record.lang, kind: $0, prompt: record.prompt)
            }
        }
        utility = datasets.utilityTexts.keys.sorted().flatMap { lang in
            (datasets.utilityTexts[lang] ?? []).prefix(utilityTextsPerLanguage ?? Int.max).map { UtilityText(lang: lang, text: $0) }
        }
        self.consistencyGroups = consistencyGroups
        judge = try KeywordJudge.standard(userCues: cueFile)
        self.maxNewTokens = maxNewTokens
    }

    func evaluate(_ model: LlamaModel, progress: @escaping (String, Int, Int) -> Void) throws -> EvaluationOutcome {
        let runner = EvaluationRunner(
            generator: GreedyGenerator(model: model, tokenizer: tokenizer, maxNewTokens: maxNewTokens),
            judge: judge, scorer: ModelScorer(model: model, tokenizer: tokenizer),
            representations: PromptRepresentations(model: model, tokenizer: tokenizer, maxGroups: consistencyGroups),
            progress: progress)
        return try runner.run(suite: suite, utility: utility)
    }

    /// Diagnostic suite: the alignment requests themselves in every MLC language (the prompts
    /// MLC trained on), to tell apart "MLC did not transfer" from "the transfer did not reach
    /// unseen items".
    static func alignmentSuite(_ datasets: DemoDatasets) -> [SuiteItem] {
        let refusals = Set(datasets.preference.map(\.rejected)).intersection(datasets.preference.map(\.chosen))
        return datasets.preference.enumerated().flatMap { index, record in
            record.variants.keys.sorted().compactMap { lang in
                record.variants[lang].map { prompt in
                    SuiteItem(id: "\(lang)-align-\(index)", group: "align-\(index)", lang: lang,
                              kind: refusals.contains(record.chosen) ? .harmful : .benign, prompt: prompt)
                }
            }
        }
    }

    /// The world's refusal markers as a keyword-judge cue file (`refusal_strong` per language),
    /// so a refusal in any world language is recognised whatever the bundled cues cover.
    static func writeCueFile(_ markers: [String: [String]], to url: URL) throws {
        let languages = markers.mapValues { ["refusal_strong": $0] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        do {
            try encoder.encode(["languages": languages]).write(to: url, options: .atomic)
        } catch {
            throw AlignOnceError(url.path, "cannot write the refusal cue file: \(error.localizedDescription)")
        }
    }
}

/// Greedy answers, one prompt at a time with the KV cache (the demo's model is tiny).
struct GreedyGenerator: ResponseGenerator {
    let model: LlamaModel
    let tokenizer: Tokenizer
    let maxNewTokens: Int

    func generate(prompts: [String], langs: [String], progress: (Int, Int) -> Void) throws -> [String] {
        let stops = Set(model.config.eosTokenIds + [tokenizer.tokenId(DemoModelFiles.endOfText)].compactMap { $0 })
        var answers: [String] = []
        for (index, prompt) in prompts.enumerated() {
            let ids = try Models.generate(model: model, prompt: DemoModelFiles.promptIds(tokenizer, user: prompt),
                                          maxNewTokens: maxNewTokens, stopIds: stops)
            answers.append(tokenizer.decode(ids.filter { !stops.contains($0) }, skipSpecialTokens: true))
            progress(index + 1, prompts.count)
        }
        return answers
    }
}

/// Perplexity and log-likelihoods from one forward per text.
struct ModelScorer: LanguageModelScorer {
    let model: LlamaModel
    let tokenizer: Tokenizer

    private func ids(_ text: String) -> [Int32] { tokenizer.encode(text).map { Int32($0) } }

    func perplexity(texts: [String]) throws -> Double {
        let sequences = texts.map { TokenSequence(prompt: [], response: ids($0)) }.filter { $0.count >= 2 }
        guard !sequences.isEmpty else { return .nan }
        let batch = try SequenceBatch(sequences)
        let sums = try PolicyScorer(model: model).sequenceSums(batch, counted: .all)
        let tokens = batch.counts(.all).reduce(0, +)
        return exp(-sums.reduce(0, +) / Double(max(tokens, 1)))
    }

    func logLikelihood(context: String, continuation: String) throws -> Double {
        let batch = try SequenceBatch([TokenSequence(prompt: ids(context), response: ids(continuation))])
        return try PolicyScorer(model: model).sequenceSums(batch, counted: .response)[0]
    }
}

/// Consistency of the raw last-prompt-token hidden states at every layer 0...L.
struct PromptRepresentations: RepresentationProvider {
    let model: LlamaModel
    let tokenizer: Tokenizer
    /// Only the first `maxGroups` groups are scored (nil = all).
    var maxGroups: Int?
    /// Groups per forward pass (bounds the activation memory).
    var groupsPerPass = 16

    func consistencyByLayer(groups allGroups: [[String]]) throws -> [Int: Double] {
        let groups = Array(allGroups.prefix(maxGroups ?? Int.max))
        let layers = model.config.numLayers, d = model.config.hiddenSize
        var totals = [Double](repeating: 0, count: layers + 1)
        var counted = 0
        for start in stride(from: 0, to: groups.count, by: groupsPerPass) {
            let chunk = groups[start..<min(start + groupsPerPass, groups.count)].filter { $0.count >= 2 }
            let prompts = chunk.flatMap { $0 }.map { DemoModelFiles.promptIds(tokenizer, user: $0) }
            guard !prompts.isEmpty else { continue }
            let batch = try SequenceBatch(prompts.map { TokenSequence(prompt: $0, response: []) })
            let pass = try model.forward(tokens: batch.tokens, batch: batch.batch, seq: batch.seq, logits: false)
            for layer in 0...layers {
                guard let hidden = pass.hiddenState(layer) else { continue }
                var row = 0
                for group in chunk {
                    var vectors = [Float](repeating: 0, count: group.count * d)
                    for k in group.indices {
                        let position = (row + k) * batch.seq + batch.lengths[row + k] - 1
                        for j in 0..<d { vectors[k * d + j] = hidden.pointer[position * d + j] }
                    }
                    let score = try vectors.withUnsafeBufferPointer {
                        try MLCGroupLoss.consistency(representations: $0, m: group.count, p: d).score
                    }
                    totals[layer] += score
                    row += group.count
                }
            }
            counted += chunk.count
        }
        guard counted > 0 else { return [:] }
        var result: [Int: Double] = [:]
        for layer in 0...layers { result[layer] = totals[layer] / Double(counted) }
        return result
    }
}
