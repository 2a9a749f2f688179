import Foundation
import Tensor
import Models

/// What one objective step measured. `loss` is what the gradients are of: the objective loss,
/// plus `mlcWeight · mlcLoss` once an MLC term is folded in (`adding(mlc:)`).
/// Preference fields follow TRL's logged names (`rewards/chosen`, ...); nil when not applicable.
public struct ObjectiveMetrics: Codable, Equatable, Sendable {
    public var loss: Double
    public var objectiveLoss: Double
    /// Unweighted L_MLC (mean over groups and layers).
    public var mlcLoss: Double?
    /// Token-mean NLL where the objective has one (SFT, ORPO, SimPO with cpo_alpha > 0, DPO with rpo_alpha > 0).
    public var nll: Double?
    public var rewardsChosen: Double?
    public var rewardsRejected: Double?
    public var rewardsMargins: Double?
    public var rewardsAccuracies: Double?
    /// Mean policy response log-prob sums (TRL `logps/chosen|rejected`).
    public var logpsChosen: Double?
    public var logpsRejected: Double?
    /// Mean ORPO log-odds ratio (TRL `log_odds_chosen`).
    public var logOddsChosen: Double?
    /// Counted tokens of the objective in this step.
    public var tokens: Int
    /// Per-layer MLC results (raw-hidden-state consistency included), when an MLC term was added.
    public var mlcLayers: [MLCLayerMetrics]?
    /// The MLC language guard's loss and mean foreign-token mass, when it ran.
    public var mlcLanguageGuard: Double?
    public var foreignMass: Double?

    public init(objectiveLoss: Double, tokens: Int) {
        self.loss = objectiveLoss
        self.objectiveLoss = objectiveLoss
        self.tokens = tokens
    }

    /// These metrics with an MLC term's loss added (the gradients must have been accumulated
    /// into the same buffer).
    public func adding(mlc: MLCMetrics) -> ObjectiveMetrics {
        var out = self
        out.mlcLoss = mlc.loss
        out.mlcLayers = mlc.layers
        out.mlcLanguageGuard = mlc.languageGuard
        out.foreignMass = mlc.foreignMass.flatMap { $0.isEmpty ? nil : $0.values.reduce(0, +) / Double($0.count) }
        out.loss = objectiveLoss + mlc.weightedLoss
        return out
    }

    /// Flat values for `metrics.jsonl`, under TRL's / the metrics log's names: `loss`,
    /// `objective_loss`, `mlc_loss`, `consistency` (raw hidden states, mean over layers) and
    /// `consistency/layer_<l>`, `mean_cosine/layer_<l>`, `nll_loss`, `rewards/*`, `logps/*`,
    /// `log_odds_chosen`, `tokens`, `mlc_language_guard`, `foreign_mass`. Absent values are left out.
    public var logValues: [String: Double] {
        var v: [String: Double] = ["loss": loss, "objective_loss": objectiveLoss, "tokens": Double(tokens)]
        let optional: [(String, Double?)] = [
            ("mlc_loss", mlcLoss), ("nll_loss", nll), ("rewards/chosen", rewardsChosen),
            ("rewards/rejected", rewardsRejected), ("rewards/margins", rewardsMargins),
            ("rewards/accuracies", rewardsAccuracies), ("logps/chosen", logpsChosen),
            ("logps/rejected", logpsRejected), ("log_odds_chosen", logOddsChosen),
            ("mlc_language_guard", mlcLanguageGuard), ("foreign_mass", foreignMass),
        ]
        for (key, value) in optional { if let value { v[key] = value } }
        if let layers = mlcLayers, !layers.isEmpty {
            v["consistency"] = layers.reduce(0) { $0 + $1.consistency } / Double(layers.count)
            for layer in layers {
                v["consistency/layer_\(layer.layer)"] = layer.consistency
                v["mean_cosine/layer_\(layer.layer)"] = layer.meanPairwiseCosine
            }
        }
        return v
    }
}

/// Called with an objective's forward pass before its backward; returns hidden-state gradients
/// ([rows·seq, d] by hidden-state index) to back-propagate with the objective's own.
public typealias SharedPassHook = (ForwardPass) throws -> [Int: FloatBuffer]

/// A training objective over tokenized examples. `step` computes the batch loss and, when
/// `gradients` is given, ACCUMULATES its gradient w.r.t. the policy parameters into it (so an
/// MLC term or further micro-batches can add theirs to the same buffer).
///
/// `sharedPass` lets an MLC term read the source-language prompts from the objective's pass
/// (row i = example i's chosen / SFT sequence, which starts with its prompt) instead of running
/// them again: `{ pass in try term.step(groups, ..., sharing: MLCSharedPass(pass: pass, rows: ...)).sharedGradients }`.
public protocol AlignmentObjective {
    associatedtype Example
    mutating func step(_ examples: [Example], policy: LlamaModel, gradients: FloatBuffer?,
                       sharedPass: SharedPassHook) throws -> ObjectiveMetrics
}

