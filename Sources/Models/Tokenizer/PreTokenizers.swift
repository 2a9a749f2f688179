import Foundation
import Tensor

/// A `tokenizer.json` pre-tokenizer: cuts each piece of text into smaller pieces (and, for
/// ByteLevel, rewrites them into the byte alphabet). The model then encodes every piece
/// on its own.
protocol PreTokenizer {
    func preTokenize(_ pieces: [String]) -> [String]
}

/// GPT-2's byte-level step: optional prefix space, optional GPT-2 regex split, then every
/// UTF-8 byte replaced by its `ByteLevelAlphabet` stand-in.
struct ByteLevelPreTokenizer: PreTokenizer {
    let addPrefixSpace: Bool
    /// nil when `use_regex` is false (an earlier Split did the cutting).
    let splitter: RegexSplitter?

    static let gpt2Splitter: RegexSplitter? = {
        guard let regex = try? NSRegularExpression(pattern: RegexSplitter.gpt2Pattern) else { return nil }
        return RegexSplitter(regex: regex, behavior: .isolated, invert: false)
    }()

    init(addPrefixSpace: Bool, useRegex: Bool) throws {
        self.addPrefixSpace = addPrefixSpace
        if useRegex {
            guard let splitter = Self.gpt2Splitter else {
                throw AlignOnceError("ByteLevel", "the GPT-2 split pattern does not compile with this ICU")
            }
            self.splitter = splitter
        } else {
            self.splitter = nil
        }
    }

    func preTokenize(_ pieces: [String]) -> [String] {
        var split: [String] = []
        split.reserveCapacity(pieces.count)
        for piece in pieces {
            // `tokenizers` adds the space to every piece that does not already start with one.
            let prefixed = addPrefixSpace && !piece.hasPrefix(" ") ? " " + piece : piece
            if let splitter { splitter.split(prefixed, into: &split) } else { split.append(prefixed) }
        }
        return split.map(ByteLevelAlphabet.encode)
    }
}

/// `Split`: cut at a regex or a literal string, with a delimiter behaviour.
struct SplitPreTokenizer: PreTokenizer {
    let splitter: RegexSplitter

    func preTokenize(_ pieces: [String]) -> [String] {
        var split: [String] = []
        split.reserveCapacity(pieces.count * 4)
        for piece in pieces { splitter.split(piece, into: &split) }
        return split
    }
}

/// Applies its pre-tokenizers in order.
struct SequencePreTokenizer: PreTokenizer {
    let steps: [PreTokenizer]

    func preTokenize(_ pieces: [String]) -> [String] {
        steps.reduce(pieces) { $1.preTokenize($0) }
    }
}

enum PreTokenizerFactory {
    static let supportedTypes = ["ByteLevel", "Split", "Sequence"]

    /// Builds the pre-tokenizer a `tokenizer.json` `pre_tokenizer` object describes.
    static func make(_ json: TokenizerJSONObject) throws -> PreTokenizer {
        let type = try json.string("type")
        switch type {
        case "ByteLevel":
            return try ByteLevelPreTokenizer(
                addPrefixSpace: try json.bool("add_prefix_space", default: true),
                useRegex: try json.bool("use_regex", default: true))
        case "Split":
            return SplitPreTokenizer(splitter: try makeSplitter(json))
        case "Sequence":
            return SequencePreTokenizer(steps: try json.objects("pretokenizers").map(make))
        default:
            throw json.error("type", "unsupported pre-tokenizer type \"\(type)\" (supported: \(supportedTypes.joined(separator: ", ")))")
        }
    }

    private static func makeSplitter(_ json: TokenizerJSONObject) throws -> RegexSplitter {
        let pattern = try json.object("pattern")
        let expression: String
        if let regex = try pattern.optionalString("Regex") {
            expression = regex
        } else if let literal = try pattern.optionalString("String") {
            expression = NSRegularExpression.escapedPattern(for: literal)
        } else {
            throw json.error("pattern", "expected {\"Regex\": ...} or {\"String\": ...}")
        }
        let behaviorName = try json.string("behavior")
        guard let behavior = SplitBehavior(rawValue: behaviorName) else {
            let names = SplitBehavior.allCases.map(\.rawValue).joined(separator: ", ")
            throw json.error("behavior", "unsupported split behavior \"\(behaviorName)\" (supported: \(names))")
        }
        let regex: NSRegularExpression
        do {
            regex = try NSRegularExpression(pattern: expression)
        } catch {
            throw json.error("pattern", "regular expression does not compile: \(expression)")
        }
        return RegexSplitter(regex: regex, behavior: behavior, invert: try json.bool("invert", default: false))
    }
}
