import Foundation

/// The gated MLP activation `silu(gate) ⊙ up`, with gate and up side by side in one row
/// (`[gate | up]`, width 2·I) because both come out of one fused GEMM.
public enum SwiGLU {
    typealias V = VectorMath.V

    /// gateUp: [rows, 2I]; out: [rows, I].
    public static func forward(gateUp: UnsafePointer<Float>, rows: Int, inner: Int, out: UnsafeMutablePointer<Float>) {
        Parallel.forEachChunk(rows, costPerItem: inner * 8) { range in
            for r in range {
                let g = gateUp + r * 2 * inner, u = g + inner, o = out + r * inner
                var i = 0
                while i + 8 <= inner {
                    let z = VectorMath.load(g + i)
                    VectorMath.store(z * VectorMath.sigmoid(z) * VectorMath.load(u + i), o + i)
                    i += 8
                }
                while i < inner {
                    let z = g[i]
                    o[i] = z / (1 + exp(-z)) * u[i]
                    i += 1
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
                var i = 0
                while i + 8 <= inner {
                    let z = VectorMath.load(g + i), s = VectorMath.sigmoid(z), dv = VectorMath.load(d + i)
                    VectorMath.store(dv * z * s, du + i)
                    VectorMath.store(dv * VectorMath.load(u + i) * s * (1 + z * (1 - s)), dg + i)
                    i += 8
                }
                while i < inner {
                    let z = g[i], s = 1 / (1 + exp(-z))
                    du[i] = d[i] * z * s
                    dg[i] = d[i] * u[i] * s * (1 + z * (1 - s))
                    i += 1
                }
            }
        }
    }
}
