import Foundation
import Models
import Tensor

/// Appends one JSON object per logged step to `metrics.jsonl`, written with a single write call
/// per line (no buffering: a crash loses at most the line being written).
///
/// Keys: `step` first, then the usual training metrics in a fixed order (`loss`,
/// `objective_loss`, `mlc_loss`, `consistency`, `lr`, `grad_norm`, `tokens_per_second`,
/// `rewards/chosen`, `rewards/rejected`, `rewards/margins`, `rewards/accuracies`), then any other
/// keys sorted. Non-finite values are written as `null` (JSON has no NaN).
public final class MetricsLogger {
    public static let preferredOrder = [
        "loss", "objective_loss", "mlc_loss", "consistency", "lr", "grad_norm", "tokens_per_second",
        "rewards/chosen", "rewards/rejected", "rewards/margins", "rewards/accuracies",
    ]

    public let url: URL
    private let handle: FileHandle

    /// Opens (creating if needed) `url` for appending. When resuming from a checkpoint at step N,
    /// pass `discardingAfterStep: N` so lines logged after the checkpoint (and lost with the
    /// crash) are dropped and not duplicated.
    public init(url: URL, discardingAfterStep: Int? = nil) throws {
        self.url = url
        let files = FileManager.default
        if let cutoff = discardingAfterStep, files.fileExists(atPath: url.path) {
            let text = try String(contentsOf: url, encoding: .utf8)
            let kept = TextFile.lines(of: text).filter { line in
                guard let step = Self.step(ofLine: line) else { return false }
                return step <= cutoff
            }
            try AtomicFile.write(Data(kept.map { $0 + "\n" }.joined().utf8), to: url)
        } else if !files.fileExists(atPath: url.path) {
            guard AtomicFile.createEmptyFile(url) else {
                throw AlignOnceError(url.path, "cannot create metrics log")
            }
        }
        handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
    }

    deinit { try? handle.close() }

    public func log(step: Int, _ metrics: [String: Double]) throws {
        do {
            try handle.write(contentsOf: Data((Self.line(step: step, metrics) + "\n").utf8))
        } catch {
            throw AlignOnceError(url.path, "cannot append metrics (\(error.localizedDescription))")
        }
    }

    /// One JSON object, keys ordered as described above.
    public static func line(step: Int, _ metrics: [String: Double]) -> String {
        let preferred = preferredOrder.filter { metrics[$0] != nil }
        let others = metrics.keys.filter { !preferredOrder.contains($0) && $0 != "step" }.sorted()
        var fields = ["\"step\":\(step)"]
        for key in preferred + others {
            let value = metrics[key] ?? .nan
            fields.append("\(jsonString(key)):\(value.isFinite ? "\(value)" : "null")")
        }
        return "{" + fields.joined(separator: ",") + "}"
    }

    /// Reads a metrics file back (for plots and tests); `null` reads as NaN.
    public static func readAll(_ url: URL) throws -> [[String: Double]] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw AlignOnceError(url.path, "cannot read metrics log (\(error.localizedDescription))")
        }
        var rows: [[String: Double]] = []
        for (index, line) in TextFile.lines(of: text).enumerated() where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw AlignOnceError("\(url.path):\(index + 1)", "not a JSON object")
            }
            var row: [String: Double] = [:]
            for (key, value) in object {
                row[key] = (value as? NSNumber)?.doubleValue ?? .nan
            }
            rows.append(row)
        }
        return rows
    }

    private static func step(ofLine line: Substring) -> Int? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        return (object["step"] as? NSNumber)?.intValue
    }

    private static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
