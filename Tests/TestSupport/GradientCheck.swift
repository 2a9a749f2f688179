import XCTest
import Tensor

/// Central finite differences of a scalar function of a float buffer.
///
/// Float32 forward passes limit accuracy, so the check compares directional derivatives
/// along random directions (well conditioned) plus a few single coordinates, at a relative
/// tolerance of 1e-2 — far below the error of any wrong formula.
public enum GradientCheck {
    public static func randomVector(_ n: Int, seed: UInt64, scale: Float = 1) -> [Float] {
        var rng = SplitMix64(seed: seed)
        return (0..<n).map { _ in rng.nextGaussian() * scale }
    }

    /// Checks `analytic` (∂f/∂x at x) against finite differences of `f`.
    public static func check(
        _ name: String, x: [Float], analytic: [Float], eps: Float = 1e-2, tolerance: Double = 1e-2,
        file: StaticString = #filePath, line: UInt = #line, f: ([Float]) -> Double
    ) {
        XCTAssertEqual(x.count, analytic.count, name, file: file, line: line)
        let (worst, detail) = worstError(x: x, analytic: analytic, eps: eps, f: f)
        XCTAssertLessThanOrEqual(worst, tolerance, "\(name): \(detail)", file: file, line: line)
    }

    /// The largest relative disagreement over the trial directions, and a description of it.
    public static func worstError(x: [Float], analytic: [Float], eps: Float, f: ([Float]) -> Double) -> (Double, String) {
        var worst = 0.0, detail = ""
        let gradNorm = analytic.reduce(0.0) { $0 + Double($1) * Double($1) }.squareRoot()
        for trial in 0..<4 {
            // Trial 0 follows the analytic gradient itself, where the derivative is largest and
            // float32 noise matters least; the others are random directions.
            let dir = trial == 0 ? analytic.map { Float(Double($0) / max(gradNorm, 1e-30)) }
                                 : randomVector(x.count, seed: 1000 + UInt64(trial))
            var plus = x, minus = x
            for i in x.indices { plus[i] += eps * dir[i]; minus[i] -= eps * dir[i] }
            let numeric = (f(plus) - f(minus)) / (2 * Double(eps))
            var exact = 0.0, dirNorm = 0.0
            for i in x.indices { exact += Double(analytic[i]) * Double(dir[i]); dirNorm += Double(dir[i] * dir[i]) }
            // Judge random directions against |g|·|dir|/sqrt(n), the typical size of a directional
            // derivative: a wrong formula misses by that much, float noise by far less.
            let typical = gradNorm * dirNorm.squareRoot() / Double(x.count).squareRoot()
            let scale = max(abs(exact), abs(numeric), typical, 1e-6)
            let error = abs(exact - numeric) / scale
            if error >= worst {
                worst = error
                detail = "directional derivative \(exact) vs finite difference \(numeric) (trial \(trial))"
            }
        }
        return (worst, detail)
    }

    /// Σ w·y in double: a scalar loss whose gradient w.r.t. y is w.
    public static func dot(_ y: [Float], _ w: [Float]) -> Double {
        var s = 0.0
        for i in y.indices { s += Double(y[i]) * Double(w[i]) }
        return s
    }
}
