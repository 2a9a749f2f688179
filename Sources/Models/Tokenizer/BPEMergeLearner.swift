/// The merge-learning core of `BPETrainer`: words as symbol-id arrays with their corpus
/// counts, pair counts kept up to date incrementally (only the words containing the merged
/// pair are touched), and a max-heap with lazily refreshed counts to find the next pair.
/// Ties between equally frequent pairs go to the smaller (left id, right id), as in
/// `tokenizers`' BpeTrainer, so training is deterministic.
struct BPEMergeLearner {
    /// Token strings by id; merges append to it.
    private(set) var tokens: [String]
    private var tokenIds: [String: Int32]
    /// Learned merges in order, as (left id, right id).
    private(set) var merges: [(Int32, Int32)] = []

    private var words: [[Int32]]
    private let wordCounts: [Int]
    private var pairCounts: [UInt64: Int] = [:]
    /// Words that may contain each pair (may hold stale or repeated entries).
    private var pairWords: [UInt64: [Int32]] = [:]
    private var heap = PriorityHeap()
    /// Per-word marker so a word listed twice for a pair is merged once per step.
    private var visitedStep: [Int]
    private var localDelta: [UInt64: Int] = [:]

    @inline(__always) private static func key(_ left: Int32, _ right: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: left)) << 32 | UInt64(UInt32(bitPattern: right))
    }

    /// `words` are pre-tokenized pieces as symbol ids into `tokens`, with their counts.
    init(tokens: [String], words: [[Int32]], counts: [Int]) {
        self.tokens = tokens
        var ids: [String: Int32] = [:]
        for (id, token) in tokens.enumerated() { ids[token] = Int32(id) }
        tokenIds = ids
        self.words = words
        wordCounts = counts
        visitedStep = [Int](repeating: -1, count: words.count)
        for (index, word) in words.enumerated() where word.count > 1 {
            for position in 0..<word.count - 1 {
                let pair = Self.key(word[position], word[position + 1])
                pairCounts[pair, default: 0] += counts[index]
                if pairWords[pair]?.last != Int32(index) { pairWords[pair, default: []].append(Int32(index)) }
            }
        }
        heap = PriorityHeap(pairCounts.map { PriorityHeap.Entry(priority: $0.value, tiebreak: $0.key) })
    }

    /// Learns merges until the vocabulary has `vocabularyLimit` tokens or the most
    /// frequent pair occurs fewer than `minFrequency` times.
    mutating func learn(vocabularyLimit: Int, minFrequency: Int) {
        var step = 0
        while tokens.count < vocabularyLimit, let top = heap.pop() {
            let pair = top.tiebreak
            let current = pairCounts[pair] ?? 0
            if current != top.priority {  // stale entry: requeue with the current count
                if current > 0 { heap.push(PriorityHeap.Entry(priority: current, tiebreak: pair)) }
                continue
            }
            if current < max(1, minFrequency) { break }
            let left = Int32(truncatingIfNeeded: pair >> 32)
            let right = Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF)
            let merged = tokens[Int(left)] + tokens[Int(right)]
            // Two merge paths can spell the same string: reuse its id, as `tokenizers` does.
            let mergedId: Int32
            if let existing = tokenIds[merged] {
                mergedId = existing
            } else {
                mergedId = Int32(tokens.count)
                tokens.append(merged)
                tokenIds[merged] = mergedId
            }
            merges.append((left, right))

            var increased = Set<UInt64>()
            for word in pairWords.removeValue(forKey: pair) ?? [] where visitedStep[Int(word)] != step {
                visitedStep[Int(word)] = step
                mergeWord(Int(word), left: left, right: right, into: mergedId, increased: &increased)
            }
            for grown in increased {
                if let count = pairCounts[grown], count > 0 { heap.push(PriorityHeap.Entry(priority: count, tiebreak: grown)) }
            }
            step += 1
        }
    }

    /// Replaces every non-overlapping (left, right) in one word, leftmost first, and
    /// applies the word's net pair-count changes.
    private mutating func mergeWord(_ index: Int, left: Int32, right: Int32, into mergedId: Int32, increased: inout Set<UInt64>) {
        let old = words[index]
        var merged: [Int32] = []
        merged.reserveCapacity(old.count)
        var position = 0
        while position < old.count {
            if position + 1 < old.count && old[position] == left && old[position + 1] == right {
                merged.append(mergedId)
                position += 2
            } else {
                merged.append(old[position])
                position += 1
            }
        }
        guard merged.count != old.count else { return }  // stale entry: pair no longer here

        localDelta.removeAll(keepingCapacity: true)
        for position in 0..<old.count - 1 { localDelta[Self.key(old[position], old[position + 1]), default: 0] -= 1 }
        for position in 0..<max(0, merged.count - 1) {
            localDelta[Self.key(merged[position], merged[position + 1]), default: 0] += 1
        }
        let count = wordCounts[index]
        for (pair, delta) in localDelta where delta != 0 {
            let updated = (pairCounts[pair] ?? 0) + delta * count
            if updated > 0 { pairCounts[pair] = updated } else { pairCounts.removeValue(forKey: pair) }
            if delta > 0 {
                increased.insert(pair)
                if pairWords[pair]?.last != Int32(index) { pairWords[pair, default: []].append(Int32(index)) }
            }
        }
        words[index] = merged
    }
}
