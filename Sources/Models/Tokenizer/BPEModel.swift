import Foundation
import Tensor

/// The `BPE` model of a `tokenizer.json`: vocabulary plus ranked merges. Encodes one
/// pre-tokenized piece at a time by starting from its Unicode scalars and repeatedly fusing
/// the adjacent pair with the best (lowest) merge rank, leftmost first, until no adjacent
/// pair has a merge. Results are cached per piece, since natural text repeats words a lot.
final class BPEModel: @unchecked Sendable {
    let tokenToId: [String: Int]
    let idToToken: [Int: String]
    /// Merge rank and resulting token id, keyed by `pairKey(left, right)`.
    private let merges: [UInt64: MergeTarget]
    /// Ids of the single-scalar tokens, the starting symbols of every piece.
    private let singleScalarIds: [UInt32: Int32]
    let unknownTokenId: Int?
    let fuseUnknown: Bool
    let byteFallback: Bool
    /// Llama 3: a piece that is itself in the vocabulary is taken whole.
    let ignoreMerges: Bool

    private var cache: [String: [Int]] = [:]
    private let cacheLock = NSLock()
    /// The cache is emptied when it reaches this many pieces, bounding memory on huge corpora.
    private static let cacheLimit = 200_000

    private struct MergeTarget {
        let rank: Int32
        let id: Int32
    }

