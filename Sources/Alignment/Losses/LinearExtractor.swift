import Foundation
import Tensor

/// The MLC `linear` extractor r = W h + b (W: p x d, b: p), trained jointly with the policy and
/// not exported with it. Works on batches of m rows: h is row-major [m x d], r is [m x p].
///
/// Gradients accumulate in `weightGradient` / `biasGradient` across `backward` calls (one per
/// group / micro-batch) until `zeroGradients()`.
public struct LinearExtractor: Equatable, Sendable {
    public let outputDimension: Int  // p
    public let inputDimension: Int  // d
    public var weight: [Float]  // [p x d], row-major
    public var bias: [Float]  // [p]
    public var weightGradient: [Float]
    public var biasGradient: [Float]

    public init(weight: [Float], bias: [Float], outputDimension p: Int, inputDimension d: Int) throws {
        guard p >= 1, d >= 1, weight.count == p * d, bias.count == p else {
            throw AlignOnceError("mlc extractor", "weight has \(weight.count) values and bias \(bias.count); "
                + "expected p*d = \(max(p, 0) * max(d, 0)) and p = \(p) with p, d >= 1")
        }
        self.outputDimension = p
        self.inputDimension = d
        self.weight = weight
        self.bias = bias
        self.weightGradient = [Float](repeating: 0, count: p * d)
        self.biasGradient = [Float](repeating: 0, count: p)
    }

    /// W with orthonormal rows (a random p-frame of R^d, as torch's `orthogonal_`), b = 0.
    /// Deterministic for a seed: Gaussian entries from SplitMix64 + Box–Muller, then modified
    /// Gram–Schmidt applied twice (re-orthogonalisation keeps rows orthogonal to ~1e-16).
    /// Throws unless 1 <= p <= d (more than d orthonormal rows cannot exist).
    public static func orthogonalInit(p: Int, d: Int, seed: UInt64) throws -> LinearExtractor {
        guard p >= 1, p <= d else {
            throw AlignOnceError("--mlc-dim", "orthogonal rows need 1 <= p <= d; got p = \(p), d = \(d)")
        }
        var random = SplitMix64(seed: seed)
        var rows = (0..<(p * d)).map { _ in random.nextGaussianDouble() }
        for k in 0..<p {
            for _ in 0..<2 {
                for j in 0..<k {
                    var dot = 0.0
                    for i in 0..<d { dot += rows[k * d + i] * rows[j * d + i] }
                    for i in 0..<d { rows[k * d + i] -= dot * rows[j * d + i] }
                }
            }
            var norm = 0.0
            for i in 0..<d { norm += rows[k * d + i] * rows[k * d + i] }
            norm = norm.squareRoot()
            guard norm > 1e-8 else {
                throw AlignOnceError("--seed", "random rows were degenerate for seed \(seed); try another seed")
            }
            for i in 0..<d { rows[k * d + i] /= norm }
        }
        return try LinearExtractor(weight: rows.map { Float($0) }, bias: [Float](repeating: 0, count: p),
                                   outputDimension: p, inputDimension: d)
    }

    /// r = h Wᵀ + b for m rows of h ([m x d] -> [m x p]).
    public func forward(_ h: UnsafeBufferPointer<Float>, rows m: Int) throws -> [Float] {
        try checkRows(h.count, columns: inputDimension, rows: m, name: "input h")
        let p = outputDimension, d = inputDimension
        var r = [Float](repeating: 0, count: m * p)
        for k in 0..<m { for j in 0..<p { r[k * p + j] = bias[j] } }
        guard let hBase = h.baseAddress, m > 0 else { return r }
        weight.withUnsafeBufferPointer { w in
            r.withUnsafeMutableBufferPointer { out in
                guard let wBase = w.baseAddress, let outBase = out.baseAddress else { return }
                BLAS.gemm(transB: true, m: m, n: p, k: d, a: hBase, lda: d, b: wBase, ldb: d,
                          beta: 1, c: outBase, ldc: p)
            }
        }
        return r
    }

    /// Given dL/dr ([m x p]) and the forward input h ([m x d]): returns dL/dh = dr W and
    /// accumulates dL/dW += drᵀ h, dL/db += Σ_rows dr.
    public mutating func backward(_ dr: UnsafeBufferPointer<Float>, input h: UnsafeBufferPointer<Float>,
                                  rows m: Int) throws -> [Float] {
        try checkRows(dr.count, columns: outputDimension, rows: m, name: "gradient dr")
        try checkRows(h.count, columns: inputDimension, rows: m, name: "input h")
        let p = outputDimension, d = inputDimension
        var dh = [Float](repeating: 0, count: m * d)
        guard let drBase = dr.baseAddress, let hBase = h.baseAddress, m > 0 else { return dh }
        for k in 0..<m { for j in 0..<p { biasGradient[j] += dr[k * p + j] } }
        weight.withUnsafeBufferPointer { w in
            dh.withUnsafeMutableBufferPointer { out in
                guard let wBase = w.baseAddress, let outBase = out.baseAddress else { return }
                BLAS.gemm(m: m, n: d, k: p, a: drBase, lda: p, b: wBase, ldb: d, c: outBase, ldc: d)
            }
        }
        weightGradient.withUnsafeMutableBufferPointer { dw in
            guard let dwBase = dw.baseAddress else { return }
            BLAS.gemm(transA: true, m: p, n: d, k: m, a: drBase, lda: p, b: hBase, ldb: d,
                      beta: 1, c: dwBase, ldc: d)
        }
        return dh
    }

    public mutating func zeroGradients() {
        for i in weightGradient.indices { weightGradient[i] = 0 }
        for i in biasGradient.indices { biasGradient[i] = 0 }
    }

    private func checkRows(_ count: Int, columns: Int, rows m: Int, name: String) throws {
        guard m >= 0, count == m * columns else {
            throw AlignOnceError("mlc extractor", "\(name) has \(count) values, expected \(m) rows x \(columns)")
        }
    }
}
