import Foundation
import Tensor

/// xoshiro256** seeded through SplitMix64: fast, good statistical quality, and its whole state
/// is four words, so a run can save it and resume bit-exactly. The state is encoded as hex
/// strings because JSON numbers cannot carry 64-bit integers exactly through every decoder.
public struct SeededGenerator: RandomNumberGenerator, Codable, Equatable, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    public init(seed: UInt64) {
        var mixer = seed
        state = (Self.splitMix64(&mixer), Self.splitMix64(&mixer),
                 Self.splitMix64(&mixer), Self.splitMix64(&mixer))
    }

    /// A generator for one (seed, stream) pair, e.g. stream = epoch: independent of how many
    /// numbers earlier streams consumed.
    public init(seed: UInt64, stream: UInt64) {
        var mixer = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        self.init(seed: Self.splitMix64(&mixer))
    }

    public mutating func next() -> UInt64 {
        let result = Self.rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = Self.rotate(state.3, 45)
        return result
    }

    /// Uniform integer in `0..<bound` without modulo bias (rejection sampling); our own so the
    /// sequence does not depend on the standard library's algorithm choices.
    public mutating func nextIndex(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let limit = UInt64(bound)
        let threshold = (0 &- limit) % limit
        while true {
            let value = next()
            if value >= threshold { return Int(value % limit) }
        }
    }

    /// Uniform Float in [0, 1) from the top 24 bits.
    public mutating func nextUnitFloat() -> Float {
        Float(next() >> 40) * (1.0 / 16_777_216.0)
    }

    /// Fisher–Yates shuffle with `nextIndex(below:)`.
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            array.swapAt(i, nextIndex(below: i + 1))
        }
    }

    public static func == (a: SeededGenerator, b: SeededGenerator) -> Bool {
        a.state.0 == b.state.0 && a.state.1 == b.state.1 && a.state.2 == b.state.2 && a.state.3 == b.state.3
    }

    // MARK: Codable

    public init(from decoder: Decoder) throws {
        let words = try decoder.singleValueContainer().decode([String].self)
        let values = words.compactMap { UInt64($0, radix: 16) }
        guard values.count == 4, values != [0, 0, 0, 0] else {
            throw AlignOnceError("rng", "expected 4 non-zero-total hexadecimal words of xoshiro256** state, got \(words)")
        }
        state = (values[0], values[1], values[2], values[3])
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode([state.0, state.1, state.2, state.3].map { String($0, radix: 16) })
    }

    // MARK: Helpers

    private static func splitMix64(_ x: inout UInt64) -> UInt64 {
        x &+= 0x9E37_79B9_7F4A_7C15
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    private static func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
