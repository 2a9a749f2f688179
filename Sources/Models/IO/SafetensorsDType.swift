import Foundation

/// The safetensors element types AlignOnce reads. Float types load as `Float`; integer types
/// (token ids in fixtures) load as `Int64`.
public enum SafetensorsDType: String, CaseIterable, Sendable {
    case f32 = "F32"
    case f16 = "F16"
    case bf16 = "BF16"
    case i64 = "I64"
    case i32 = "I32"

    public var byteSize: Int {
        switch self {
        case .f32, .i32: return 4
        case .f16, .bf16: return 2
        case .i64: return 8
        }
    }

    public var isFloatingPoint: Bool { self == .f32 || self == .f16 || self == .bf16 }

    /// The PyTorch name, for `torch_dtype` in config.json.
    public var torchName: String {
        switch self {
        case .f32: return "float32"
        case .f16: return "float16"
        case .bf16: return "bfloat16"
        case .i64: return "int64"
        case .i32: return "int32"
        }
    }
}

/// Bit-level conversions between float32 and the 16-bit formats.
///
/// Written by hand rather than with `Float16`, which is unavailable on x86_64 macOS; on
/// Linux the tests check these against `Float16` for every one of the 65,536 bit patterns.
public enum HalfPrecision {
    /// bfloat16 is the upper half of a float32, so widening is exact.
    @inline(__always)
    public static func floatFromBF16(_ bits: UInt16) -> Float {
        Float(bitPattern: UInt32(bits) << 16)
    }

    /// Round-to-nearest-even to bfloat16 (what PyTorch's `.to(torch.bfloat16)` does).
    /// NaN stays NaN (quiet); overflow rounds to infinity as IEEE requires.
    @inline(__always)
    public static func bf16FromFloat(_ value: Float) -> UInt16 {
        let bits = value.bitPattern
        if value.isNaN { return UInt16(truncatingIfNeeded: (bits >> 16) | 0x0040) }
        let roundingBias = UInt32(0x7FFF) + ((bits >> 16) & 1)
        return UInt16(truncatingIfNeeded: (bits &+ roundingBias) >> 16)
    }

    /// IEEE binary16 to float32, exact (subnormals, infinities and NaN included).
    @inline(__always)
    public static func floatFromF16(_ bits: UInt16) -> Float {
        let sign = UInt32(bits & 0x8000) << 16
        let exponent = Int((bits >> 10) & 0x1F)
        let mantissa = UInt32(bits & 0x3FF)
        if exponent == 0x1F {  // infinity or NaN
            return Float(bitPattern: sign | 0x7F80_0000 | (mantissa << 13))
        }
        if exponent == 0 {  // zero or subnormal: mantissa * 2^-24, exact in float32
            let magnitude = Float(mantissa) * 0x1p-24
            return sign == 0 ? magnitude : -magnitude
        }
        return Float(bitPattern: sign | UInt32(exponent - 15 + 127) << 23 | (mantissa << 13))
    }

    /// float32 to IEEE binary16 with round-to-nearest-even; too large -> infinity.
    @inline(__always)
    public static func f16FromFloat(_ value: Float) -> UInt16 {
        let bits = value.bitPattern
        let sign = UInt16(truncatingIfNeeded: (bits >> 16) & 0x8000)
        let magnitudeBits = bits & 0x7FFF_FFFF
        if value.isNaN { return sign | 0x7E00 | UInt16(truncatingIfNeeded: (magnitudeBits >> 13) & 0x3FF) }
        // 65520 and above round to infinity (largest finite half is 65504).
        if magnitudeBits >= 0x4780_0000 { return sign | 0x7C00 }
        let exponent = Int(magnitudeBits >> 23) - 127
        if exponent < -14 {
            // Subnormal half (or zero): value / 2^-24 rounded to an integer, ties to even.
            // `rounded(.toNearestOrEven)` on the float is exact here: the scaled value < 1024.
            let scaled = Float(bitPattern: magnitudeBits) * 0x1p24
            return sign | UInt16(scaled.rounded(.toNearestOrEven))
        }
        // Normal: drop 13 mantissa bits with round-to-nearest-even. A carry out of the
        // mantissa correctly bumps the exponent (and reaches infinity at the top).
        let rebased = magnitudeBits &- UInt32(127 - 15) << 23
        let roundingBias = UInt32(0x0FFF) + ((rebased >> 13) & 1)
        return sign | UInt16(truncatingIfNeeded: (rebased &+ roundingBias) >> 13)
    }
}
