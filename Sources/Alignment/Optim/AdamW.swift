import Foundation
import Tensor

/// AdamW over one flat parameter buffer, step for step like `torch.optim.AdamW`
/// (amsgrad=False, maximize=False):
///
///     p ← p − lr·λ·p                       (decoupled weight decay, decayed elements only)
///     m ← β1·m + (1−β1)·g
///     v ← β2·v + (1−β2)·g²
///     p ← p − (lr / (1−β1ᵗ)) · m / (√v / √(1−β2ᵗ) + ε)
///
/// Hyperparameters are Double like torch's Python floats; scalar coefficients (1−β, bias
/// corrections, lr·λ) are formed in Double and rounded to Float once, then the element loop runs
/// in Float, as torch does for fp32 parameters. (Forming 1−β2 from a Float β2 would be off by
/// 1e-5 relative.)
///
/// Excluding norms and biases from decay: the caller lists the flat-buffer ranges that must not
/// decay (`noDecayRanges`, e.g. every RMSNorm weight and bias); everything else decays. Ranges
/// are validated once at init and turned into sorted segments, so the hot loop is a handful of
/// contiguous runs, each a branch-free, vectorisable loop split over cores.
public struct AdamW: Codable, Sendable {
    public var learningRate: Double
    public var beta1: Double
    public var beta2: Double
    public var eps: Double
    public var weightDecay: Double
    public private(set) var noDecayRanges: [Range<Int>]
    public var m: [Float]
    public var v: [Float]
    /// Number of updates applied so far (torch's `state["step"]`).
    public var step: Int

    /// Everything but the moment buffers, for `state.json` (m and v go to the tensor file).
    public struct ScalarState: Codable, Equatable, Sendable {
        public var learningRate: Double
        public var beta1: Double
        public var beta2: Double
        public var eps: Double
        public var weightDecay: Double
        public var noDecayRanges: [Range<Int>]
        public var parameterCount: Int
        public var step: Int
    }

    public init(parameterCount: Int, learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
                eps: Double = 1e-8, weightDecay: Double = 0.0, noDecayRanges: [Range<Int>] = []) throws {
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps
        self.weightDecay = weightDecay
        self.noDecayRanges = try Self.validated(noDecayRanges, count: parameterCount)
        m = [Float](repeating: 0, count: parameterCount)
        v = [Float](repeating: 0, count: parameterCount)
        step = 0
    }

    /// Restores an optimizer from a checkpoint.
    public init(scalarState s: ScalarState, m: [Float], v: [Float]) throws {
        guard m.count == s.parameterCount, v.count == s.parameterCount else {
            throw AlignOnceError("optimizer state", "moment buffers hold \(m.count) / \(v.count) values, expected \(s.parameterCount)")
        }
        try self.init(parameterCount: s.parameterCount, learningRate: s.learningRate, beta1: s.beta1,
                      beta2: s.beta2, eps: s.eps, weightDecay: s.weightDecay, noDecayRanges: s.noDecayRanges)
        self.m = m
        self.v = v
        step = s.step
    }

