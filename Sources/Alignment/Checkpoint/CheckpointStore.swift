import Foundation
import Models
import Tensor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checkpoints of one run, as `<directory>/step-000123/{state.json, tensors.bin}` plus a
/// `latest` file naming the newest complete one. `directory` is typically `<run>/checkpoints`;
/// the store touches only `step-*` entries and `latest*` there.
///
/// Crash safety: a checkpoint is written into `step-N.tmp-<pid>/`, synced, then renamed to
/// `step-N/`; `latest` is replaced by writing `latest.tmp-<pid>` and renaming it over (rename
/// is atomic on POSIX). Older checkpoints are deleted only after the new one and the pointer are
/// in place. A crash therefore leaves at worst a stale `*.tmp-*` directory (ignored, removed by
/// the next save) and `latest` still naming a complete checkpoint.
public struct CheckpointStore: Sendable {
    public let directory: URL
    /// How many complete checkpoints to keep (newest first); 0 keeps all.
    public var keepLast: Int

    static let stateFile = "state.json"
    static let tensorFile = "tensors.bin"
    static let pointerFile = "latest"

    public init(directory: URL, keepLast: Int = 2) {
        self.directory = directory
        self.keepLast = keepLast
    }

    public static func directoryName(step: Int) -> String {
        String(format: "step-%06d", step)
    }

    /// Writes `checkpoint`, points `latest` at it, then rotates old ones. Returns its directory.
    @discardableResult
    public func save(_ checkpoint: Checkpoint) throws -> URL {
        let files = FileManager.default
        let name = Self.directoryName(step: checkpoint.state.step)
        let pid = ProcessInfo.processInfo.processIdentifier
        let temporary = directory.appendingPathComponent("\(name).tmp-\(pid)")
        do {
            try files.createDirectory(at: directory, withIntermediateDirectories: true)
            try removeStaleTemporaries()
            try files.createDirectory(at: temporary, withIntermediateDirectories: false)
            try TensorArchive.write(checkpoint.tensors, to: temporary.appendingPathComponent(Self.tensorFile))
            try writeSynced(try StateEnvelope.encode(checkpoint.state), to: temporary.appendingPathComponent(Self.stateFile))
        } catch {
            try? files.removeItem(at: temporary)
            throw error as? AlignOnceError
                ?? AlignOnceError(temporary.path, "cannot write checkpoint (\(error.localizedDescription))")
        }
        do {
            let final = directory.appendingPathComponent(name)
            if files.fileExists(atPath: final.path) {  // re-saving a step (e.g. after a resume)
                let displaced = directory.appendingPathComponent("\(name).tmp-old-\(pid)")
                try atomicRename(final, to: displaced)
                try atomicRename(temporary, to: final)
                try? files.removeItem(at: displaced)
            } else {
                try atomicRename(temporary, to: final)
            }
            let pointerTemporary = directory.appendingPathComponent("\(Self.pointerFile).tmp-\(pid)")
            try writeSynced(Data((name + "\n").utf8), to: pointerTemporary)
            try atomicRename(pointerTemporary, to: directory.appendingPathComponent(Self.pointerFile))
            try rotate(keeping: name)
            return final
        } catch {
            throw error as? AlignOnceError
                ?? AlignOnceError(directory.appendingPathComponent(name).path, "cannot publish checkpoint (\(error.localizedDescription))")
        }
    }

    /// Loads and verifies one checkpoint directory.
    public func load(_ checkpointDirectory: URL) throws -> Checkpoint {
        let state = try StateEnvelope.decode(checkpointDirectory.appendingPathComponent(Self.stateFile))
        let tensors = try TensorArchive.read(checkpointDirectory.appendingPathComponent(Self.tensorFile))
        return Checkpoint(state: state, tensors: tensors)
    }

    /// The newest complete checkpoint, or nil when there is none.
    public func loadLatest() throws -> Checkpoint? {
        try Self.latest(in: directory).map(load)
    }

    /// The checkpoint `latest` names when it is complete; otherwise the highest-numbered complete
    /// `step-N` directory (a damaged or missing pointer must not lose a run).
    public static func latest(in directory: URL) -> URL? {
        let pointer = directory.appendingPathComponent(pointerFile)
        if let text = try? String(contentsOf: pointer, encoding: .utf8) {
            let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let candidate = directory.appendingPathComponent(name)
            if step(ofDirectoryNamed: name) != nil, isComplete(candidate) { return candidate }
        }
        return completeCheckpoints(in: directory).last?.url
    }

    /// Complete `step-N` directories, oldest first.
    public static func completeCheckpoints(in directory: URL) -> [(step: Int, url: URL)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.compactMap { name -> (Int, URL)? in
            guard let step = step(ofDirectoryNamed: name) else { return nil }
            let url = directory.appendingPathComponent(name)
            return isComplete(url) ? (step, url) : nil
        }.sorted { $0.0 < $1.0 }
    }

    // MARK: - Helpers

    /// The step of a name of the exact form `step-<digits>` (temporaries do not match).
    static func step(ofDirectoryNamed name: String) -> Int? {
        guard name.hasPrefix("step-") else { return nil }
        let digits = name.dropFirst(5)
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(digits)
    }

    static func isComplete(_ url: URL) -> Bool {
        let files = FileManager.default
        return files.fileExists(atPath: url.appendingPathComponent(stateFile).path)
            && files.fileExists(atPath: url.appendingPathComponent(tensorFile).path)
    }

    private func rotate(keeping current: String) throws {
        guard keepLast > 0 else { return }
        let complete = Self.completeCheckpoints(in: directory)
        for old in complete.dropLast(keepLast) where old.url.lastPathComponent != current {
            try FileManager.default.removeItem(at: old.url)
        }
    }

    /// Leftovers of interrupted saves (one writer per run directory is assumed).
    private func removeStaleTemporaries() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        for name in names where (name.hasPrefix("step-") || name.hasPrefix(Self.pointerFile)) && name.contains(".tmp-") {
            try FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    private func writeSynced(_ data: Data, to url: URL) throws {
        guard AtomicFile.createEmptyFile(url) else {
            throw AlignOnceError(url.path, "cannot create file")
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
        try handle.synchronize()
    }

    /// rename(2): replaces a file destination atomically (FileManager.moveItem refuses to).
    private func atomicRename(_ source: URL, to destination: URL) throws {
        guard rename(source.path, destination.path) == 0 else {
            throw AlignOnceError(destination.path, "cannot rename \(source.lastPathComponent) into place (errno \(errno))")
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
