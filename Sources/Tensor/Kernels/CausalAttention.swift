import Foundation

/// Causal multi-head self-attention with grouped-query heads, reading q, k and v straight out
/// of the fused projection output `qkv` ([batch·seq, qDim + 2·kvDim], rows `[q | k | v]`)
/// through BLAS strides, so nothing is transposed or copied per head.
///
/// Work is split over (sequence, kv-head) pairs: all query heads that share a kv head run in
/// the same worker, so the k/v gradients they accumulate never race.
public struct CausalAttention {
    public let batch: Int
    public let seq: Int
    public let heads: Int
    public let kvHeads: Int
    public let headDim: Int

    public init(batch: Int, seq: Int, heads: Int, kvHeads: Int, headDim: Int) {
        self.batch = batch
        self.seq = seq
        self.heads = heads
        self.kvHeads = kvHeads
        self.headDim = headDim
    }

    public var qDim: Int { heads * headDim }
    public var kvDim: Int { kvHeads * headDim }
    public var qkvWidth: Int { qDim + 2 * kvDim }
    /// Elements of the attention-probability buffer: [batch, heads, seq, seq].
    public var probsCount: Int { batch * heads * seq * seq }
    var scale: Float { 1 / Float(headDim).squareRoot() }

    @inline(__always) private func qOffset(_ b: Int, _ h: Int) -> Int { b * seq * qkvWidth + h * headDim }
    @inline(__always) private func kOffset(_ b: Int, _ g: Int) -> Int { b * seq * qkvWidth + qDim + g * headDim }
    @inline(__always) private func vOffset(_ b: Int, _ g: Int) -> Int { b * seq * qkvWidth + qDim + kvDim + g * headDim }
    @inline(__always) private func pOffset(_ b: Int, _ h: Int) -> Int { (b * heads + h) * seq * seq }

    /// out: [batch·seq, qDim] (heads concatenated); probs: [batch, heads, seq, seq] softmax
    /// weights (zero above the diagonal), kept for `backward`.
    public func forward(qkv: UnsafePointer<Float>, probs: UnsafeMutablePointer<Float>, out: UnsafeMutablePointer<Float>) {
        let groupSize = heads / kvHeads
        let T = seq, W = qkvWidth
        Parallel.forEach(batch * kvHeads, costPerItem: 1 << 20) { item in
            let b = item / kvHeads, g = item % kvHeads
            for h in g * groupSize..<(g + 1) * groupSize {
                let p = probs + pOffset(b, h)
                BLAS.gemm(transB: true, m: T, n: T, k: headDim, alpha: scale,
                          a: qkv + qOffset(b, h), lda: W, b: qkv + kOffset(b, g), ldb: W,
                          c: p, ldc: T, split: false)
                Self.causalSoftmax(p, T)
                BLAS.gemm(m: T, n: headDim, k: T, a: p, lda: T, b: qkv + vOffset(b, g), ldb: W,
                          c: out + b * T * qDim + h * headDim, ldc: qDim, split: false)
            }
        }
    }

    /// In-place softmax of each row i over columns 0...i of a T x T block; columns > i become 0.
    @inline(__always)
    static func causalSoftmax(_ p: UnsafeMutablePointer<Float>, _ T: Int) {
        for i in 0..<T {
            let row = p + i * T
            VectorMath.softmax(row, i + 1)
            (row + i + 1).update(repeating: 0, count: T - i - 1)
        }
    }

    /// Given dOut ([batch·seq, qDim]) writes dqkv ([batch·seq, qkvWidth], overwritten).
    /// `scratch` holds [batch, heads, seq, seq] floats for dP/dS.
    public func backward(
        qkv: UnsafePointer<Float>, probs: UnsafePointer<Float>, dOut: UnsafePointer<Float>,
        scratch: UnsafeMutablePointer<Float>, dqkv: UnsafeMutablePointer<Float>
    ) {
        let groupSize = heads / kvHeads
        let T = seq, W = qkvWidth
        Parallel.forEach(batch * kvHeads, costPerItem: 1 << 20) { item in
            let b = item / kvHeads, g = item % kvHeads
            // k and v gradients accumulate over the group's query heads: clear them first.
            for t in 0..<T {
                let row = dqkv + b * T * W + t * W
                for c in 0..<headDim {
                    row[qDim + g * headDim + c] = 0
                    row[qDim + kvDim + g * headDim + c] = 0
                }
            }
            for h in g * groupSize..<(g + 1) * groupSize {
                let p = probs + pOffset(b, h), dS = scratch + pOffset(b, h)
                let dO = dOut + b * T * qDim + h * headDim
                // dP = dO · Vᵀ
                BLAS.gemm(transB: true, m: T, n: T, k: headDim, a: dO, lda: qDim,
                          b: qkv + vOffset(b, g), ldb: W, c: dS, ldc: T, split: false)
                // dV += Pᵀ · dO
                BLAS.gemm(transA: true, m: T, n: headDim, k: T, a: p, lda: T, b: dO, ldb: qDim,
                          beta: 1, c: dqkv + vOffset(b, g), ldc: W, split: false)
                // dS = P ⊙ (dP − rowsum(dP ⊙ P)) · scale
                for i in 0..<T {
                    let pr = p + i * T, dr = dS + i * T
                    var dot: Float = 0
                    for j in 0...i { dot += pr[j] * dr[j] }
                    for j in 0...i { dr[j] = pr[j] * (dr[j] - dot) * scale }
                    for j in (i + 1)..<T { dr[j] = 0 }
                }
                // dQ = dS · K ; dK += dSᵀ · Q
                BLAS.gemm(m: T, n: headDim, k: T, a: dS, lda: T, b: qkv + kOffset(b, g), ldb: W,
                          c: dqkv + qOffset(b, h), ldc: W, split: false)
                BLAS.gemm(transA: true, m: T, n: headDim, k: T, a: dS, lda: T, b: qkv + qOffset(b, h), ldb: W,
                          beta: 1, c: dqkv + kOffset(b, g), ldc: W, split: false)
            }
        }
    }
}
