import Foundation

/// The gated MLP activation `silu(gate) ⊙ up`, with gate and up side by side in one row
/// (`[gate | up]`, width 2·I) because both come out of one fused GEMM.
public enum SwiGLU {
    @inline(__always) static func sigmoid(_ z: Float) -> Float { 1 / (1 + exp(-z)) }

    /// gateUp: [rows, 2I]; out: [rows, I].
    public static func forward(gateUp: UnsafePointer<Float>, rows: Int, inner: Int, out: UnsafeMutablePointer<Float>) {
        Parallel.forEachChunk(rows, costPerItem: inner * 8) { range in
            for r in range {
                let g = gateUp + r * 2 * inner, u = g + inner, o = out + r * inner
                for i in 0..<inner {
                    let z = g[i]
                    o[i] = z * sigmoid(z) * u[i]
                }
            }
        }
    }

    /// dGateUp ← gradient w.r.t. [gate | up] given dOut (overwrites).
    public static func backward(
        gateUp: UnsafePointer<Float>, dOut: UnsafePointer<Float>, rows: Int, inner: Int,
        dGateUp: UnsafeMutablePointer<Float>
    ) {
        Parallel.forEachChunk(rows, costPerItem: inner * 10) { range in
            for r in range {
                let g = gateUp + r * 2 * inner, u = g + inner, d = dOut + r * inner
                let dg = dGateUp + r * 2 * inner, du = dg + inner
                for i in 0..<inner {
                    let z = g[i], s = sigmoid(z)
                    let silu = z * s
                    du[i] = d[i] * silu
                    dg[i] = d[i] * u[i] * s * (1 + z * (1 - s))
                }
            }
        }
    }
}
