import Foundation
import Tensor

/// Double-precision kernels of the MLC losses on one group of m variants.
///
/// Layout: a group is row-major m x p, row k = variant k (the spec's Z is its transpose).
/// Every loss here is a function of the Gram matrix G = Z Zᵀ (rows' dot products), so its
/// gradient has the form dL/dZ = M Z for an m x m coefficient matrix M: each kind only has to
/// produce (loss, M), and `applyCoefficients` does the one m x m by m x p product.
enum MLCGroupMath {
    /// Norm floor of the unit normalisation z = r / max(||r||, floor) (as torch's F.normalize).
    static let normFloor = 1e-12
    /// Singular values below this contribute no gradient to sv-softmax (subgradient 0; u = Zv/σ
    /// is undefined at σ = 0).
    static let singularValueFloor = 1e-6

    /// z_k = r_k / max(||r_k||, floor); returns the raw norms ||r_k||.
    static func normalizeRows(_ r: UnsafeBufferPointer<Double>, m: Int, p: Int,
                              into z: UnsafeMutableBufferPointer<Double>) -> [Double] {
        var norms = [Double](repeating: 0, count: m)
        for k in 0..<m {
            var sumSquares = 0.0
            for i in 0..<p { sumSquares += r[k * p + i] * r[k * p + i] }
            let norm = sumSquares.squareRoot()
            norms[k] = norm
            let inverse = 1 / max(norm, normFloor)
            for i in 0..<p { z[k * p + i] = r[k * p + i] * inverse }
        }
        return norms
    }

    /// In place dL/dz -> dL/dr: (I - z zᵀ) dL/dz / ||r|| per row, or dL/dz / floor where the
    /// norm was clamped (there the map is linear, r / floor).
    static func normalizeBackward(_ gradient: UnsafeMutableBufferPointer<Double>, z: UnsafeBufferPointer<Double>,
                                  norms: [Double], m: Int, p: Int) {
        for k in 0..<m {
            let norm = norms[k]
            if norm <= normFloor {
                for i in 0..<p { gradient[k * p + i] /= normFloor }
                continue
            }
            var radial = 0.0
            for i in 0..<p { radial += z[k * p + i] * gradient[k * p + i] }
            for i in 0..<p { gradient[k * p + i] = (gradient[k * p + i] - z[k * p + i] * radial) / norm }
        }
    }

    /// G = Z Zᵀ (m x m, symmetric).
    static func gram(_ z: UnsafeBufferPointer<Double>, m: Int, p: Int) -> [Double] {
        var g = [Double](repeating: 0, count: m * m)
        for j in 0..<m {
            for k in j..<m {
                var dot = 0.0
                for i in 0..<p { dot += z[j * p + i] * z[k * p + i] }
                g[j * m + k] = dot
                g[k * m + j] = dot
            }
        }
        return g
    }

    /// out = M Z (m x p).
    static func applyCoefficients(_ coefficients: [Double], z: UnsafeBufferPointer<Double>, m: Int, p: Int,
                                  into out: UnsafeMutableBufferPointer<Double>) {
        for k in 0..<m {
            for i in 0..<p { out[k * p + i] = 0 }
            for l in 0..<m {
                let c = coefficients[k * m + l]
                if c == 0 { continue }
                for i in 0..<p { out[k * p + i] += c * z[l * p + i] }
            }
        }
    }

    /// sigma_j = sqrt(max(lambda_j, 0)), descending, from the Gram eigenvalues. Eigenvalues
    /// within rounding of zero (below 64 ulp x tr(G)) are set to 0: their square roots
    /// (~1e-8) would be pure noise in the loss value (rank-deficient groups, m > p).
    static func singularValues(_ eigen: SymmetricEigen) -> [Double] {
        let trace = eigen.values.reduce(0) { $0 + max($1, 0) }
        let noiseFloor = 64 * Double.ulpOfOne * trace
        return eigen.values.map { $0 > noiseFloor ? $0.squareRoot() : 0 }
    }

