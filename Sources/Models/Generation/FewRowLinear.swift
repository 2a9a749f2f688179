import Foundation
import Tensor

/// `out[r, :] (+)= x[r, :] · Wᵀ` for a handful of rows (batched decoding: one row per sequence).
///
/// BLAS sgemm repacks the whole weight matrix on every call, which for 2–16 rows costs as
/// much as the arithmetic. Here each weight row is streamed once and dotted with every input
/// row (which stay in cache), four rows at a time in SIMD registers; the output columns are
/// split over the cores.
enum FewRowLinear {
    static let maxRows = 16

    static func apply(_ x: UnsafePointer<Float>, rows: Int, inDim: Int, outDim: Int, weight: UnsafePointer<Float>,
                      out: UnsafeMutablePointer<Float>, accumulate: Bool) {
        Parallel.forEachChunk(outDim, costPerItem: inDim * rows) { columns in
            var first = 0
            while first < rows {
                let count = min(4, rows - first)
                for j in columns {
                    let sums = dots(weight + j * inDim, x + first * inDim, count: count, inDim: inDim)
                    for r in 0..<count {
                        let slot = out + (first + r) * outDim + j
                        slot.pointee = accumulate ? slot.pointee + sums[r] : sums[r]
                    }
                }
                first += count
            }
        }
    }

    /// The dot products of `w` with `count` (1...4) consecutive rows of `x`.
    @inline(__always)
    private static func dots(_ w: UnsafePointer<Float>, _ x: UnsafePointer<Float>, count: Int, inDim: Int) -> SIMD4<Float> {
        typealias V = SIMD8<Float>
        var a0 = V(), a1 = V(), a2 = V(), a3 = V()
        let x1 = x + (count > 1 ? inDim : 0), x2 = x + (count > 2 ? 2 * inDim : 0), x3 = x + (count > 3 ? 3 * inDim : 0)
        var k = 0
        while k + 8 <= inDim {
            let wv = UnsafeRawPointer(w + k).loadUnaligned(as: V.self)
            a0 += wv * UnsafeRawPointer(x + k).loadUnaligned(as: V.self)
            a1 += wv * UnsafeRawPointer(x1 + k).loadUnaligned(as: V.self)
            a2 += wv * UnsafeRawPointer(x2 + k).loadUnaligned(as: V.self)
            a3 += wv * UnsafeRawPointer(x3 + k).loadUnaligned(as: V.self)
            k += 8
        }
        var s = SIMD4<Float>(a0.sum(), a1.sum(), a2.sum(), a3.sum())
        while k < inDim {
            s += SIMD4(x[k], x1[k], x2[k], x3[k]) * w[k]
            k += 1
        }
        return s
    }
}
