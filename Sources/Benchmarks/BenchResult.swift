import Foundation
import Tensor

/// One benchmark's figures; `--json` prints exactly this object.
public struct BenchResult: Codable, Sendable {
    public var benchmark: String
    public var shape: String
    public var steps: Int
    public var tokensPerSecond: Double
    public var secondsPerStep: Double
    public var secondsMin: Double
    public var secondsMax: Double
    public var modelGflopPerStep: Double
    public var gflops: Double
    /// Model FLOP/s over the sgemm peak measured in the same run.
    public var mfu: Double
    public var sgemmGflops: Double
    public var peakRssBytes: Int
    /// Extra figures (e.g. the MLC overhead ratio or a PyTorch comparison).
    public var extra: [String: Double] = [:]

    enum CodingKeys: String, CodingKey {
        case benchmark, shape, steps, extra
        case tokensPerSecond = "tokens_per_second", secondsPerStep = "seconds_per_step"
        case secondsMin = "seconds_min", secondsMax = "seconds_max"
        case modelGflopPerStep = "model_gflop_per_step", gflops, mfu
        case sgemmGflops = "sgemm_gflops", peakRssBytes = "peak_rss_bytes"
    }

    /// Sets the sgemm peak MFU is measured against.
    public mutating func measuredPeak(_ gflopsPeak: Double) {
        sgemmGflops = gflopsPeak
        mfu = gflops / gflopsPeak
    }

    public var summary: String {
        var line = String(format: "%@ %@: %.4f s/step (min %.4f, max %.4f), %.0f tokens/s, %.1f GFLOP/s, MFU %.1f%% of %.0f GFLOP/s measured sgemm peak, peak RSS %.2f GiB",
                          benchmark, shape, secondsPerStep, secondsMin, secondsMax, tokensPerSecond, gflops, mfu * 100,
                          sgemmGflops, Double(peakRssBytes) / 1_073_741_824)
        for (k, v) in extra.sorted(by: { $0.key < $1.key }) { line += String(format: ", %@ %.3f", k, v) }
        return line
    }
}

public enum BenchClock {
    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    /// Peak resident set size of this process so far (VmHWM), in bytes.
    public static func peakRSS() -> Int {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss)
        #endif
    }

    /// Runs `warmup` untimed then `steps` timed calls; returns the per-step seconds.
    public static func time(warmup: Int, steps: Int, _ body: () throws -> Void) rethrows -> [Double] {
        for _ in 0..<warmup { try body() }
        var times: [Double] = []
        for _ in 0..<steps {
            let start = now()
            try body()
            times.append(now() - start)
        }
        return times
    }

    public static func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}

/// Measures this machine's sgemm peak in the current run (best of several 1024³ products),
/// the denominator of MFU, so MFU compares like with like on a noisy shared host.
public enum SgemmPeak {
    public static func measure(size n: Int = 1024, repeats: Int = 7) -> Double {
        let a = FloatBuffer(count: n * n), b = FloatBuffer(count: n * n), c = FloatBuffer(count: n * n)
        for i in 0..<(n * n) { a[i] = Float(i % 13) * 0.01; b[i] = Float(i % 7) * 0.02 }
        var best = 0.0
        for _ in 0...repeats {
            let start = BenchClock.now()
            BLAS.gemm(m: n, n: n, k: n, a: a.pointer, lda: n, b: b.pointer, ldb: n, c: c.pointer, ldc: n)
            best = max(best, 2 * Double(n * n * n) / (BenchClock.now() - start) / 1e9)
        }
        return best
    }
}
