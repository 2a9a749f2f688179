import Foundation
import Tensor

/// The DPO-family losses, named as TRL's `DPOConfig.loss_type` names them.
public enum DPOLossType: String, CaseIterable, Codable, Sendable {
    case sigmoid, ipo, hinge, robust
    case bcoPair = "bco_pair"
    case sppoHard = "sppo_hard"
    case ncaPair = "nca_pair"
    case apoZero = "apo_zero"
}

/// The running reward mean of `bco_pair` (TRL 0.x `RunningMoments`, mean only).
///
/// TRL 0.x, per training batch: `rewards = mean(cat(beta*chosen_logratios, beta*rejected_logratios))`
/// (detached), `running.update(rewards)`, then `delta = running.mean`, so the batch's own rewards
/// are already in the mean it is shifted by. Each update counts as one sample (the reward is a
/// scalar), so the running mean is the plain mean of the per-batch reward means seen so far.
/// TRL starts the count at 1e-24 instead of 0; the difference is ~1e-24 relative.
/// TRL 1.x dropped the shift (`delta = 0`); set `tracksRunningMean = false` for that behaviour.
/// The shift is a constant for the gradient (TRL detaches it).
public struct BCOState: Equatable, Codable, Sendable {
    public var runningMean: Double
    public var count: Double
    public var tracksRunningMean: Bool

    public init(runningMean: Double = 0, count: Double = 0, tracksRunningMean: Bool = true) {
        self.runningMean = runningMean
        self.count = count
        self.tracksRunningMean = tracksRunningMean
    }

    /// Folds one batch's mean reward into the running mean (no-op when not tracking).
    public mutating func update(batchMeanReward reward: Double) {
        guard tracksRunningMean else { return }
        count += 1
        runningMean += (reward - runningMean) / count
    }

    /// The shift `delta` applied to the rewards inside the loss.
    public var delta: Double { tracksRunningMean ? runningMean : 0 }
}

/// A DPO-family loss for one example; a batch's loss is the mean (see `batch`).
///
/// With `a = pi_c - ref_c`, `b = pi_r - ref_r`, `Δ = a - b`, `z = beta*Δ`, `ε = labelSmoothing`:
/// - `sigmoid`: `-(1-ε) log σ(z) - ε log σ(-z)` (ε = 0: DPO; ε > 0: conservative DPO, TRL 0.x).
/// - `robust`: `(-(1-ε) log σ(z) + ε log σ(-z)) / (1-2ε)` (TRL 1.x, requires ε < 1/2).
/// - `ipo`: `(a/n_c - b/n_r - 1/(2 beta))²` (log-ratios per token, as TRL 1.x; counts clamped to ≥ 1).
/// - `hinge`: `max(0, 1 - z)` (gradient 0 at the kink, like torch's relu).
/// - `bco_pair`: `-log σ(beta*a - δ) - log σ(-(beta*b - δ))`, δ from `BCOState`.
/// - `sppo_hard`: `(a - 1/(2 beta))² + (b + 1/(2 beta))²`.
/// - `nca_pair`: `-log σ(beta*a) - ½ log σ(-beta*a) - ½ log σ(-beta*b)`.
/// - `apo_zero`: `1 - σ(beta*a) + σ(beta*b)`.
public struct DPOLoss: PreferenceLoss, Sendable {
    public let beta: Double
    public let lossType: DPOLossType
    public let labelSmoothing: Double

    /// Throws when beta is not a positive finite number or label smoothing is out of range
    /// ([0, 0.5) for `robust`, [0, 1] for `sigmoid`; other types ignore it).
    public init(beta: Double = 0.1, lossType: DPOLossType = .sigmoid, labelSmoothing: Double = 0) throws {
        guard beta.isFinite, beta > 0 else {
            throw AlignOnceError("beta", "must be a positive finite number, got \(beta)")
        }
        guard labelSmoothing.isFinite, labelSmoothing >= 0 else {
            throw AlignOnceError("label_smoothing", "must be a finite number >= 0, got \(labelSmoothing)")
        }
        if lossType == .robust, labelSmoothing >= 0.5 {
            throw AlignOnceError("label_smoothing", "must lie in [0, 0.5) for loss_type robust, got \(labelSmoothing)")
        }
        if lossType == .sigmoid, labelSmoothing > 1 {
            throw AlignOnceError("label_smoothing", "must lie in [0, 1] for loss_type sigmoid, got \(labelSmoothing)")
        }
        self.beta = beta
        self.lossType = lossType
        self.labelSmoothing = labelSmoothing
    }

