import Foundation
import Tensor

/// Transposed copies ([in, out], row-major) of every projection weight, for decoding one token
/// at a time.
///
/// Batch-1 decoding is a chain of matrix-vector products bound by how fast the weights stream
/// from memory. With the Hugging Face [out, in] layout, OpenBLAS runs them with its dot-product
/// GEMV kernel, which streams at about half the machine's single-core bandwidth; over the
/// transposed copy the same product is its column (axpy-style) kernel, which streams at nearly
/// full bandwidth (13 vs 23 GB/s for the M bench's weights on the 2-core reference machine).
/// The price is one more copy of the projection weights while a session lives; the copies are
/// taken when the session starts, so the model must not be trained during the session.
public final class DecodeWeights {
    /// Sessions make the copy on their own only for models up to this size (fp32 weights).
    public static let automaticLimitBytes = 2 << 30

    struct Layer {
        let qkv, o, gateUp, down: FloatBuffer
    }
    let layers: [Layer]
    let lmHead: FloatBuffer

    public init(_ model: LlamaModel) {
        let c = model.config, p = model.parameters.pointer, d = c.hiddenSize
        let width = c.qDim + 2 * c.kvDim, inner = c.intermediateSize
        func transposed(_ offset: Int, rows: Int, cols: Int) -> FloatBuffer {
            let out = FloatBuffer(count: rows * cols, zeroed: false)
            Self.transpose(p + offset, rows: rows, cols: cols, into: out.pointer)
            return out
        }
        layers = model.layout.layers.map { L in
            Layer(qkv: transposed(L.qkvWeight, rows: width, cols: d), o: transposed(L.oWeight, rows: d, cols: c.qDim),
                  gateUp: transposed(L.gateUpWeight, rows: 2 * inner, cols: d),
                  down: transposed(L.downWeight, rows: d, cols: inner))
        }
        lmHead = transposed(model.layout.lmHead, rows: c.vocabSize, cols: d)
    }

    /// dst[cols, rows] = srcᵀ for a row-major src[rows, cols], in cache-sized tiles split over cores.
    static func transpose(_ src: UnsafePointer<Float>, rows: Int, cols: Int, into dst: UnsafeMutablePointer<Float>) {
        let tile = 32
        let rowTiles = (rows + tile - 1) / tile
        Parallel.forEach(rowTiles, costPerItem: tile * cols) { t in
            let r0 = t * tile, r1 = min(rows, r0 + tile)
            for c0 in stride(from: 0, to: cols, by: tile) {
                let c1 = min(cols, c0 + tile)
                for r in r0..<r1 {
                    for c in c0..<c1 { dst[c * rows + r] = src[r * cols + c] }
                }
            }
        }
    }
}
