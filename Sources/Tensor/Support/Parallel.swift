import Foundation

/// Work splitting for the non-GEMM loops: the machine has few cores (2 in CI), so loops are
/// cut into at most `workerCount` contiguous chunks, one per core, each running on its own
/// thread through `DispatchQueue.concurrentPerform`.
public enum Parallel {
    /// Number of worker threads used by `forEachChunk` (defaults to the active core count).
    nonisolated(unsafe) public static var workerCount: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)

    /// Below this much work (in element operations) a loop runs on the calling thread:
    /// waking a second thread costs a few microseconds.
    public static let minimumParallelWork = 32_768

    /// Calls `body` on disjoint sub-ranges that together cover `0..<count`.
    /// `costPerItem` estimates element operations per item, to skip threading tiny loops.
    @inline(__always)
    public static func forEachChunk(_ count: Int, costPerItem: Int = 1, _ body: (Range<Int>) -> Void) {
        guard count > 0 else { return }
        let workers = min(workerCount, count)
        if workers <= 1 || count * costPerItem < minimumParallelWork {
            body(0..<count)
            return
        }
        DispatchQueue.concurrentPerform(iterations: workers) { w in
            let start = count * w / workers
            let end = count * (w + 1) / workers
            if start < end { body(start..<end) }
        }
    }

    /// Calls `body(i)` for each `i` in `0..<count`, items spread over the workers.
    @inline(__always)
    public static func forEach(_ count: Int, costPerItem: Int = 1, _ body: (Int) -> Void) {
        forEachChunk(count, costPerItem: costPerItem) { range in
            for i in range { body(i) }
        }
    }
}
