import Foundation

/// FNV-1a, 64-bit: a tiny, dependency-free hash, fixed across runs and platforms (unlike
/// `Hasher`). Checkpoints use it to detect corrupted or truncated files, the refusal classifier
/// to hash text features (not a cryptographic hash).
public enum FNV1a64 {
    public static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    public static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// One FNV-1a step: folds `byte` into `hash`.
    @inline(__always)
    public static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    public static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = offsetBasis) -> UInt64 {
        var hash = seed
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }

    public static func hash(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { hash($0) }
    }

    /// The FNV-1a step applied to little-endian 64-bit words instead of bytes (a trailing partial
    /// word byte by byte): 8× fewer dependent multiplies, for multi-GB tensor data. Each step is
    /// a bijection of the running hash (xor, then multiply by an odd prime), so changing any one
    /// word always changes the result.
    public static func hashWords(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = offsetBasis
        let wordCount = bytes.count / 8
        for index in 0..<wordCount {
            hash ^= UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
            hash = hash &* prime
        }
        return self.hash(UnsafeRawBufferPointer(rebasing: bytes[(wordCount * 8)...]), seed: hash)
    }
}