    @inline(__always)
    private static func pairKey(_ left: Int32, _ right: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: left)) << 32 | UInt64(UInt32(bitPattern: right))
    }

    /// Reads the `model` object of a `tokenizer.json`.
    init(_ json: TokenizerJSONObject) throws {
        if let type = try json.optionalString("type"), type != "BPE" {
            throw json.error("type", "unsupported model type \"\(type)\" (supported: BPE)")
        }
        for key in ["continuing_subword_prefix", "end_of_word_suffix"] {
            if let affix = try json.optionalString(key), !affix.isEmpty {
                throw json.error(key, "\"\(affix)\" is not supported (byte-level BPE expects null or \"\")")
            }
        }
        if let dropout = json.value("dropout") as? Double, dropout != 0 {
            throw json.error("dropout", "BPE dropout \(dropout) is not supported (expected null)")
        }
        guard let rawVocab = json.value("vocab") as? [String: Any] else {
            throw json.error("vocab", "missing or not a JSON object of token -> id")
        }
        var tokenToId: [String: Int] = [:]
        var idToToken: [Int: String] = [:]
        var singleScalarIds: [UInt32: Int32] = [:]
        for (token, rawId) in rawVocab {
            guard let id = rawId as? Int, id >= 0, id <= Int(Int32.max) else {
                throw json.error("vocab", "id of token \"\(token)\" must be a non-negative integer")
            }
            tokenToId[token] = id
            idToToken[id] = token
            let scalars = token.unicodeScalars
            if scalars.count == 1, let scalar = scalars.first { singleScalarIds[scalar.value] = Int32(id) }
        }
        self.tokenToId = tokenToId
        self.idToToken = idToToken
        self.singleScalarIds = singleScalarIds

        var merges: [UInt64: MergeTarget] = [:]
        for (rank, rawMerge) in try json.array("merges").enumerated() {
            let (left, right) = try Self.mergePair(rawMerge, field: "merges[\(rank)]", json: json)
            guard let leftId = tokenToId[left], let rightId = tokenToId[right] else {
                throw json.error("merges[\(rank)]", "merge [\"\(left)\", \"\(right)\"] uses a token missing from vocab")
            }
            guard let mergedId = tokenToId[left + right] else {
                throw json.error("merges[\(rank)]", "merge result \"\(left + right)\" is missing from vocab")
            }
            // As in `tokenizers`, a pair listed twice keeps its last rank.
            merges[Self.pairKey(Int32(leftId), Int32(rightId))] = MergeTarget(rank: Int32(rank), id: Int32(mergedId))
        }
        self.merges = merges

        if let unknown = try json.optionalString("unk_token") {
            guard let id = tokenToId[unknown] else { throw json.error("unk_token", "\"\(unknown)\" is not in vocab") }
            unknownTokenId = id
        } else {
            unknownTokenId = nil
        }
        fuseUnknown = try json.bool("fuse_unk", default: false)
        byteFallback = try json.bool("byte_fallback", default: false)
        ignoreMerges = try json.bool("ignore_merges", default: false)
    }

    /// A merge is `["left", "right"]` or, in older files, `"left right"`.
    private static func mergePair(_ raw: Any, field: String, json: TokenizerJSONObject) throws -> (String, String) {
        if let pair = raw as? [String], pair.count == 2 { return (pair[0], pair[1]) }
        if let line = raw as? String {
            let parts = line.split(separator: " ", omittingEmptySubsequences: false)
            if parts.count == 2 { return (String(parts[0]), String(parts[1])) }
        }
        throw json.error(field, "expected [\"left\", \"right\"] or \"left right\"")
    }

    /// Appends the ids of one pre-tokenized piece.
    func tokenize(_ piece: String, into ids: inout [Int]) {
        if ignoreMerges, let id = tokenToId[piece] {
            ids.append(id)
            return
        }
        cacheLock.lock()
        let cached = cache[piece]
        cacheLock.unlock()
        if let cached {
            ids.append(contentsOf: cached)
            return
        }
        var symbols = initialSymbols(piece)
        applyMerges(&symbols)
        let result = symbols.map { Int($0) }
        cacheLock.lock()
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[piece] = result
        cacheLock.unlock()
        ids.append(contentsOf: result)
    }

    /// One symbol per scalar. A scalar outside the vocabulary becomes its `<0xXX>` byte
    /// tokens (byte_fallback), else the unknown token (fused when fuse_unk), else is dropped
    /// — the `tokenizers` behaviour when `unk_token` is null.
    private func initialSymbols(_ piece: String) -> [Int32] {
        var symbols: [Int32] = []
        symbols.reserveCapacity(piece.utf8.count)
        var previousWasUnknown = false
        for scalar in piece.unicodeScalars {
            if let id = singleScalarIds[scalar.value] {
                symbols.append(id)
                previousWasUnknown = false
                continue
            }
            if byteFallback, let byteIds = byteFallbackIds(scalar) {
                symbols.append(contentsOf: byteIds)
                previousWasUnknown = false
                continue
            }
            if let unknownTokenId {
                if !(fuseUnknown && previousWasUnknown) { symbols.append(Int32(unknownTokenId)) }
                previousWasUnknown = true
            }
        }
        return symbols
    }

    private func byteFallbackIds(_ scalar: Unicode.Scalar) -> [Int32]? {
        let hexDigits = Array("0123456789ABCDEF")
        var ids: [Int32] = []
        for byte in String(Character(scalar)).utf8 {
            let name = "<0x\(hexDigits[Int(byte >> 4)])\(hexDigits[Int(byte & 15)])>"
            guard let id = tokenToId[name] else { return nil }
            ids.append(Int32(id))
        }
        return ids
    }

    /// Fuses the best-ranked adjacent pair (leftmost on ties) until none has a merge, in
    /// O(n log n): symbols form a linked list, candidate merges wait in a heap keyed by
    /// (rank, position), and entries made stale by earlier merges are skipped when popped.
    private func applyMerges(_ symbols: inout [Int32]) {
        let count = symbols.count
        guard count > 1 else { return }
        var previous = (0..<count).map { Int32($0) - 1 }
        var next = (0..<count).map { $0 + 1 < count ? Int32($0 + 1) : -1 }
        var alive = [Bool](repeating: true, count: count)
        var candidates = PriorityHeap()
        func enqueue(_ position: Int) {
            let right = Int(next[position])
            guard right >= 0, let target = merges[Self.pairKey(symbols[position], symbols[right])] else { return }
            candidates.push(PriorityHeap.Entry(priority: -Int(target.rank), tiebreak: UInt64(position)))
        }
        for position in 0..<count - 1 { enqueue(position) }

        while let candidate = candidates.pop() {
            let position = Int(candidate.tiebreak)
            let right = Int(next[position])
            guard alive[position], right >= 0,
                  let target = merges[Self.pairKey(symbols[position], symbols[right])],
                  -Int(target.rank) == candidate.priority else { continue }
            symbols[position] = target.id
            alive[right] = false
            next[position] = next[right]
            if next[right] >= 0 { previous[Int(next[right])] = Int32(position) }
            enqueue(position)
            if previous[position] >= 0 { enqueue(Int(previous[position])) }
        }
        var compacted: [Int32] = []
        compacted.reserveCapacity(count)
        for position in 0..<count where alive[position] { compacted.append(symbols[position]) }
        symbols = compacted
    }
}
