import Foundation
import Tensor

/// SimPO (TRL `CPOTrainer.cpo_loss`, `loss_type="simpo"`) for one example, on the policy's
/// average log-probs `ā = sum / n` (no reference model):
/// `L = -(1-ε) log σ(z) - ε log σ(-z)`, `z = beta*(ā_c - ā_r) - gamma`.
///
/// The batch objective is `mean(L) + cpoAlpha * NLL`, where `NLL` is the token-mean cross-entropy
/// of the chosen sequences computed by the engine; `nllWeight` is d objective / d NLL.
/// Gradients are with respect to the policy **sums** (the 1/n of the average is applied here).
public struct SimPOLoss: PreferenceLoss, Sendable {
    public let beta: Double
    public let gamma: Double
    public let cpoAlpha: Double
    public let labelSmoothing: Double

    public init(beta: Double = 2.0, gamma: Double = 0.5, cpoAlpha: Double = 0, labelSmoothing: Double = 0) throws {
        guard beta.isFinite, beta > 0 else {
            throw AlignOnceError("beta", "must be a positive finite number, got \(beta)")
        }
        guard gamma.isFinite else { throw AlignOnceError("simpo_gamma", "must be finite, got \(gamma)") }
        guard cpoAlpha.isFinite, cpoAlpha >= 0 else {
            throw AlignOnceError("cpo_alpha", "must be a finite number >= 0, got \(cpoAlpha)")
        }
        guard labelSmoothing.isFinite, labelSmoothing >= 0, labelSmoothing <= 1 else {
            throw AlignOnceError("label_smoothing", "must lie in [0, 1], got \(labelSmoothing)")
        }
        self.beta = beta
        self.gamma = gamma
        self.cpoAlpha = cpoAlpha
        self.labelSmoothing = labelSmoothing
    }

    /// d (batch objective) / d NLL of the chosen sequences: the engine scales the NLL's
    /// gradient by this (0 when there is no NLL term).
    public var nllWeight: Double { cpoAlpha }

    public func callAsFunction(_ x: SequenceLogProbs) -> PreferenceLossOutput {
        let nc = x.chosenDivisor, nr = x.rejectedDivisor
        let chosenAverage = x.policyChosen / nc, rejectedAverage = x.policyRejected / nr
        let z = beta * (chosenAverage - rejectedAverage) - gamma
        let eps = labelSmoothing
        let loss = -(1 - eps) * LossScalarMath.logSigmoid(z) - eps * LossScalarMath.logSigmoid(-z)
        let dz = -(1 - eps) * LossScalarMath.sigmoid(-z) + eps * LossScalarMath.sigmoid(z)
        return PreferenceLossOutput(loss: loss, dPolicyChosen: dz * beta / nc, dPolicyRejected: -dz * beta / nr,
                                    rewardChosen: beta * chosenAverage, rewardRejected: beta * rejectedAverage)
    }

    /// The batch objective `mean(L) + cpoAlpha * nll`.
    public func total(nll: Double, batch: PreferenceBatchOutput) -> Double {
        batch.loss + cpoAlpha * nll
    }
}

/// ORPO's odds-ratio part (TRL `ORPOTrainer.odds_ratio_loss`) for one example.
///
/// With policy averages `ā = sum / n`, the log-odds ratio is
/// `ℓ = (ā_c - ā_r) - (log(1 - e^ā_c) - log(1 - e^ā_r))` and TRL's per-example "ratio term" is
/// `λ log σ(ℓ)` (≤ 0). This returns `loss = -λ log σ(ℓ)`, the example's share of the objective,
/// with its gradient w.r.t. the policy sums. The batch objective (TRL `get_batch_loss_metrics`) is
///
///     ORPO = NLL - mean_i(λ log σ(ℓ_i)) = NLL + batch(examples).loss
///
/// where NLL is computed by the engine: the token-mean cross-entropy over the **prompt and the
/// chosen response** of all chosen sequences of the batch, pooled (sum of token NLLs divided by
/// the total number of predicted tokens), with gradient weight 1.
///
/// Averages must be < 0 (they are log-probs); an average ≥ 0 (a model certain of every token,
/// or bad input) is clamped to -1e-12 so that log(1 - e^ā) stays finite.
public struct ORPOLoss: PreferenceLoss, Sendable {
    public let lambda: Double

    public init(lambda: Double = 0.1) throws {
        guard lambda.isFinite, lambda >= 0 else {
            throw AlignOnceError("orpo_lambda", "must be a finite number >= 0, got \(lambda)")
        }
        self.lambda = lambda
    }

    private static let largestAverage = -1e-12

    /// Policy averages (clamped below 0) and the token counts they divide by.
    private func averages(_ x: SequenceLogProbs) -> (chosen: Double, rejected: Double, nc: Double, nr: Double) {
        let nc = x.chosenDivisor, nr = x.rejectedDivisor
        return (min(x.policyChosen / nc, Self.largestAverage), min(x.policyRejected / nr, Self.largestAverage), nc, nr)
    }

    private static func logOddsRatio(chosen c: Double, rejected r: Double) -> Double {
        (c - r) - (LossScalarMath.log1mexp(c) - LossScalarMath.log1mexp(r))
    }

    /// The log-odds ratio ℓ of one example (TRL logs its mean as `log_odds_chosen`).
    public func logOddsRatio(_ x: SequenceLogProbs) -> Double {
        let a = averages(x)
        return Self.logOddsRatio(chosen: a.chosen, rejected: a.rejected)
    }

    /// TRL's per-example ratio term `λ log σ(ℓ)` (= -loss).
    public func ratioTerm(_ x: SequenceLogProbs) -> Double {
        lambda * LossScalarMath.logSigmoid(logOddsRatio(x))
    }

    public func callAsFunction(_ x: SequenceLogProbs) -> PreferenceLossOutput {
        let a = averages(x)
        let ell = Self.logOddsRatio(chosen: a.chosen, rejected: a.rejected)
        let dEll = -lambda * LossScalarMath.sigmoid(-ell)  // d(-λ log σ(ℓ)) / dℓ
        let dEllDChosen = 1 - LossScalarMath.log1mexpDerivative(a.chosen)
        let dEllDRejected = -1 + LossScalarMath.log1mexpDerivative(a.rejected)
        return PreferenceLossOutput(loss: -lambda * LossScalarMath.logSigmoid(ell),
                                    dPolicyChosen: dEll * dEllDChosen / a.nc, dPolicyRejected: dEll * dEllDRejected / a.nr,
                                    rewardChosen: lambda * a.chosen, rewardRejected: lambda * a.rejected)
    }

    /// The batch objective `nll - mean_i(λ log σ(ℓ_i))`.
    public func total(nll: Double, batch: PreferenceBatchOutput) -> Double {
        nll + batch.loss
    }
}
