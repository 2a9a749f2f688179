import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A terminal progress line for training, evaluation or generation:
///
///     train  37/120  30.8% [#######.................] loss=0.512 tok/s=812  ETA 01:23
///
/// On a terminal it is redrawn in place with `\r` (at most every `minimumRedrawInterval`
/// seconds); otherwise (logs, CI) a full line is printed each time another `reportEveryPercent`
/// of the work is done, so files are not flooded.
public final class ProgressBar {
    public let total: Int
    public let label: String
    public let width: Int
    public let isTerminal: Bool
    public let reportEveryPercent: Int
    public var minimumRedrawInterval = 0.1
    private let write: (String) -> Void
    private let clock: () -> Double
    private let start: Double
    private var completed = 0
    private var lastReportedBucket = -1
    private var lastRedraw = -Double.infinity
    private var lastLineLength = 0

    /// `write` defaults to standard error, `isTerminal` to whether standard error is a TTY;
    /// `clock` returns seconds (injectable for tests).
    public init(total: Int, label: String, width: Int = 24, isTerminal: Bool? = nil, reportEveryPercent: Int = 10,
                write: ((String) -> Void)? = nil, clock: (() -> Double)? = nil) {
        self.total = max(0, total)
        self.label = label
        self.width = max(1, width)
        self.isTerminal = isTerminal ?? (isatty(STDERR_FILENO) == 1)
        self.reportEveryPercent = max(1, reportEveryPercent)
        self.write = write ?? { text in FileHandle.standardError.write(Data(text.utf8)) }
        let clock = clock ?? { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
        self.clock = clock
        self.start = clock()
    }

    public func advance(by amount: Int = 1, fields: [(String, String)] = []) {
        update(completed: completed + amount, fields: fields)
    }

    public func update(completed newValue: Int, fields: [(String, String)] = []) {
        completed = min(max(0, newValue), total)
        let now = clock()
        let line = Self.render(label: label, completed: completed, total: total, width: width,
                               elapsed: now - start, fields: fields)
        if isTerminal {
            guard completed == total || now - lastRedraw >= minimumRedrawInterval else { return }
            lastRedraw = now
            let padding = String(repeating: " ", count: max(0, lastLineLength - line.count))
            lastLineLength = line.count
            write("\r" + line + padding)
        } else {
            let bucket = total == 0 ? 100 : completed * 100 / total / reportEveryPercent
            guard bucket > lastReportedBucket else { return }
            lastReportedBucket = bucket
            write(line + "\n")
        }
    }

    /// Marks the work done and ends the terminal line.
    public func finish(fields: [(String, String)] = []) {
        update(completed: total, fields: fields)
        if isTerminal { write("\n") }
    }

    /// The progress line itself (pure, for tests and custom sinks).
    public static func render(label: String, completed: Int, total: Int, width: Int,
                              elapsed: Double, fields: [(String, String)]) -> String {
        let fraction = total > 0 ? Double(completed) / Double(total) : 1
        let filled = min(width, Int((fraction * Double(width)).rounded(.down)))
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        var parts = [label, "\(completed)/\(total)", String(format: "%5.1f%%", fraction * 100), "[\(bar)]"]
        parts += fields.map { "\($0.0)=\($0.1)" }
        let eta: String
        if completed >= total {
            eta = "done in " + formatDuration(elapsed)
        } else if completed > 0 {
            eta = "ETA " + formatDuration(elapsed / Double(completed) * Double(total - completed))
        } else {
            eta = "ETA --:--"
        }
        return parts.joined(separator: " ") + "  " + eta
    }

    /// `mm:ss`, or `h:mm:ss` from one hour.
    public static func formatDuration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "--:--" }
        let whole = Int(seconds.rounded())
        let (h, m, s) = (whole / 3600, whole / 60 % 60, whole % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%02d:%02d", m, s)
    }
}
