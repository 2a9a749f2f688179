import Foundation

/// Locates the shared parity fixtures: `$ALIGNONCE_FIXTURES`, else `<repo>/../shared/fixtures/parity`.
public enum Fixtures {
    public static var root: URL {
        if let env = ProcessInfo.processInfo.environment["ALIGNONCE_FIXTURES"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        // This file is <repo>/Tests/TestSupport/Fixtures.swift.
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared/fixtures/parity")
    }

    public static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    /// Parses a JSON file of the fixtures into Foundation objects.
    public static func json(_ relative: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url(relative)))
    }

    /// A fresh temporary directory for one test, inside this test process's own scratch root
    /// (`$TMPDIR/alignonce-tests-<pid>`), which is removed when the process exits: a full run
    /// creates over a hundred of these, and leaving them in /tmp would fill it across runs.
    public static func temporaryDirectory(_ name: String = "alignonce-test") throws -> URL {
        let dir = scratchRoot.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    private static func scratchRootURL() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("alignonce-tests-\(getpid())")
    }

    private static let scratchRoot: URL = {
        // atexit takes a C function pointer, which cannot capture: the root is recomputed there.
        atexit { try? FileManager.default.removeItem(at: Fixtures.scratchRootURL()) }
        return scratchRootURL()
    }()
}
