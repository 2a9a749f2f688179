import Foundation
import Tensor

/// A `tokenizer.json` normalizer: rewrites text before pre-tokenization.
protocol TextNormalizer {
    func normalize(_ text: String) -> String
}

/// NFC / NFD / NFKC / NFKD (Foundation's canonical and compatibility mappings).
struct UnicodeFormNormalizer: TextNormalizer {
    enum Form: String, CaseIterable { case nfc = "NFC", nfd = "NFD", nfkc = "NFKC", nfkd = "NFKD" }
    let form: Form

    func normalize(_ text: String) -> String {
        // ASCII is invariant under all four forms; skipping it keeps big corpora fast.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        switch form {
        case .nfc: return text.precomposedStringWithCanonicalMapping
        case .nfd: return text.decomposedStringWithCanonicalMapping
        case .nfkc: return text.precomposedStringWithCompatibilityMapping
        case .nfkd: return text.decomposedStringWithCompatibilityMapping
        }
    }
}

/// Unicode default lowercasing (locale independent, like Rust's `str::to_lowercase`).
struct LowercaseNormalizer: TextNormalizer {
    func normalize(_ text: String) -> String { text.lowercased() }
}

/// Applies its normalizers in order.
struct SequenceNormalizer: TextNormalizer {
    let normalizers: [TextNormalizer]

    func normalize(_ text: String) -> String {
        normalizers.reduce(text) { $1.normalize($0) }
    }
}

enum NormalizerFactory {
    static let supportedTypes = UnicodeFormNormalizer.Form.allCases.map(\.rawValue) + ["Lowercase", "Sequence"]

    /// Builds the normalizer a `tokenizer.json` `normalizer` object describes.
    static func make(_ json: TokenizerJSONObject) throws -> TextNormalizer {
        let type = try json.string("type")
        if let form = UnicodeFormNormalizer.Form(rawValue: type) { return UnicodeFormNormalizer(form: form) }
        switch type {
        case "Lowercase":
            return LowercaseNormalizer()
        case "Sequence":
            return SequenceNormalizer(normalizers: try json.objects("normalizers").map(make))
        default:
            throw json.error("type", "unsupported normalizer type \"\(type)\" (supported: \(supportedTypes.joined(separator: ", ")))")
        }
    }
}
