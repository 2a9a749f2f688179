/// The GPT-2 byte alphabet: every byte 0...255 stands for one printable Unicode scalar, so
/// byte-level BPE can work on strings. Bytes 33–126, 161–172 and 174–255 map to the scalar of
/// the same number; the other 68 bytes, in increasing order, map to U+0100, U+0101, ….
enum ByteLevelAlphabet {
    /// Scalar value standing for each byte.
    static let scalarValueForByte: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 256)
        var next: UInt32 = 0x100
        for byte in 0..<256 {
            if (33...126).contains(byte) || (161...172).contains(byte) || (174...255).contains(byte) {
                table[byte] = UInt32(byte)
            } else {
                table[byte] = next
                next += 1
            }
        }
        return table
    }()

    /// Inverse of `scalarValueForByte`, indexed by scalar value (all are below 0x144); -1 = none.
    static let byteForScalarValue: [Int16] = {
        var table = [Int16](repeating: -1, count: 0x144)
        for (byte, scalar) in scalarValueForByte.enumerated() { table[Int(scalar)] = Int16(byte) }
        return table
    }()

    /// The UTF-8 encoding of each byte's stand-in scalar (1 or 2 bytes, all scalars being
    /// below U+0800), flattened: byte `b` owns `encodedStandIns[2b..<2b+2]`, a trailing 0
    /// meaning "one byte only".
    private static let encodedStandIns: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 512)
        for byte in 0..<256 {
            let scalar = scalarValueForByte[byte]
            if scalar < 0x80 {
                table[2 * byte] = UInt8(scalar)
            } else {
                table[2 * byte] = 0xC0 | UInt8(scalar >> 6)
                table[2 * byte + 1] = 0x80 | UInt8(scalar & 0x3F)
            }
        }
        return table
    }()

    /// The character standing for `byte` (e.g. "Ġ" for a space).
    static func standIn(for byte: UInt8) -> String {
        let base = 2 * Int(byte)
        let length = encodedStandIns[base + 1] == 0 ? 1 : 2
        return String(decoding: encodedStandIns[base..<base + length], as: UTF8.self)
    }

    /// All 256 stand-in characters in increasing scalar order (the order the trainer and
    /// `tokenizers` assign ids to them).
    static var sortedStandIns: [String] {
        (0...255).sorted { scalarValueForByte[Int($0)] < scalarValueForByte[Int($1)] }.map { standIn(for: UInt8($0)) }
    }

    /// Replaces every UTF-8 byte of `text` by its stand-in character.
    static func encode(_ text: String) -> String {
        var utf8 = [UInt8]()
        utf8.reserveCapacity(text.utf8.count * 2)
        encodedStandIns.withUnsafeBufferPointer { table in
            for byte in text.utf8 {
                let base = 2 * Int(byte)
                utf8.append(table[base])
                if table[base + 1] != 0 { utf8.append(table[base + 1]) }
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Appends the bytes `token` stands for, if every scalar of it is in the alphabet;
    /// otherwise appends nothing and returns false.
    static func appendBytes(of token: String, to bytes: inout [UInt8]) -> Bool {
        let start = bytes.count
        for scalar in token.unicodeScalars {
            let value = Int(scalar.value)
            guard value < byteForScalarValue.count, byteForScalarValue[value] >= 0 else {
                bytes.removeSubrange(start...)
                return false
            }
            bytes.append(UInt8(byteForScalarValue[value]))
        }
        return true
    }
}
