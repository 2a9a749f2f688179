import XCTest
@testable import Demo
final class PlaceholderDemoTests: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
