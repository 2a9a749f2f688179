import Foundation

/// Rotary position embeddings, "rotate-half" layout (Hugging Face Llama/Qwen2/Mistral):
/// for channel pairs (i, i + d/2), `(a, b) -> (a cos θ − b sin θ, b cos θ + a sin θ)` with
/// θ = position · invFreq[i].
public struct RopeTable {
    public let headDim: Int
    public let invFreq: [Double]

    /// Frequencies for `headDim` channels; `scale` maps each base frequency to its scaled value
    /// (identity for default RoPE; see `ModelConfig` for linear and llama3 scaling).
    public init(headDim: Int, theta: Double, scale: (Double) -> Double = { $0 }) {
        self.headDim = headDim
        let half = headDim / 2
        invFreq = (0..<half).map { i in scale(1 / pow(theta, Double(2 * i) / Double(headDim))) }
    }

    /// cos/sin tables for the given positions: each [positions.count, headDim/2].
    public func tables(positions: [Int]) -> (cos: [Float], sin: [Float]) {
        let half = headDim / 2
        var c = [Float](repeating: 0, count: positions.count * half)
        var s = c
        for (row, p) in positions.enumerated() {
            for i in 0..<half {
                let angle = Double(p) * invFreq[i]
                c[row * half + i] = Float(cos(angle))
                s[row * half + i] = Float(sin(angle))
            }
        }
        return (c, s)
    }
}

public enum Rope {
    /// Rotates `heads` consecutive heads of `headDim` channels in each of `rows` rows in place.
    /// Row r starts at `x + r * rowStride`; it uses table row `tableRow(r)`.
    /// `inverse` applies the transpose rotation (−θ): the backward pass of the forward one.
    public static func apply(
        _ x: UnsafeMutablePointer<Float>, rows: Int, rowStride: Int, heads: Int, headDim: Int,
        cos: UnsafePointer<Float>, sin: UnsafePointer<Float>, tableRow: (Int) -> Int, inverse: Bool = false
    ) {
        let half = headDim / 2
        let sign: Float = inverse ? -1 : 1
        Parallel.forEachChunk(rows, costPerItem: heads * headDim * 3) { range in
            for r in range {
                let t = tableRow(r) * half
                for h in 0..<heads {
                    let base = x + r * rowStride + h * headDim
                    for i in 0..<half {
                        let c = cos[t + i], s = sign * sin[t + i]
                        let a = base[i], b = base[i + half]
                        base[i] = a * c - b * s
                        base[i + half] = b * c + a * s
                    }
                }
            }
        }
    }
}