    /// sv-softmax: L = logsumexp(σ/τ) - σ_1/τ; dL/dσ_j = (softmax_j - [j = 1]) / τ and
    /// dσ_j/dZ = u_j v_jᵀ with u_j = Z v_j / σ_j, i.e. M = Σ_j (dL/dσ_j / σ_j) v_j v_jᵀ.
    /// Ties among σ_2.. are harmless (equal weights make M basis-independent); at a tie with
    /// the top value the loss has a kink and M is the one-sided gradient of the eigenbasis
    /// Jacobi returns (the spec's "any consistent eigenbasis").
    static func svSoftmax(eigen: SymmetricEigen, temperature: Double) -> (loss: Double, coefficients: [Double]) {
        let m = eigen.n
        let sigma = singularValues(eigen)
        let scaled = sigma.map { $0 / temperature }
        let top = scaled.max() ?? 0
        let expSum = scaled.reduce(0) { $0 + exp($1 - top) }
        let loss = top + log(expSum) - scaled[0]
        var coefficients = [Double](repeating: 0, count: m * m)
        for j in 0..<m where sigma[j] >= singularValueFloor {
            let softmax = exp(scaled[j] - top) / expSum
            let dSigma = (softmax - (j == 0 ? 1 : 0)) / temperature
            addOuterProduct(&coefficients, eigen: eigen, column: j, weight: dSigma / sigma[j])
        }
        return (loss, coefficients)
    }

    /// rank1-energy: L = 1 - λ_1 / tr(G) (tr(G) = Σσ² = m for unit rows);
    /// M = -(2/T) v_1 v_1ᵀ + (2 λ_1 / T²) I. An all-zero group (T = 0) has loss 0, no gradient.
    static func rank1Energy(gram: [Double], eigen: SymmetricEigen) -> (loss: Double, coefficients: [Double]) {
        let m = eigen.n
        var coefficients = [Double](repeating: 0, count: m * m)
        let trace = (0..<m).reduce(0) { $0 + gram[$1 * m + $1] }
        guard trace > 0 else { return (0, coefficients) }
        let lambda = eigen.values[0]
        addOuterProduct(&coefficients, eigen: eigen, column: 0, weight: -2 / trace)
        for k in 0..<m { coefficients[k * m + k] += 2 * lambda / (trace * trace) }
        return (1 - lambda / trace, coefficients)
    }

    /// mean-cosine: L = 1 - mean_{j<k} G_jk; M_jk = -1/P off the diagonal (P = m(m-1)/2 pairs).
    static func meanCosine(gram: [Double], m: Int) -> (loss: Double, coefficients: [Double]) {
        let pairs = Double(m * (m - 1) / 2)
        var sum = 0.0
        var coefficients = [Double](repeating: 0, count: m * m)
        for j in 0..<m {
            for k in 0..<m where k != j {
                if j < k { sum += gram[j * m + k] }
                coefficients[j * m + k] = -1 / pairs
            }
        }
        return (1 - sum / pairs, coefficients)
    }

    /// anchor: L = 1 - mean_{k≠a} G_ak. Row k ≠ a gets -z_a/(m-1); the anchor row gets
    /// -Σ_{k≠a} z_k/(m-1) unless detached (stop-gradient: then nothing).
    static func anchor(gram: [Double], m: Int, anchor a: Int, detach: Bool) -> (loss: Double, coefficients: [Double]) {
        let others = Double(m - 1)
        var sum = 0.0
        var coefficients = [Double](repeating: 0, count: m * m)
        for k in 0..<m where k != a {
            sum += gram[a * m + k]
            coefficients[k * m + a] = -1 / others
            if !detach { coefficients[a * m + k] = -1 / others }
        }
        return (1 - sum / others, coefficients)
    }

    /// coefficients += weight * v_j v_jᵀ.
    private static func addOuterProduct(_ coefficients: inout [Double], eigen: SymmetricEigen, column j: Int,
                                        weight: Double) {
        let m = eigen.n
        for k in 0..<m {
            let vk = eigen.vectors[k * m + j] * weight
            for l in 0..<m { coefficients[k * m + l] += vk * eigen.vectors[l * m + j] }
        }
    }
}
