import Foundation
import Tensor

/// The MLC loss kinds of `docs/mlc-loss.md` (`--mlc-loss`).
public enum MLCLossKind: String, CaseIterable, Codable, Sendable {
    case svSoftmax = "sv-softmax"
    case rank1Energy = "rank1-energy"
    case meanCosine = "mean-cosine"
    case anchor
    /// Extension (not in the spec): mean squared distance of each variant to the anchor,
    /// `L = Σ_{k≠a} |r_k − r_a|² / ((m−1)·p)`, on raw rows (never normalised), anchor detached
    /// by default. Meant for alignment shifts (`MLCTerm.shiftReference`), which start at zero
    /// where a unit normalisation is undefined.
    case anchorMSE = "anchor-mse"
    case none

    /// Kinds that pull every variant towards one anchor language's.
    public var needsAnchor: Bool { self == .anchor || self == .anchorMSE }
}

/// The multilingual-consistency loss of one prompt group and its exact gradient.
///
/// Input: m ≥ 2 representation vectors r_1..r_m of dimension p, row-major in one [m*p] buffer
/// (row k = variant k). Each row is unit-normalised first (`normalize`, default on, as the
/// spec), the loss is computed on Z = [z_1..z_m], and the gradient is written with respect to
/// the raw r (through the normalisation's backward). All arithmetic is in Double; the Float
/// entry point converts at the boundary.
public struct MLCGroupLoss: Equatable, Sendable {
    public var kind: MLCLossKind
    /// τ of sv-softmax (> 0).
    public var temperature: Double
    /// Row of the anchor language (required by `anchor`, ignored otherwise).
    public var anchorIndex: Int?
    /// `anchor` only: treat the anchor row as a constant (stop-gradient).
    public var detachAnchor: Bool
    /// Unit-normalise each row first (spec default: on).
    public var normalize: Bool

    public init(kind: MLCLossKind = .svSoftmax, temperature: Double = 1.0, anchorIndex: Int? = nil,
                detachAnchor: Bool = true, normalize: Bool = true) {
        self.kind = kind
        self.temperature = temperature
        self.anchorIndex = anchorIndex
        self.detachAnchor = detachAnchor
        self.normalize = normalize
    }

    /// Loss of one group; `gradient` (m*p) is overwritten with dL/dr.
    /// Throws for m < 2, p < 1, wrong buffer sizes, non-finite input, a non-positive
    /// temperature (sv-softmax) or a missing / out-of-range anchor (anchor).
    public func lossAndGradient(representations: UnsafeBufferPointer<Float>, count m: Int, dimension p: Int,
                                gradient: UnsafeMutableBufferPointer<Float>) throws -> Double {
        try validate(representationCount: representations.count, gradientCount: gradient.count, m: m, p: p)
        var r = [Double](repeating: 0, count: m * p)
        for i in 0..<(m * p) { r[i] = Double(representations[i]) }
        var g = [Double](repeating: 0, count: m * p)
        let loss = try r.withUnsafeBufferPointer { rb in
            try g.withUnsafeMutableBufferPointer { gb in try core(rb, m: m, p: p, gradient: gb) }
        }
        for i in 0..<(m * p) { gradient[i] = Float(g[i]) }
        return loss
    }

    /// Double-precision variant (same semantics), used by finite-difference checks.
    public func lossAndGradient(representations: UnsafeBufferPointer<Double>, count m: Int, dimension p: Int,
                                gradient: UnsafeMutableBufferPointer<Double>) throws -> Double {
        try validate(representationCount: representations.count, gradientCount: gradient.count, m: m, p: p)
        return try core(representations, m: m, p: p, gradient: gradient)
    }

