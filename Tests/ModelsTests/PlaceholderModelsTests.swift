import XCTest
@testable import Models
final class PlaceholderModelsTests: XCTestCase { func testBuilds() { XCTAssertTrue(true) } }