extension AlignmentObjective {
    public mutating func step(_ examples: [Example], policy: LlamaModel, gradients: FloatBuffer?) throws -> ObjectiveMetrics {
        try step(examples, policy: policy, gradients: gradients, sharedPass: { _ in [:] })
    }
}

/// The shared shape of the pairwise objectives: one 2B-row forward, per-example policy sums of
/// the response tokens, a pairwise loss, an optional pooled NLL over the chosen rows, and one
/// backward of everything.
struct PairwiseStep {
    let scorer: PolicyScorer
    let pairs: [TokenizedPair]
    let batch: SequenceBatch
    let scored: ScoredBatch
    let sums: [Double]
    let counts: [Int]

    /// `training`: the step will back-propagate (enables LoRA dropout). `scoredTokens`: the
    /// tokens whose log-probs the loss reads (`.all` when an NLL covers the prompt too, as ORPO's).
    init(policy: LlamaModel, pairs: [TokenizedPair], training: Bool, scoredTokens: CountedTokens = .response) throws {
        guard !pairs.isEmpty else { throw AlignOnceError("batch", "has no preference pairs") }
        scorer = PolicyScorer(model: policy)
        self.pairs = pairs
        batch = try SequenceBatch(pairs: pairs)
        scored = try scorer.score(batch, training: training, scored: scoredTokens)
        sums = scored.sums(.response)
        counts = batch.counts(.response)
    }

    var n: Int { pairs.count }

    /// Loss inputs per example (reference sums 0 when not given).
    func logProbs(reference: [ReferenceLogProbs]? = nil) -> [SequenceLogProbs] {
        (0..<n).map { i in
            SequenceLogProbs(policyChosen: sums[i], policyRejected: sums[n + i],
                             refChosen: reference?[i].chosen ?? 0, refRejected: reference?[i].rejected ?? 0,
                             chosenTokens: counts[i], rejectedTokens: counts[n + i])
        }
    }

    /// Token-mean NLL pooled over the chosen rows' `counted` tokens: (value, token count).
    func chosenNLL(_ counted: CountedTokens) -> (value: Double, tokens: Int) {
        let s = scored.sums(counted), c = batch.counts(counted)
        let tokens = c[0..<n].reduce(0, +)
        return (tokens > 0 ? -s[0..<n].reduce(0, +) / Double(tokens) : 0, tokens)
    }

    /// Metrics of a pairwise batch output, TRL style.
    func metrics(_ output: PreferenceBatchOutput, objectiveLoss: Double) -> ObjectiveMetrics {
        var m = ObjectiveMetrics(objectiveLoss: objectiveLoss, tokens: counts.reduce(0, +))
        let scale = 1 / Double(n)
        let ex = output.examples
        m.rewardsChosen = ex.reduce(0) { $0 + $1.rewardChosen } * scale
        m.rewardsRejected = ex.reduce(0) { $0 + $1.rewardRejected } * scale
        m.rewardsMargins = ex.reduce(0) { $0 + $1.rewardChosen - $1.rewardRejected } * scale
        m.rewardsAccuracies = Double(ex.filter { $0.rewardChosen > $0.rewardRejected }.count) * scale
        m.logpsChosen = sums[0..<n].reduce(0, +) * scale
        m.logpsRejected = sums[n...].reduce(0, +) * scale
        return m
    }

    /// Back-propagates the pairwise loss's d/d(sums) plus `nllWeight` × the chosen NLL over
    /// `nllTokens`, and the hidden-state gradients `sharedPass` returns, into `gradients`
    /// (nothing when nil; `sharedPass` is called either way).
    func backward(_ output: PreferenceBatchOutput, nllWeight: Double = 0, nllTokens: CountedTokens = .response,
                  sharedPass: SharedPassHook, into gradients: FloatBuffer?) throws {
        let hidden = try sharedPass(scored.pass)
        guard let gradients else { return }
        var dSums = [Double](repeating: 0, count: 2 * n)
        for (i, e) in output.examples.enumerated() {
            dSums[i] = e.dPolicyChosen
            dSums[n + i] = e.dPolicyRejected
        }
        var g = scored.tokenGradients(dSums: dSums, counted: .response)
        let nllCount = chosenNLL(nllTokens).tokens
        if nllWeight != 0, nllCount > 0 {
            let dNLL = [Double](repeating: -nllWeight / Double(nllCount), count: n)
            scored.addTokenGradients(dSums: dNLL, counted: nllTokens, into: &g)
        }
        try scorer.backward(scored, dTokenLogProbs: g, hiddenGradients: hidden, into: gradients)
    }
}
