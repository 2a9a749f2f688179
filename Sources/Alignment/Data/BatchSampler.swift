import Foundation
import Tensor

/// Epoch-based index batches. Each epoch's order is a shuffle seeded from (seed, epoch) alone,
/// so resuming needs only the `Position` (no generator state) and any epoch can be replayed.
public struct BatchSampler: Sendable {
    /// Where the sampler is: the next batch to hand out.
    public struct Position: Codable, Equatable, Sendable {
        public var epoch: Int
        public var batch: Int
        public init(epoch: Int = 0, batch: Int = 0) {
            self.epoch = epoch
            self.batch = batch
        }
    }

    public let count: Int
    public let batchSize: Int
    public let seed: UInt64
    public let dropLast: Bool
    public let shuffle: Bool
    public private(set) var position: Position
    private var cachedEpoch = -1
    private var order: [Int] = []

    public init(count: Int, batchSize: Int, seed: UInt64, dropLast: Bool = false,
                shuffle: Bool = true, position: Position = Position()) throws {
        guard count > 0 else { throw AlignOnceError("dataset", "no examples to sample from") }
        guard batchSize > 0 else { throw AlignOnceError("batch-size", "must be at least 1, got \(batchSize)") }
        guard !dropLast || count >= batchSize else {
            throw AlignOnceError("batch-size", "\(batchSize) exceeds the \(count) examples and the last partial batch is dropped, so an epoch has no batch")
        }
        self.count = count
        self.batchSize = batchSize
        self.seed = seed
        self.dropLast = dropLast
        self.shuffle = shuffle
        self.position = position
        try seek(to: position)
    }

    public var batchesPerEpoch: Int {
        dropLast ? count / batchSize : (count + batchSize - 1) / batchSize
    }

    /// The visiting order of one epoch.
    public func order(epoch: Int) -> [Int] {
        var indices = Array(0..<count)
        if shuffle {
            var generator = SeededGenerator(seed: seed, stream: UInt64(truncatingIfNeeded: epoch))
            generator.shuffle(&indices)
        }
        return indices
    }

    /// Moves to a saved position (e.g. from a checkpoint).
    public mutating func seek(to target: Position) throws {
        guard target.epoch >= 0, target.batch >= 0, target.batch <= batchesPerEpoch else {
            throw AlignOnceError("sampler position", "epoch \(target.epoch) batch \(target.batch) is outside 0...\(batchesPerEpoch) batches per epoch")
        }
        position = target
    }

    /// The next batch of indices, advancing to the next epoch when the current one is exhausted.
    public mutating func next() -> [Int] {
        if position.batch >= batchesPerEpoch {
            position = Position(epoch: position.epoch + 1, batch: 0)
        }
        if cachedEpoch != position.epoch {
            order = order(epoch: position.epoch)
            cachedEpoch = position.epoch
        }
        let start = position.batch * batchSize
        let end = min(start + batchSize, count)
        position.batch += 1
        return Array(order[start..<end])
    }
}
