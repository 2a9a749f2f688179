import Foundation

/// Per-example inputs of the preference losses: log-probability **sums over the response
/// tokens** (prompt tokens masked out) under the policy and the frozen reference model.
/// Everything is Double (inputs, losses, gradients): the engine's float32 sums convert exactly,
/// and differences of large sums (Δ, log-odds) lose no further digits.
///
/// The engine computes these sums; the losses return d loss / d policy sums, which the engine
/// back-propagates into every response token's log-prob (each token gets the same weight).
/// Losses on averages (IPO, SimPO, ORPO) divide by `max(tokens, 1)` (as TRL clamps its mask
/// sums), so an empty response cannot divide by zero.
public struct SequenceLogProbs: Equatable, Sendable {
    public var policyChosen, policyRejected: Double
    public var refChosen, refRejected: Double
    public var chosenTokens, rejectedTokens: Int

    public init(policyChosen: Double, policyRejected: Double, refChosen: Double = 0, refRejected: Double = 0,
                chosenTokens: Int, rejectedTokens: Int) {
        self.policyChosen = policyChosen
        self.policyRejected = policyRejected
        self.refChosen = refChosen
        self.refRejected = refRejected
        self.chosenTokens = chosenTokens
        self.rejectedTokens = rejectedTokens
    }

    /// Token counts as divisors, clamped to at least 1.
    var chosenDivisor: Double { Double(max(chosenTokens, 1)) }
    var rejectedDivisor: Double { Double(max(rejectedTokens, 1)) }
}

/// One example's loss and its exact gradient with respect to the two policy sums.
///
/// `rewardChosen` / `rewardRejected` are what TRL logs as `rewards/chosen|rejected`:
/// `beta * (pi - ref)` for DPO, `beta * average log-prob` for SimPO / ORPO.
public struct PreferenceLossOutput: Equatable, Sendable {
    public var loss: Double
    public var dPolicyChosen: Double
    public var dPolicyRejected: Double
    public var rewardChosen: Double
    public var rewardRejected: Double

    public init(loss: Double, dPolicyChosen: Double, dPolicyRejected: Double,
                rewardChosen: Double, rewardRejected: Double) {
        self.loss = loss
        self.dPolicyChosen = dPolicyChosen
        self.dPolicyRejected = dPolicyRejected
        self.rewardChosen = rewardChosen
        self.rewardRejected = rewardRejected
    }
}

/// A batch's loss (the mean of the per-example losses, as TRL reduces them) and, per example,
/// the gradient **of that mean** (per-example gradients already divided by the batch size).
public struct PreferenceBatchOutput: Equatable, Sendable {
    public var loss: Double
    public var examples: [PreferenceLossOutput]

    /// Means `outputs`' losses and scales their gradients by 1/N; an empty batch has loss 0.
    public init(meanOf outputs: [PreferenceLossOutput]) {
        guard !outputs.isEmpty else {
            self.loss = 0
            self.examples = []
            return
        }
        let scale = 1.0 / Double(outputs.count)
        self.loss = outputs.reduce(0) { $0 + $1.loss } * scale
        self.examples = outputs.map {
            var scaled = $0
            scaled.dPolicyChosen *= scale
            scaled.dPolicyRejected *= scale
            return scaled
        }
    }
}

/// A per-example preference loss; the batch loss is the mean over examples.
public protocol PreferenceLoss {
    func callAsFunction(_ x: SequenceLogProbs) -> PreferenceLossOutput
}

extension PreferenceLoss {
    /// Mean over the batch; gradients are those of the mean (see `PreferenceBatchOutput`).
    public func batch(_ examples: [SequenceLogProbs]) -> PreferenceBatchOutput {
        PreferenceBatchOutput(meanOf: examples.map { self($0) })
    }
}

/// Numerically stable scalar functions shared by the losses (all in Double).
enum LossScalarMath {
    /// log(1 + e^x) without overflow for large |x|.
    @inline(__always)
    static func softplus(_ x: Double) -> Double {
        max(x, 0) + log1p(exp(-abs(x)))
    }

    /// log sigma(x) = -softplus(-x).
    @inline(__always)
    static func logSigmoid(_ x: Double) -> Double { -softplus(-x) }

    /// sigma(x) = 1 / (1 + e^-x), evaluated on the side where exp cannot overflow.
    @inline(__always)
    static func sigmoid(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + exp(-x)) }
        let e = exp(x)
        return e / (1 + e)
    }

    /// log(1 - e^x) for x < 0: `log1p(-exp(x))` below -ln 2, `log(-expm1(x))` above
    /// (Maechler's split; each branch is accurate where the other loses digits).
    @inline(__always)
    static func log1mexp(_ x: Double) -> Double {
        x < -M_LN2 ? log1p(-exp(x)) : log(-expm1(x))
    }

    /// d/dx log(1 - e^x) = -e^x / (1 - e^x) = -1 / expm1(-x), for x < 0.
    @inline(__always)
    static func log1mexpDerivative(_ x: Double) -> Double { -1 / expm1(-x) }
}
