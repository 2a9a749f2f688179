import Foundation
import Tensor

/// One entry of `added_tokens` in a `tokenizer.json`.
struct AddedToken: Equatable {
    let id: Int
    let content: String
    /// Special tokens are dropped by `decode(skipSpecialTokens: true)`.
    let special: Bool
    /// Matched in the normalized text (true) or in the raw text (false).
    let normalized: Bool
    /// Absorb the whitespace before (lstrip) / after (rstrip) a match.
    let lstrip: Bool
    let rstrip: Bool

    init(id: Int, content: String, special: Bool, normalized: Bool, lstrip: Bool = false, rstrip: Bool = false) {
        self.id = id
        self.content = content
        self.special = special
        self.normalized = normalized
        self.lstrip = lstrip
        self.rstrip = rstrip
    }

    /// Reads one `added_tokens` entry, giving it `id` (see `readList`).
    private init(_ json: TokenizerJSONObject, id: Int) throws {
        if try json.bool("single_word", default: false) {
            throw json.error("single_word", "single_word added tokens are not supported (expected false)")
        }
        let special = try json.bool("special", default: false)
        self.init(id: id, content: try json.string("content"), special: special,
                  normalized: try json.bool("normalized", default: !special),
                  lstrip: try json.bool("lstrip", default: false), rstrip: try json.bool("rstrip", default: false))
    }

    /// Reads `added_tokens` and numbers them as `tokenizers` does when it loads a file: the
    /// written ids are checked but not used; a token whose content is in the model
    /// vocabulary takes that id, any other the next id from the vocabulary size on, in
    /// file order. Files saved by `tokenizers` are written that way, so their ids stay the
    /// same. Empty tokens are skipped, as there.
    static func readList(_ entries: [TokenizerJSONObject], vocabulary: [String: Int]) throws -> [AddedToken] {
        var tokens: [AddedToken] = []
        var idOfContent: [String: Int] = [:]
        var nextId = vocabulary.count
        for entry in entries {
            let writtenId = try entry.int("id")
            guard writtenId >= 0 else { throw entry.error("id", "\(writtenId) is negative (expected a token id >= 0)") }
            let content = try entry.string("content")
            if content.isEmpty { continue }
            let id: Int
            if let known = idOfContent[content] ?? vocabulary[content] {
                id = known
            } else {
                id = nextId
                nextId += 1
            }
            idOfContent[content] = id
            tokens.append(try AddedToken(entry, id: id))
        }
        return tokens
    }
}

/// A piece of input after the added tokens have been cut out.
enum AddedTokenSegment: Equatable {
    case text(String)
    case token(Int)
}

/// Finds added tokens in text: leftmost match first, the longest token when several start
/// at the same place (the `tokenizers` leftmost-longest rule). Works on UTF-8 bytes; tokens
/// are complete UTF-8 strings, so every cut falls on a scalar boundary.
struct AddedTokenMatcher {
    private struct Candidate {
        let bytes: [UInt8]
        let token: AddedToken
    }

    /// Candidates by first byte, longest first.
    private let candidatesByFirstByte: [[Candidate]]
    let isEmpty: Bool

    /// `contentOf` gives the string to search for (the normalized content for tokens
    /// matched after normalization).
    init(_ tokens: [AddedToken], contentOf: (AddedToken) -> String = { $0.content }) {
        var table = [[Candidate]](repeating: [], count: 256)
        for token in tokens {
            let bytes = Array(contentOf(token).utf8)
            guard let first = bytes.first else { continue }
            table[Int(first)].append(Candidate(bytes: bytes, token: token))
        }
        candidatesByFirstByte = table.map { $0.sorted { $0.bytes.count > $1.bytes.count } }
        isEmpty = tokens.isEmpty
    }

    func split(_ text: String) -> [AddedTokenSegment] {
        if isEmpty { return text.isEmpty ? [] : [.text(text)] }
        let bytes = Array(text.utf8)
        var segments: [AddedTokenSegment] = []
        var segmentStart = 0
        var position = 0
        while position < bytes.count {
            guard let match = longestMatch(in: bytes, at: position) else {
                position += 1
                continue
            }
            var start = position
            var end = position + match.bytes.count
            if match.token.lstrip {
                start = max(segmentStart, start - Self.whitespaceLength(in: bytes[segmentStart..<start], fromEnd: true))
            }
            if match.token.rstrip {
                end += Self.whitespaceLength(in: bytes[end...], fromEnd: false)
            }
            if start > segmentStart { segments.append(.text(String(decoding: bytes[segmentStart..<start], as: UTF8.self))) }
            segments.append(.token(match.token.id))
            segmentStart = end
            position = end
        }
        if segmentStart < bytes.count { segments.append(.text(String(decoding: bytes[segmentStart...], as: UTF8.self))) }
        return segments
    }

    private func longestMatch(in bytes: [UInt8], at position: Int) -> Candidate? {
        for candidate in candidatesByFirstByte[Int(bytes[position])] {
            let end = position + candidate.bytes.count
            if end <= bytes.count && bytes[position..<end].elementsEqual(candidate.bytes) { return candidate }
        }
        return nil
    }

    /// UTF-8 length of the run of Unicode whitespace at the start or end of `bytes`
    /// (decoded lazily from the start, so a leading run costs only its own length).
    private static func whitespaceLength(in bytes: ArraySlice<UInt8>, fromEnd: Bool) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var run = 0
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            if scalar.properties.isWhitespace {
                run += UTF8.width(scalar)
            } else if fromEnd {
                run = 0
            } else {
                break
            }
        }
        return run
    }
}
