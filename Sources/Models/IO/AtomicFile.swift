import Foundation
import Tensor

/// Crash-safe file and folder creation: everything is written under a temporary name next to
/// its destination and renamed into place only once complete, so an interrupted run leaves
/// either the old content or the new, never a half-written file.
public enum AtomicFile {
    /// Writes a file through `body`, flushes it to disk, then renames it over `url`.
    /// The parent folder is created when missing.
    public static func write(to url: URL, _ body: (FileHandle) throws -> Void) throws {
        let parent = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw AlignOnceError(parent.path, "cannot create output folder (\(error.localizedDescription))")
        }
        let temporary = siblingURL(of: url, tag: "tmp")
        // open(2), not FileManager.createFile: corelibs Foundation implements that with an
        // atomic write that leaves an empty TemporaryDirectory.* behind in /tmp on every call.
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            throw AlignOnceError(url.path, "cannot create a file in \(parent.path) (\(String(cString: strerror(errno))))")
        }
        do {
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
            do {
                try body(handle)
                try handle.synchronize()
                try handle.close()
            } catch {
                try? handle.close()
                throw error
            }
            try rename(temporary, to: url)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if error is AlignOnceError { throw error }
            throw AlignOnceError(url.path, "cannot write file (\(error.localizedDescription))")
        }
    }

    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { try $0.write(contentsOf: data) }
    }

    public static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }

    /// Builds a folder with `build` in a temporary sibling, then puts it at `url`. An existing
    /// folder at `url` is replaced only after the new one is complete.
    public static func replaceDirectory(at url: URL, build: (URL) throws -> Void) throws {
        let fileManager = FileManager.default
        let parent = url.deletingLastPathComponent()
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw AlignOnceError(parent.path, "cannot create folder (\(error.localizedDescription))")
        }
        let staging = siblingURL(of: url, tag: "tmp")
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            try build(staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            if error is AlignOnceError { throw error }
            throw AlignOnceError(url.path, "cannot write folder (\(error.localizedDescription))")
        }
        guard fileManager.fileExists(atPath: url.path) else {
            try rename(staging, to: url)
            return
        }
        // rename(2) cannot replace a non-empty folder, so move the old one aside first and
        // put it back if the swap fails.
        let retired = siblingURL(of: url, tag: "old")
        try rename(url, to: retired)
        do {
            try rename(staging, to: url)
        } catch {
            try? rename(retired, to: url)
            try? fileManager.removeItem(at: staging)
            throw error
        }
        try? fileManager.removeItem(at: retired)
    }

    /// Creates (or truncates) an empty file with open(2). FileManager.createFile is avoided: corelibs
    /// Foundation implements it with an atomic write that leaves an empty TemporaryDirectory.*
    /// behind in /tmp on every call.
    public static func createEmptyFile(_ url: URL) -> Bool {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return false }
        return close(descriptor) == 0
    }

    /// A hidden name in the same folder (same file system, so the final rename is atomic).
    public static func siblingURL(of url: URL, tag: String) -> URL {
        url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(tag)-\(UUID().uuidString)")
    }

    public static func rename(_ source: URL, to destination: URL) throws {
        guard Foundation.rename(source.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            throw AlignOnceError(destination.path, "cannot move \(source.lastPathComponent) into place (\(reason))")
        }
    }
}
