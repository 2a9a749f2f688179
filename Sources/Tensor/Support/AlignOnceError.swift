import Foundation

/// The one error type every AlignOnce module throws for bad input.
///
/// `description` is a single line that names where the problem is (a file, a file:line,
/// a field or a flag) and what was expected, so the CLI can print it verbatim and exit 1.
public struct AlignOnceError: Error, CustomStringConvertible, LocalizedError, Equatable {
    /// Where the problem is: a path, `path:line`, a field or a flag name. May be empty.
    public let location: String
    /// What is wrong and what was expected.
    public let problem: String

    public init(_ location: String, _ problem: String) {
        self.location = location
        self.problem = problem
    }

    public var description: String {
        location.isEmpty ? problem : "\(location): \(problem)"
    }

    public var errorDescription: String? { description }
}
