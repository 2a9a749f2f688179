import Foundation
import Tensor

/// Global-norm gradient clipping, as `torch.nn.utils.clip_grad_norm_` (norm_type 2):
/// total = ‖all gradients‖₂ (sum of squares accumulated in Double), and when total > maxNorm
/// every gradient is scaled by maxNorm / (total + 1e-6).
public enum GradientClipping {
    /// Clips `buffers` together (e.g. model and extractor gradients) and returns the norm measured
    /// before clipping. A non-finite norm leaves the gradients untouched (torch would spread NaN
    /// into every gradient); the caller should skip the step. `maxNorm <= 0` only measures.
    @discardableResult
    public static func clipGlobalNorm(gradients buffers: [UnsafeMutableBufferPointer<Float>], maxNorm: Double) -> Double {
        let total = buffers.reduce(0.0) { $0 + sumOfSquares(UnsafeBufferPointer($1)) }.squareRoot()
        guard maxNorm > 0, total.isFinite else { return total }
        let coefficient = maxNorm / (total + 1e-6)
        guard coefficient < 1 else { return total }
        let scale = Float(coefficient)
        for buffer in buffers {
            Parallel.forEachChunk(buffer.count) { range in
                for i in range { buffer[i] *= scale }
            }
        }
        return total
    }

    @discardableResult
    public static func clipGlobalNorm(gradients: UnsafeMutableBufferPointer<Float>, maxNorm: Double) -> Double {
        clipGlobalNorm(gradients: [gradients], maxNorm: maxNorm)
    }

    /// Σ x² in Double, chunked over cores; chunks are fixed by count so the result is
    /// deterministic whatever the worker count.
    public static func sumOfSquares(_ values: UnsafeBufferPointer<Float>) -> Double {
        let chunkSize = 65_536
        let chunks = (values.count + chunkSize - 1) / chunkSize
        guard chunks > 0 else { return 0 }
        var partials = [Double](repeating: 0, count: chunks)
        partials.withUnsafeMutableBufferPointer { sums in
            Parallel.forEach(chunks, costPerItem: chunkSize) { chunk in
                var sum = 0.0
                for i in (chunk * chunkSize)..<min(values.count, (chunk + 1) * chunkSize) {
                    let x = Double(values[i])
                    sum += x * x
                }
                sums[chunk] = sum
            }
        }
        return partials.reduce(0, +)
    }
}
