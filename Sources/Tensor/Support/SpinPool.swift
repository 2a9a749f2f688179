#if !canImport(Accelerate)
import Foundation
import Synchronization

/// Runs many tiny parallel jobs back to back — the GEMVs of decoding one token, 4-5 per layer —
/// without paying a thread wake-up for each.
///
/// A GCD `concurrentPerform` parks its workers between jobs, and waking one costs tens of
/// microseconds: for the 41 products of one decoded token of the M bench model that was about
/// a sixth of the token's time. Here helper threads spin for a short while after each job
/// (`spinLimit`), so the next job of the same token finds them awake, and then sleep on a
/// semaphore, so an idle process burns no CPU. One caller at a time: a concurrent or nested
/// call falls back to `concurrentPerform`.
public final class SpinPool: @unchecked Sendable {
    public static let shared = SpinPool(helpers: max(0, Parallel.workerCount - 1))

    /// How long a helper keeps spinning after a job before it sleeps (~50-100 µs).
    private static let spinLimit = 20_000

    private let helpers: Int
    private let generation = Atomic<Int>(0)
    private let finished = Atomic<Int>(0)
    private let busy = Atomic<Bool>(false)
    private let sleepers = Atomic<Int>(0)
    private let wake = DispatchSemaphore(value: 0)
    /// The running job. Written only while no helper reads it: set before the generation that
    /// announces it, cleared after every helper with a part has run it and let go of it.
    private nonisolated(unsafe) var job: ((Int) -> Void)?
    private nonisolated(unsafe) var parts = 0

    init(helpers: Int) {
        self.helpers = helpers
        for index in 0..<helpers {
            let thread = Thread { [unowned self] in self.helperLoop(index + 1) }
            thread.name = "alignonce.spin.\(index + 1)"
            thread.start()
        }
    }

    /// Calls `body(p)` for p in 0..<parts, concurrently, and returns when all are done.
    public func run(parts: Int, _ body: @escaping (Int) -> Void) {
        guard parts > 1 else {
            if parts == 1 { body(0) }
            return
        }
        guard parts <= helpers + 1, busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            DispatchQueue.concurrentPerform(iterations: parts, execute: body)
            return
        }
        defer { busy.store(false, ordering: .releasing) }
        job = body
        self.parts = parts
        finished.store(0, ordering: .relaxed)
        generation.wrappingAdd(1, ordering: .sequentiallyConsistent)
        // A helper that went to sleep before seeing the new generation needs a signal.
        let asleep = sleepers.load(ordering: .sequentiallyConsistent)
        for _ in 0..<asleep { wake.signal() }
        body(0)
        while finished.load(ordering: .acquiring) < parts - 1 { }
        job = nil
    }


    /// Runs this helper's part. A separate, non-inlined call so that every reference the
    /// helper took to the job is released before it reports back, and `run` can clear `job`
    /// without racing a helper's release.
    @inline(never)
    private func runJob(_ index: Int) {
        job?(index)
    }

    private func helperLoop(_ index: Int) {
        var seen = 0
        while true {
            var spins = 0
            var current = generation.load(ordering: .acquiring)
            while current == seen {
                spins += 1
                if spins > Self.spinLimit {
                    sleepers.wrappingAdd(1, ordering: .sequentiallyConsistent)
                    if generation.load(ordering: .sequentiallyConsistent) == seen { wake.wait() }
                    sleepers.wrappingSubtract(1, ordering: .sequentiallyConsistent)
                    spins = 0
                }
                current = generation.load(ordering: .acquiring)
            }
            seen = current
            // Only the helpers with a part report back, so the caller waits for exactly those.
            if index < parts {
                runJob(index)
                finished.wrappingAdd(1, ordering: .releasing)
            }
        }
    }
}
#endif

#if canImport(Accelerate)
import Foundation

/// On Apple platforms Accelerate threads its own products and `BLAS` splits nothing by hand,
/// so the pool is plain `concurrentPerform` (the `Synchronization` atomics the spinning pool
/// needs are not available on macOS 13).
public final class SpinPool: @unchecked Sendable {
    public static let shared = SpinPool()

    public func run(parts: Int, _ body: @escaping (Int) -> Void) {
        DispatchQueue.concurrentPerform(iterations: max(parts, 0), execute: body)
    }

}
#endif
