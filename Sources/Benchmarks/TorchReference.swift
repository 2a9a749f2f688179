import Foundation
import Tensor

/// Runs `../shared/perf/bench_torch.py` (PyTorch + transformers, 2 threads) on the same shape
/// and mode in this run, so speed is reported as a ratio measured side by side.
public enum TorchReference {
    public struct Figures {
        public let secondsPerStep: Double
        public let peakRSSBytes: Double
    }

    public static func run(python: String, script: String, shape: BenchShape, mode: String, steps: Int,
                           attention: String = "sdpa") throws -> Figures {
        guard FileManager.default.fileExists(atPath: script) else {
            throw AlignOnceError(script, "PyTorch reference script not found (pass --torch-script)")
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("alignonce-torch-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, "--configs", shape.rawValue, "--attn", attention, "--modes", mode,
                             "--steps", String(steps), "--no-wait-quiet", "--json", output.path]
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw AlignOnceError(python, "could not start the PyTorch reference: \(error.localizedDescription)")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0, let text = try? String(contentsOf: output, encoding: .utf8),
              let line = text.split(separator: "\n").last,
              let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let seconds = object["s_median"] as? Double else {
            throw AlignOnceError(script, "the PyTorch reference failed (exit \(process.terminationStatus)) or wrote no result")
        }
        let peakMiB = object["peak_rss_mib"] as? Double ?? .nan
        return Figures(secondsPerStep: seconds, peakRSSBytes: peakMiB * 1_048_576)
    }
}
