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

    /// A fresh temporary directory for one test.
    public static func temporaryDirectory(_ name: String = "alignonce-test") throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
