import Foundation

/// RMSNorm over the last dimension, as Hugging Face Llama computes it in float32:
/// `y = w ⊙ x / sqrt(mean(x²) + eps)`.
public enum RMSNorm {
    /// x, y: [rows, dim]; w: [dim]; invRMS: [rows] receives 1/sqrt(mean(x²)+eps) for backward.
    public static func forward(
        x: UnsafePointer<Float>, weight: UnsafePointer<Float>, eps: Float,
        rows: Int, dim: Int, y: UnsafeMutablePointer<Float>, invRMS: UnsafeMutablePointer<Float>?
    ) {
        Parallel.forEachChunk(rows, costPerItem: dim * 3) { range in
            for r in range {
                let xr = x + r * dim, yr = y + r * dim
                var sumSquares: Float = 0
                for i in 0..<dim { sumSquares += xr[i] * xr[i] }
                let inv = 1 / (sumSquares / Float(dim) + eps).squareRoot()
                invRMS?[r] = inv
                for i in 0..<dim { yr[i] = weight[i] * (xr[i] * inv) }
            }
        }
    }

    /// Accumulates dx += ∂L/∂x and dWeight += ∂L/∂w given dy.
    /// With n = x·inv: dx = inv · (w⊙dy − n · mean(n ⊙ w⊙dy)).
    /// `dWeight` accumulation is serial over rows per feature chunk so it needs no atomics.
    public static func backward(
        x: UnsafePointer<Float>, weight: UnsafePointer<Float>, invRMS: UnsafePointer<Float>,
        dy: UnsafePointer<Float>, rows: Int, dim: Int,
        dx: UnsafeMutablePointer<Float>, dWeight: UnsafeMutablePointer<Float>?
    ) {
        Parallel.forEachChunk(rows, costPerItem: dim * 5) { range in
            for r in range {
                let xr = x + r * dim, dyr = dy + r * dim, dxr = dx + r * dim
                let inv = invRMS[r]
                var dot: Float = 0
                for i in 0..<dim { dot += weight[i] * dyr[i] * xr[i] }
                let coefficient = dot * inv * inv / Float(dim)
                for i in 0..<dim { dxr[i] += inv * (weight[i] * dyr[i] - xr[i] * coefficient) }
            }
        }
        guard let dWeight else { return }
        Parallel.forEachChunk(dim, costPerItem: rows * 2) { features in
            for r in 0..<rows {
                let xr = x + r * dim, dyr = dy + r * dim
                let inv = invRMS[r]
                for i in features { dWeight[i] += dyr[i] * xr[i] * inv }
            }
        }
    }
}
