import Foundation
import Tensor
import Models
import Alignment

/// AdamW + warmup/cosine schedule + global-norm clipping over one flat parameter buffer: the
/// update every demo training loop shares.
struct DemoOptimizer {
    private var adam: AdamW
    let schedule: LRSchedule
    let maxGradNorm: Double
    private(set) var step = 0

    init(parameterCount: Int, learningRate: Double, totalSteps: Int, warmupSteps: Int, maxGradNorm: Double = 1,
         minRatio: Double = 0.1) throws {
        adam = try AdamW(parameterCount: parameterCount, learningRate: learningRate, beta1: 0.9, beta2: 0.95)
        schedule = LRSchedule(kind: .cosine, baseRate: learningRate, warmupSteps: warmupSteps, totalSteps: totalSteps,
                              minRatio: minRatio)
        self.maxGradNorm = maxGradNorm
    }

    /// Clips `gradients`, applies one update to `parameters` and returns the pre-clip norm.
    @discardableResult
    mutating func update(_ parameters: UnsafeMutableBufferPointer<Float>, _ gradients: UnsafeMutableBufferPointer<Float>)
        throws -> Double {
        let norm = GradientClipping.clipGlobalNorm(gradients: gradients, maxNorm: maxGradNorm)
        try adam.update(parameters: parameters, gradients: UnsafeBufferPointer(gradients),
                        learningRate: schedule.learningRate(step: step))
        step += 1
        return norm
    }

    /// One update of `parameters` (a model's weights or its adapters) from the gradient buffer, which is zeroed afterwards.
    @discardableResult
    mutating func update(_ parameters: FloatBuffer, _ gradients: FloatBuffer) throws -> Double {
        let norm = try update(parameters.buffer, gradients.buffer)
        gradients.zero()
        return norm
    }
}

/// A seeded epoch-wise shuffler of indices: every index once per epoch, in a fresh order.
struct DemoBatchOrder {
    private var rng: SplitMix64
    private let count: Int
    private var order: [Int] = []
    private var position = 0

    init(count: Int, seed: UInt64) {
        rng = SplitMix64(seed: seed)
        self.count = count
    }

    mutating func next(_ size: Int) -> [Int] {
        var out: [Int] = []
        while out.count < min(size, count) {
            if position == order.count {
                order = Array(0..<count)
                for i in stride(from: order.count - 1, to: 0, by: -1) {
                    order.swapAt(i, Int(rng.next() % UInt64(i + 1)))
                }
                position = 0
            }
            out.append(order[position])
            position += 1
        }
        return out
    }
}
