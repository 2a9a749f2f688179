/// A small, fast, seedable generator (SplitMix64) whose whole state is one integer, so it can
/// be saved in checkpoints and restored exactly.
public struct SplitMix64: RandomNumberGenerator, Codable, Equatable, Sendable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1) with 24 bits of precision.
    public mutating func nextUniform() -> Float { Float(next() >> 40) / Float(1 << 24) }

    /// Uniform in the open interval (0, 1): 53 random bits, shifted off zero so log() is finite.
    public mutating func nextUnitDouble() -> Double {
        (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992.0
    }

    /// Standard normal (Box–Muller; the second value is discarded for simplicity).
    public mutating func nextGaussianDouble() -> Double {
        let u1 = nextUnitDouble(), u2 = nextUnitDouble()
        return (-2 * _log(u1)).squareRoot() * _cos(2 * Double.pi * u2)
    }

    public mutating func nextGaussian() -> Float { Float(nextGaussianDouble()) }
}

import Foundation
@inline(__always) private func _log(_ x: Double) -> Double { Foundation.log(x) }
@inline(__always) private func _cos(_ x: Double) -> Double { Foundation.cos(x) }
