import Foundation
import Tensor
import Models

/// DPO and its TRL variants (`DPOLossType`, label smoothing) against a frozen reference, with
/// TRL's optional NLL of the chosen responses (`rpo_alpha`, RPO: Pang et al. 2024), which keeps
/// DPO from lowering the chosen likelihood along with the rejected one on small data.
public struct DPOObjective: AlignmentObjective {
    public let loss: DPOLoss
    public let reference: ReferenceSource
    /// Running reward mean of `bco_pair` (checkpointed with the run).
    public var bcoState: BCOState
    /// Weight of the token-mean NLL of the chosen responses (TRL `rpo_alpha`; 0 = plain DPO).
    public let rpoAlpha: Double

    public init(loss: DPOLoss, reference: ReferenceSource, bcoState: BCOState = BCOState(), rpoAlpha: Double = 0) {
        self.loss = loss
        self.reference = reference
        self.bcoState = bcoState
        self.rpoAlpha = rpoAlpha
    }

    public mutating func step(_ pairs: [TokenizedPair], policy: LlamaModel, gradients: FloatBuffer?,
                              sharedPass: SharedPassHook) throws -> ObjectiveMetrics {
        let pairwise = try PairwiseStep(policy: policy, pairs: pairs, training: gradients != nil)
        let refs = try reference.logProbs(for: pairs, batch: pairwise.batch)
        let output = loss.batch(pairwise.logProbs(reference: refs), bcoState: &bcoState)
        try pairwise.backward(output, nllWeight: rpoAlpha, nllTokens: .response, sharedPass: sharedPass, into: gradients)
        guard rpoAlpha > 0 else { return pairwise.metrics(output, objectiveLoss: output.loss) }
        let nll = pairwise.chosenNLL(.response).value
        var m = pairwise.metrics(output, objectiveLoss: output.loss + rpoAlpha * nll)
        m.nll = nll
        return m
    }
}

/// SimPO (TRL `CPOTrainer`, `loss_type="simpo"`), with CPO's optional NLL of the chosen
/// responses (`cpo_alpha`; TRL's CPO labels mask the prompt, so the NLL is response-only).
public struct SimPOObjective: AlignmentObjective {
    public let loss: SimPOLoss

    public init(loss: SimPOLoss) { self.loss = loss }

    public func step(_ pairs: [TokenizedPair], policy: LlamaModel, gradients: FloatBuffer?,
                              sharedPass: SharedPassHook) throws -> ObjectiveMetrics {
        let pairwise = try PairwiseStep(policy: policy, pairs: pairs, training: gradients != nil)
        let output = loss.batch(pairwise.logProbs())
        let nll = pairwise.chosenNLL(.response).value
        try pairwise.backward(output, nllWeight: loss.nllWeight, nllTokens: .response, sharedPass: sharedPass,
                                into: gradients)
        var m = pairwise.metrics(output, objectiveLoss: loss.total(nll: nll, batch: output))
        if loss.cpoAlpha > 0 { m.nll = nll }
        return m
    }
}

/// ORPO (TRL `ORPOTrainer`): NLL over the prompt and chosen tokens of all chosen sequences,
/// pooled, minus the mean of λ·log σ(log-odds ratio of the response averages).
public struct ORPOObjective: AlignmentObjective {
    public let loss: ORPOLoss

    public init(loss: ORPOLoss) { self.loss = loss }

    public func step(_ pairs: [TokenizedPair], policy: LlamaModel, gradients: FloatBuffer?,
                              sharedPass: SharedPassHook) throws -> ObjectiveMetrics {
        let pairwise = try PairwiseStep(policy: policy, pairs: pairs, training: gradients != nil, scoredTokens: .all)
        let examples = pairwise.logProbs()
        let output = loss.batch(examples)
        let nll = pairwise.chosenNLL(.all).value
        try pairwise.backward(output, nllWeight: 1, nllTokens: .all, sharedPass: sharedPass, into: gradients)
        var m = pairwise.metrics(output, objectiveLoss: loss.total(nll: nll, batch: output))
        m.nll = nll
        m.logOddsChosen = examples.reduce(0) { $0 + loss.logOddsRatio($1) } / Double(examples.count)
        return m
    }
}

/// Supervised fine-tuning: token-mean cross-entropy over the counted tokens of the whole
/// batch, pooled (TRL's `SFTTrainer`: completion-only when `counted == .response`).
public struct SFTObjective: AlignmentObjective {
    public let counted: CountedTokens

    public init(counted: CountedTokens = .response) { self.counted = counted }

    public func step(_ sequences: [TokenSequence], policy: LlamaModel, gradients: FloatBuffer?,
                              sharedPass: SharedPassHook) throws -> ObjectiveMetrics {
        let scorer = PolicyScorer(model: policy)
        let batch = try SequenceBatch(sequences)
        let scored = try scorer.score(batch, training: gradients != nil, scored: counted)
        let tokens = batch.counts(counted).reduce(0, +)
        // A batch with nothing to learn (all completions truncated away) has loss 0 and only
        // the shared-pass gradients.
        let nll = tokens > 0 ? -scored.sums(counted).reduce(0, +) / Double(tokens) : 0
        let hidden = try sharedPass(scored.pass)
        if let gradients {
            let dSums = [Double](repeating: tokens > 0 ? -1 / Double(tokens) : 0, count: batch.batch)
            try scorer.backward(scored, dTokenLogProbs: scored.tokenGradients(dSums: dSums, counted: counted),
                                hiddenGradients: hidden, into: gradients)
        }
        var m = ObjectiveMetrics(objectiveLoss: nll, tokens: tokens)
        m.nll = nll
        return m
    }
}
