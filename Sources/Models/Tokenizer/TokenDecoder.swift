import Foundation
import Tensor

/// The `decoder` of a `tokenizer.json`, turning token strings back into UTF-8 bytes.
enum TokenDecoder {
    /// Every token whose scalars are all in the byte alphabet becomes those bytes; any other
    /// token (e.g. an added token outside the alphabet) contributes its own UTF-8.
    case byteLevel
    /// No decoder: `tokenizers` joins the token strings with single spaces.
    case joinWithSpaces

    static let supportedTypes = ["ByteLevel"]

    static func make(_ json: TokenizerJSONObject?) throws -> TokenDecoder {
        guard let json else { return .joinWithSpaces }
        let type = try json.string("type")
        guard type == "ByteLevel" else {
            throw json.error("type", "unsupported decoder type \"\(type)\" (supported: \(supportedTypes.joined(separator: ", ")))")
        }
        return .byteLevel
    }

    /// Appends the bytes of one token; `isFirst` is whether it is the first token emitted.
    func appendBytes(of token: String, isFirst: Bool, to bytes: inout [UInt8]) {
        switch self {
        case .byteLevel:
            if !ByteLevelAlphabet.appendBytes(of: token, to: &bytes) { bytes.append(contentsOf: token.utf8) }
        case .joinWithSpaces:
            if !isFirst { bytes.append(0x20) }
            bytes.append(contentsOf: token.utf8)
        }
    }
}

enum UTF8Repair {
    /// Decodes UTF-8, replacing each maximal ill-formed subsequence by one U+FFFD (the
    /// Unicode-recommended practice Rust's `from_utf8_lossy` follows too).
    static func lossyString<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Length of the trailing bytes that are a valid but unfinished UTF-8 sequence (0–3):
    /// a streaming decoder holds them back until the character is complete.
    static func incompleteSuffixLength(_ bytes: [UInt8]) -> Int {
        let count = bytes.count
        guard count > 0 else { return 0 }
        // The lead byte of an unfinished character is at most 3 bytes back from the end.
        for back in 1...min(3, count) {
            let lead = bytes[count - back]
            if lead & 0xC0 == 0x80 { continue }  // continuation byte: keep looking for the lead
            let needed: Int
            switch lead {
            case 0xC2...0xDF: needed = 2
            case 0xE0...0xEF: needed = 3
            case 0xF0...0xF4: needed = 4
            default: return 0
            }
            guard back < needed else { return 0 }
            return isValidPrefix(bytes[(count - back)...]) ? back : 0
        }
        return 0
    }

    /// Whether `sequence` (lead byte first) can still become a well-formed character
    /// (Unicode table 3-7: restricted second bytes after E0, ED, F0, F4).
    private static func isValidPrefix(_ sequence: ArraySlice<UInt8>) -> Bool {
        guard let lead = sequence.first else { return false }
        for (offset, byte) in sequence.dropFirst().enumerated() {
            var range: ClosedRange<UInt8> = 0x80...0xBF
            if offset == 0 {
                switch lead {
                case 0xE0: range = 0xA0...0xBF
                case 0xED: range = 0x80...0x9F
                case 0xF0: range = 0x90...0xBF
                case 0xF4: range = 0x80...0x8F
                default: break
                }
            }
            if !range.contains(byte) { return false }
        }
        return true
    }
}