    private func validate(representationCount: Int, gradientCount: Int, m: Int, p: Int) throws {
        guard m >= 2 else {
            throw AlignOnceError("mlc group", "has \(m) variant(s); MLC needs at least 2 languages per prompt")
        }
        guard p >= 1 else { throw AlignOnceError("mlc group", "representation dimension is \(p), expected >= 1") }
        guard representationCount == m * p, gradientCount == m * p else {
            throw AlignOnceError("mlc group", "buffers hold \(representationCount) values and \(gradientCount) "
                + "gradient slots, expected m*p = \(m * p)")
        }
        if kind == .svSoftmax, !(temperature.isFinite && temperature > 0) {
            throw AlignOnceError("--mlc-temperature", "must be a positive finite number, got \(temperature)")
        }
        if kind.needsAnchor {
            guard let a = anchorIndex else {
                throw AlignOnceError("mlc group", "has no anchor-language variant; the anchor loss needs one")
            }
            guard a >= 0, a < m else {
                throw AlignOnceError("mlc group", "anchor index \(a) is outside the group's \(m) variants")
            }
        }
    }

    private func core(_ r: UnsafeBufferPointer<Double>, m: Int, p: Int,
                      gradient: UnsafeMutableBufferPointer<Double>) throws -> Double {
        guard r.allSatisfy({ $0.isFinite }) else {
            throw AlignOnceError("mlc group", "a representation has a non-finite value (NaN or infinity)")
        }
        if kind == .none {
            for i in 0..<(m * p) { gradient[i] = 0 }
            return 0
        }
        if kind == .anchorMSE { return anchorMSE(r, m: m, p: p, gradient: gradient) }
        var z = [Double](repeating: 0, count: m * p)
        let norms: [Double] = z.withUnsafeMutableBufferPointer { zb in
            if normalize { return MLCGroupMath.normalizeRows(r, m: m, p: p, into: zb) }
            for i in 0..<(m * p) { zb[i] = r[i] }
            return []
        }
        return try z.withUnsafeBufferPointer { zb in
            let (loss, coefficients) = try lossAndCoefficients(MLCGroupMath.gram(zb, m: m, p: p), m: m)
            MLCGroupMath.applyCoefficients(coefficients, z: zb, m: m, p: p, into: gradient)
            if normalize { MLCGroupMath.normalizeBackward(gradient, z: zb, norms: norms, m: m, p: p) }
            return loss
        }
    }

    /// `anchor-mse` on the raw rows: dL/dr_k = 2 (r_k − r_a) / ((m−1)·p), and the anchor row
    /// gets minus their sum unless detached.
    private func anchorMSE(_ r: UnsafeBufferPointer<Double>, m: Int, p: Int,
                           gradient: UnsafeMutableBufferPointer<Double>) -> Double {
        let a = anchorIndex ?? 0
        let scale = 1 / Double((m - 1) * p)
        var loss = 0.0
        for j in 0..<p { gradient[a * p + j] = 0 }
        for k in 0..<m where k != a {
            for j in 0..<p {
                let difference = r[k * p + j] - r[a * p + j]
                loss += difference * difference * scale
                gradient[k * p + j] = 2 * difference * scale
                if !detachAnchor { gradient[a * p + j] -= 2 * difference * scale }
            }
        }
        return loss
    }

    /// (loss, M) with dL/dZ = M Z for this kind; `gram` is G = Z Zᵀ.
    private func lossAndCoefficients(_ gram: [Double], m: Int) throws -> (Double, [Double]) {
        switch kind {
        case .svSoftmax:
            return MLCGroupMath.svSoftmax(eigen: try SymmetricEigen.jacobi(gram, n: m), temperature: temperature)
        case .rank1Energy:
            return MLCGroupMath.rank1Energy(gram: gram, eigen: try SymmetricEigen.jacobi(gram, n: m))
        case .meanCosine:
            return MLCGroupMath.meanCosine(gram: gram, m: m)
        case .anchor:
            return MLCGroupMath.anchor(gram: gram, m: m, anchor: anchorIndex ?? 0, detach: detachAnchor)
        case .none, .anchorMSE:
            return (0, [Double](repeating: 0, count: m * m))
        }
    }
}
