import XCTest
@testable import Evaluation
final class PlaceholderEvaluationTests: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
