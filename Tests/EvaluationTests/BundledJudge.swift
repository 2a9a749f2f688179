import XCTest
@testable import Evaluation

/// The shipped judge (rules, world-free cue file, bundled classifier), loaded once for every
/// test class that checks a rule on it.
enum BundledJudge {
    static let shared: KeywordJudge? = try? KeywordJudge.standard()

    static func load() throws -> KeywordJudge {
        try XCTUnwrap(shared, "bundled cue file failed to load")
    }
}
