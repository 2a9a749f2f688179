import XCTest
@testable import Alignment
final class PlaceholderAlignmentTests: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
