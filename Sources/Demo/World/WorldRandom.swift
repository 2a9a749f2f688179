import Tensor

/// The world's random choices on top of SplitMix64, a tiny fully specified generator, so the
/// world is identical on every platform and Swift version (the stdlib's shuffling algorithms
/// are not guaranteed to stay the same).
struct WorldRandom {
    private var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    mutating func next() -> UInt64 { generator.next() }

    /// Uniform integer in 0..<bound (bound > 0); the bias of the multiply-high map is < bound / 2^64.
    mutating func below(_ bound: Int) -> Int {
        Int(next().multipliedFullWidth(by: UInt64(max(bound, 1))).high)
    }

    /// Uniform in [0, 1) on a grid of 2^-20 (one `below` draw, so streams stay as they were).
    mutating func unit() -> Double {
        Double(below(1 << 20)) / Double(1 << 20)
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[below(items.count)]
    }

    /// Fisher-Yates shuffle.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
    }

    /// An independent stream for one purpose, so adding documents of one kind does not change
    /// the documents of another.
    func derived(_ salt: UInt64) -> WorldRandom {
        var copy = WorldRandom(seed: generator.state ^ (salt &* 0xD6E8_FEB8_6659_FD93))
        _ = copy.next()
        return copy
    }

    /// FNV-1a of the UTF-8 bytes: a hash that, unlike `Hasher`, is the same in every process.
    static func stableHash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }
}