    // Codable goes through `init(scalarState:m:v:)` so a decoded optimizer is validated too.
    private enum CodingKeys: String, CodingKey { case scalars, m, v }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(scalarState: container.decode(ScalarState.self, forKey: .scalars),
                      m: container.decode([Float].self, forKey: .m), v: container.decode([Float].self, forKey: .v))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(scalarState, forKey: .scalars)
        try container.encode(m, forKey: .m)
        try container.encode(v, forKey: .v)
    }

    public var scalarState: ScalarState {
        ScalarState(learningRate: learningRate, beta1: beta1, beta2: beta2, eps: eps, weightDecay: weightDecay,
                    noDecayRanges: noDecayRanges, parameterCount: m.count, step: step)
    }

    /// One update with the default learning rate.
    public mutating func update(parameters: UnsafeMutableBufferPointer<Float>,
                                gradients: UnsafeBufferPointer<Float>) throws {
        try update(parameters: parameters, gradients: gradients, learningRate: learningRate)
    }

    /// One update at `learningRate` (the scheduler's value for this step).
    public mutating func update(parameters: UnsafeMutableBufferPointer<Float>,
                                gradients: UnsafeBufferPointer<Float>, learningRate lr: Double) throws {
        try update(parameters: parameters, gradients: gradients, clearing: nil, learningRate: lr)
    }

    /// One update that also zeroes `gradients` as it reads them, ready for the next step's
    /// accumulation: the optimizer is bandwidth-bound, and this saves a separate pass over the
    /// gradient buffer.
    public mutating func update(parameters: UnsafeMutableBufferPointer<Float>,
                                consuming gradients: UnsafeMutableBufferPointer<Float>, learningRate lr: Double) throws {
        try update(parameters: parameters, gradients: UnsafeBufferPointer(gradients), clearing: gradients.baseAddress,
                   learningRate: lr)
    }

    private mutating func update(parameters: UnsafeMutableBufferPointer<Float>, gradients: UnsafeBufferPointer<Float>,
                                 clearing: UnsafeMutablePointer<Float>?, learningRate lr: Double) throws {
        let count = m.count
        guard parameters.count == count, gradients.count == count else {
            throw AlignOnceError("optimizer", "got \(parameters.count) parameters and \(gradients.count) gradients, expected \(count)")
        }
        step += 1
        let t = Double(step)
        let stepSize = Float(lr / (1 - pow(beta1, t)))
        let correction2Sqrt = Float((1 - pow(beta2, t)).squareRoot())
        let decayFactor = Float(1 - lr * weightDecay)
        let (oneMinusB1, b2, oneMinusB2, eps) = (Float(1 - beta1), Float(beta2), Float(1 - beta2), Float(self.eps))
        let segments = decaySegments(count: count)
        m.withUnsafeMutableBufferPointer { mBuf in
            v.withUnsafeMutableBufferPointer { vBuf in
                guard let p = parameters.baseAddress, let g = gradients.baseAddress,
                      let mp = mBuf.baseAddress, let vp = vBuf.baseAddress else { return }  // no parameters
                for (range, decays) in segments {
                    let shrink: Float = decays ? decayFactor : 1
                    Parallel.forEachChunk(range.count, costPerItem: 8) { chunk in
                        let lower = range.lowerBound + chunk.lowerBound
                        let upper = range.lowerBound + chunk.upperBound
                        Self.updateRun(lower..<upper, parameters: p, gradients: g, clearing: clearing, m: mp, v: vp,
                                       shrink: shrink, stepSize: stepSize, correction2Sqrt: correction2Sqrt,
                                       oneMinusB1: oneMinusB1, b2: b2, oneMinusB2: oneMinusB2, eps: eps)
                    }
                }
            }
        }
    }

    /// The element update over one contiguous run, eight lanes at a time. Through raw pointers
    /// the compiler cannot rule out aliasing between the four buffers and leaves a scalar loop
    /// with two divisions and a square root per element (compute-bound at ~10 GB/s); explicit
    /// SIMD makes it bandwidth-bound. Same operations in the same order as the scalar tail, so
    /// every element is updated bit-identically either way. `clearing` (the gradient buffer
    /// itself, or nil) is zeroed right after each block is read, while its cache line is still
    /// held: a separate memset pass would stream the whole buffer through memory again.
    @inline(__always)
    private static func updateRun(_ run: Range<Int>, parameters: UnsafeMutablePointer<Float>,
                                  gradients: UnsafePointer<Float>, clearing: UnsafeMutablePointer<Float>?,
                                  m: UnsafeMutablePointer<Float>,
                                  v: UnsafeMutablePointer<Float>, shrink: Float, stepSize: Float,
                                  correction2Sqrt: Float, oneMinusB1: Float, b2: Float, oneMinusB2: Float, eps: Float) {
        var i = run.lowerBound
        while i + 8 <= run.upperBound {
            let g = VectorMath.load(gradients + i), mOld = VectorMath.load(m + i)
            let mi = mOld + oneMinusB1 * (g - mOld)  // torch's lerp form
            let vi = VectorMath.load(v + i) * b2 + oneMinusB2 * (g * g)
            VectorMath.store(mi, m + i)
            VectorMath.store(vi, v + i)
            let denom = vi.squareRoot() / correction2Sqrt + eps
            VectorMath.store(VectorMath.load(parameters + i) * shrink - stepSize * (mi / denom), parameters + i)
            if let clearing { VectorMath.store(VectorMath.V(), clearing + i) }
            i += 8
        }
        while i < run.upperBound {
            let g = gradients[i]
            let mi = m[i] + oneMinusB1 * (g - m[i])
            let vi = v[i] * b2 + oneMinusB2 * (g * g)
            m[i] = mi
            v[i] = vi
            let denom = vi.squareRoot() / correction2Sqrt + eps
            parameters[i] = parameters[i] * shrink - stepSize * (mi / denom)
            clearing?[i] = 0
            i += 1
        }
    }

    /// Contiguous runs of 0..<count with their decay flag (no-decay ranges sorted, disjoint).
    private func decaySegments(count: Int) -> [(Range<Int>, Bool)] {
        var segments: [(Range<Int>, Bool)] = []
        var cursor = 0
        for range in noDecayRanges {
            if cursor < range.lowerBound { segments.append((cursor..<range.lowerBound, true)) }
            segments.append((range, false))
            cursor = range.upperBound
        }
        if cursor < count { segments.append((cursor..<count, true)) }
        return segments
    }

    private static func validated(_ ranges: [Range<Int>], count: Int) throws -> [Range<Int>] {
        let sorted = ranges.filter { !$0.isEmpty }.sorted { $0.lowerBound < $1.lowerBound }
        var previousEnd = 0
        for range in sorted {
            guard range.lowerBound >= previousEnd, range.upperBound <= count else {
                throw AlignOnceError("optimizer no-decay ranges", "range \(range) overlaps another or exceeds the \(count) parameters")
            }
            previousEnd = range.upperBound
        }
        return sorted
    }
}
