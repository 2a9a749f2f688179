import Foundation
import XCTest
@testable import Tensor

#if !canImport(Accelerate)
final class SpinPoolTests: XCTestCase {
    /// Every part runs exactly once per call, over many back-to-back calls (the decoding
    /// pattern) and after the helpers have gone to sleep.
    func testEveryPartRunsOncePerCall() {
        let pool = SpinPool(helpers: 1)
        let counts = UnsafeMutablePointer<Int>.allocate(capacity: 2)
        defer { counts.deallocate() }
        counts.initialize(repeating: 0, count: 2)
        for round in 0..<20_000 {
            pool.run(parts: 2) { counts[$0] += 1 }
            if round % 5_000 == 0 { Thread.sleep(forTimeInterval: 0.01) }  // helpers fall asleep
        }
        XCTAssertEqual(counts[0], 20_000)
        XCTAssertEqual(counts[1], 20_000)
    }

    /// More parts than threads, nested calls and concurrent callers fall back to GCD and still
    /// run every part.
    func testFallbacksRunEveryPart() {
        let pool = SpinPool(helpers: 1)
        let total = UnsafeMutablePointer<Int>.allocate(capacity: 16)
        defer { total.deallocate() }
        total.initialize(repeating: 0, count: 16)
        pool.run(parts: 5) { total[$0] += 1 }
        XCTAssertEqual((0..<5).map { total[$0] }, [1, 1, 1, 1, 1])
        pool.run(parts: 2) { outer in
            pool.run(parts: 2) { inner in total[8 + outer * 2 + inner] += 1 }
        }
        XCTAssertEqual((8..<12).map { total[$0] }, [1, 1, 1, 1])
        let sums = UnsafeMutablePointer<Int>.allocate(capacity: 8)
        defer { sums.deallocate() }
        sums.initialize(repeating: 0, count: 8)
        DispatchQueue.concurrentPerform(iterations: 4) { caller in
            for _ in 0..<2_000 { pool.run(parts: 2) { sums[caller * 2 + $0] += 1 } }
        }
        XCTAssertEqual((0..<8).map { sums[$0] }, [Int](repeating: 2_000, count: 8))
    }

    /// The split transposed GEMV (blocks of A's rows, partial outputs summed) equals a naive product.
    func testSplitTransposedGEMVMatchesNaive() {
        let m = 700, n = 600  // above the split threshold
        let a = (0..<(m * n)).map { Float(($0 * 37) % 101) / 101 - 0.5 }
        let x = (0..<m).map { Float($0 % 13) / 13 - 0.4 }
        var y = (0..<n).map { Float($0 % 7) }
        let y0 = y
        BLAS.gemv(trans: true, m: m, n: n, alpha: 0.5, a: a, lda: n, x: x, beta: 2, y: &y)
        for j in stride(from: 0, to: n, by: 37) {
            var dot: Double = 0
            for i in 0..<m { dot += Double(a[i * n + j]) * Double(x[i]) }
            XCTAssertEqual(Double(y[j]), 0.5 * dot + 2 * Double(y0[j]), accuracy: 1e-3)
        }
    }

    /// The partial sums' buffer is shared between calls: growing sizes and concurrent callers
    /// (which fall back to their own buffer) still give every caller its own exact product.
    func testSplitTransposedGEMVWithConcurrentCallersAndGrowingSizes() {
        let m = 1100
        let failures = UnsafeMutablePointer<Int>.allocate(capacity: 4)
        defer { failures.deallocate() }
        failures.initialize(repeating: 0, count: 4)
        DispatchQueue.concurrentPerform(iterations: 4) { caller in
            for round in 0..<30 {
                let n = 500 + 100 * ((caller + round) % 5)  // every size re-used, some larger than before
                let a = (0..<(m * n)).map { Float(($0 * 31 + caller) % 97) / 97 - 0.5 }
                let x = (0..<m).map { Float(($0 + round) % 11) / 11 - 0.45 }
                var y = [Float](repeating: 1, count: n)
                BLAS.gemv(trans: true, m: m, n: n, a: a, lda: n, x: x, beta: 1, y: &y)
                for j in stride(from: caller, to: n, by: 53) {
                    var dot: Double = 1
                    for i in 0..<m { dot += Double(a[i * n + j]) * Double(x[i]) }
                    if abs(Double(y[j]) - dot) > 1e-3 { failures[caller] += 1 }
                }
            }
        }
        XCTAssertEqual((0..<4).map { failures[$0] }, [0, 0, 0, 0])
    }
}
#endif
