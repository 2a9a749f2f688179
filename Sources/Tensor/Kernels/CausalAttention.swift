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
    /// Query rows are processed in blocks of this many: block r only needs keys 0..<(r+1)·B, so
    /// the products skip most of the masked upper triangle (a quarter of the work at T = 2B,
    /// more for longer sequences) while each product stays large enough for BLAS.
    public let rowBlock: Int

    public init(batch: Int, seq: Int, heads: Int, kvHeads: Int, headDim: Int, rowBlock: Int = 64) {
        self.batch = batch
        self.seq = seq
        self.heads = heads
        self.kvHeads = kvHeads
        self.headDim = headDim
        self.rowBlock = max(1, rowBlock)
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

    /// Row blocks of a T x T causal product: (first row, row count, keys visible to the block).
    func rowBlocks(_ T: Int) -> [(start: Int, count: Int, keys: Int)] {
        stride(from: 0, to: T, by: rowBlock).map { start in
            let count = min(rowBlock, T - start)
            return (start, count, start + count)
        }
    }

    /// out: [batch·seq, qDim] (heads concatenated); probs: [batch, heads, seq, seq] softmax
    /// weights (zero above the diagonal), kept for `backward`.
    public func forward(qkv: UnsafePointer<Float>, probs: UnsafeMutablePointer<Float>, out: UnsafeMutablePointer<Float>) {
        let groupSize = heads / kvHeads
        let T = seq, W = qkvWidth
        let blocks = rowBlocks(T)
        Parallel.forEach(batch * kvHeads, costPerItem: 1 << 20) { item in
            let b = item / kvHeads, g = item % kvHeads
            for h in g * groupSize..<(g + 1) * groupSize {
                let p = probs + pOffset(b, h)
                for (start, count, keys) in blocks {
                    BLAS.gemm(transB: true, m: count, n: keys, k: headDim, alpha: scale,
                              a: qkv + qOffset(b, h) + start * W, lda: W, b: qkv + kOffset(b, g), ldb: W,
                              c: p + start * T, ldc: T, split: false)
                }
                Self.causalSoftmax(p, T)
                for (start, count, keys) in blocks {
                    BLAS.gemm(m: count, n: headDim, k: keys, a: p + start * T, lda: T, b: qkv + vOffset(b, g), ldb: W,
                              c: out + b * T * qDim + start * qDim + h * headDim, ldc: qDim, split: false)
                }
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
        let blocks = rowBlocks(T)
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
                for (start, count, keys) in blocks {
                    // dP = dO · Vᵀ
                    BLAS.gemm(transB: true, m: count, n: keys, k: headDim, a: dO + start * qDim, lda: qDim,
                              b: qkv + vOffset(b, g), ldb: W, c: dS + start * T, ldc: T, split: false)
                    // dV += Pᵀ · dO
                    BLAS.gemm(transA: true, m: keys, n: headDim, k: count, a: p + start * T, lda: T,
                              b: dO + start * qDim, ldb: qDim, beta: 1, c: dqkv + vOffset(b, g), ldc: W, split: false)
                }
                // dS = P ⊙ (dP − rowsum(dP ⊙ P)) · scale (only j <= i is read or kept)
                for i in 0..<T {
                    let pr = p + i * T, dr = dS + i * T
                    let dot = VectorMath.dot(pr, dr, i + 1)
                    for j in 0...i { dr[j] = pr[j] * (dr[j] - dot) * scale }
                    for j in (i + 1)..<T { dr[j] = 0 }
                }
                for (start, count, keys) in blocks {
                    // dQ = dS · K ; dK += dSᵀ · Q
                    BLAS.gemm(m: count, n: headDim, k: keys, a: dS + start * T, lda: T, b: qkv + kOffset(b, g), ldb: W,
                              c: dqkv + qOffset(b, h) + start * W, ldc: W, split: false)
                    BLAS.gemm(transA: true, m: keys, n: headDim, k: count, a: dS + start * T, lda: T,
                              b: qkv + qOffset(b, h) + start * W, ldb: W, beta: 1, c: dqkv + kOffset(b, g), ldc: W,
                              split: false)
                }
            }
        }
    }
}
