/// Binary heap popping the highest `priority` first and, among equal priorities, the
/// smallest `tiebreak`. The trainer keys it by (pair count, pair ids); BPE encoding by
/// (−merge rank, position), which yields the best merge, leftmost first.
struct PriorityHeap {
    struct Entry {
        let priority: Int
        let tiebreak: UInt64

        @inline(__always) func outranks(_ other: Entry) -> Bool {
            priority > other.priority || (priority == other.priority && tiebreak < other.tiebreak)
        }
    }

    private var entries: [Entry]

    init(_ entries: [Entry] = []) {
        self.entries = entries
        for index in stride(from: entries.count / 2 - 1, through: 0, by: -1) { siftDown(index) }
    }

    var isEmpty: Bool { entries.isEmpty }

    mutating func push(_ entry: Entry) {
        entries.append(entry)
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard entries[child].outranks(entries[parent]) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Entry? {
        guard let top = entries.first else { return nil }
        let last = entries.removeLast()
        if !entries.isEmpty {
            entries[0] = last
            siftDown(0)
        }
        return top
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let leftChild = 2 * parent + 1
            guard leftChild < entries.count else { return }
            var best = leftChild
            if leftChild + 1 < entries.count && entries[leftChild + 1].outranks(entries[leftChild]) { best = leftChild + 1 }
            guard entries[best].outranks(entries[parent]) else { return }
            entries.swapAt(best, parent)
            parent = best
        }
    }
}
