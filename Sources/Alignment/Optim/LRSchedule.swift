import Foundation

/// Learning-rate schedules of Hugging Face transformers (`optimization.py`), as a multiplier
/// of the base rate:
///
/// - warmup, all kinds: `step / max(1, warmup)` while `step < warmup` (linear from 0);
/// - `constant` (get_constant_schedule_with_warmup): 1 afterwards;
/// - `linear` (get_linear_schedule_with_warmup): `max(0, (total − step) / max(1, total − warmup))`;
/// - `cosine` (get_cosine_schedule_with_warmup, half a cycle; with `minRatio` > 0 it is
///   get_cosine_with_min_lr_schedule_with_warmup): with progress
///   `p = (step − warmup) / max(1, total − warmup)`,
///   `c = 0.5·(1 + cos(π·p))`, factor `max(0, c·(1 − minRatio) + minRatio)`.
///
/// `step` counts optimizer updates already applied, as the HF scheduler's internal counter does:
/// the first update uses `learningRate(step: 0)`, which is 0 when there is warmup.
public struct LRSchedule: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case cosine, linear, constant
    }

    public var kind: Kind
    public var baseRate: Double
    public var warmupSteps: Int
    public var totalSteps: Int
    /// Floor of the cosine, as a fraction of `baseRate` (HF's `min_lr_rate`).
    public var minRatio: Double

    public init(kind: Kind, baseRate: Double, warmupSteps: Int, totalSteps: Int, minRatio: Double = 0) {
        self.kind = kind
        self.baseRate = baseRate
        self.warmupSteps = warmupSteps
        self.totalSteps = totalSteps
        self.minRatio = minRatio
    }

    /// HF's resolution of warmup: explicit steps win; otherwise `ceil(ratio × total)`.
    public static func warmupSteps(steps: Int, ratio: Double, totalSteps: Int) -> Int {
        steps > 0 ? steps : Int((ratio * Double(totalSteps)).rounded(.up))
    }

    public func multiplier(step: Int) -> Double {
        if step < warmupSteps {
            return Double(step) / Double(max(1, warmupSteps))
        }
        let decaySpan = Double(max(1, totalSteps - warmupSteps))
        switch kind {
        case .constant:
            return 1
        case .linear:
            return max(0, Double(totalSteps - step) / decaySpan)
        case .cosine:
            let progress = Double(step - warmupSteps) / decaySpan
            let cosine = 0.5 * (1 + cos(Double.pi * progress))
            return max(0, cosine * (1 - minRatio) + minRatio)
        }
    }

    /// Double, like the optimizer's hyperparameters (torch keeps them as Python floats).
    public func learningRate(step: Int) -> Double {
        baseRate * multiplier(step: step)
    }
}