    /// The loss with no BCO shift (δ = 0; only `bco_pair` uses it).
    public func callAsFunction(_ x: SequenceLogProbs) -> PreferenceLossOutput {
        self(x, bcoDelta: 0)
    }

    /// The loss for one example; `bcoDelta` is the (constant) reward shift of `bco_pair`.
    public func callAsFunction(_ x: SequenceLogProbs, bcoDelta: Double) -> PreferenceLossOutput {
        let a = x.policyChosen - x.refChosen
        let b = x.policyRejected - x.refRejected
        let z = beta * (a - b)
        let eps = labelSmoothing
        var loss = 0.0, dA = 0.0, dB = 0.0

        // Losses of the margin z only: compute dL/dz, then dA = beta*dL/dz, dB = -beta*dL/dz.
        func fromMargin(_ value: Double, _ dz: Double) {
            loss = value
            dA = beta * dz
            dB = -beta * dz
        }

        switch lossType {
        case .sigmoid:
            fromMargin(-(1 - eps) * LossScalarMath.logSigmoid(z) - eps * LossScalarMath.logSigmoid(-z),
                       -(1 - eps) * LossScalarMath.sigmoid(-z) + eps * LossScalarMath.sigmoid(z))
        case .robust:
            let scale = 1 / (1 - 2 * eps)
            fromMargin(scale * (-(1 - eps) * LossScalarMath.logSigmoid(z) + eps * LossScalarMath.logSigmoid(-z)),
                       scale * (-(1 - eps) * LossScalarMath.sigmoid(-z) - eps * LossScalarMath.sigmoid(z)))
        case .hinge:
            fromMargin(max(0, 1 - z), z < 1 ? -1 : 0)
        case .ipo:
            let nc = x.chosenDivisor, nr = x.rejectedDivisor
            let residual = a / nc - b / nr - 1 / (2 * beta)
            loss = residual * residual
            dA = 2 * residual / nc
            dB = -2 * residual / nr
        case .bcoPair:
            let chosen = beta * a - bcoDelta, rejected = beta * b - bcoDelta
            loss = -LossScalarMath.logSigmoid(chosen) - LossScalarMath.logSigmoid(-rejected)
            dA = -beta * LossScalarMath.sigmoid(-chosen)
            dB = beta * LossScalarMath.sigmoid(rejected)
        case .sppoHard:
            let winner = a - 0.5 / beta, loser = b + 0.5 / beta
            loss = winner * winner + loser * loser
            dA = 2 * winner
            dB = 2 * loser
        case .ncaPair:
            let chosen = beta * a, rejected = beta * b
            loss = -LossScalarMath.logSigmoid(chosen) - 0.5 * LossScalarMath.logSigmoid(-chosen)
                - 0.5 * LossScalarMath.logSigmoid(-rejected)
            dA = beta * (-LossScalarMath.sigmoid(-chosen) + 0.5 * LossScalarMath.sigmoid(chosen))
            dB = beta * 0.5 * LossScalarMath.sigmoid(rejected)
        case .apoZero:
            let sc = LossScalarMath.sigmoid(beta * a), sr = LossScalarMath.sigmoid(beta * b)
            loss = 1 - sc + sr
            dA = -beta * sc * (1 - sc)
            dB = beta * sr * (1 - sr)
        }
        // The reference sums are constants, so d/d(policy sum) = d/da and d/db.
        return PreferenceLossOutput(loss: loss, dPolicyChosen: dA, dPolicyRejected: dB,
                                    rewardChosen: beta * a, rewardRejected: beta * b)
    }

    /// The batch mean, updating `bcoState` first for `bco_pair` (as TRL 0.x does, the batch's
    /// own mean reward enters the shift); other loss types leave the state untouched.
    public func batch(_ examples: [SequenceLogProbs], bcoState: inout BCOState) -> PreferenceBatchOutput {
        guard lossType == .bcoPair, !examples.isEmpty else { return batch(examples) }
        var rewardSum = 0.0
        for x in examples {
            rewardSum += beta * (x.policyChosen - x.refChosen) + beta * (x.policyRejected - x.refRejected)
        }
        bcoState.update(batchMeanReward: rewardSum / Double(2 * examples.count))
        let delta = bcoState.delta
        return PreferenceBatchOutput(meanOf: examples.map { self($0, bcoDelta: delta) })
    }
}
