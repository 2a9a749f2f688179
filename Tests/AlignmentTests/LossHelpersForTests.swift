import Foundation
import XCTest
import TestSupport
import Models

/// Test-only helpers of the loss tests: fixture tensors, JSON access and a central-difference
/// gradient checker in double precision.
enum LossTestSupport {
    struct LoadError: Error, CustomStringConvertible { let description: String }

    /// Every float tensor of a safetensors file: name -> (shape, values).
    static func readF32Safetensors(_ url: URL) throws -> [String: (shape: [Int], values: [Float])] {
        let file = try SafetensorsFile(url: url)
        var tensors: [String: (shape: [Int], values: [Float])] = [:]
        for name in file.names where file.info(name)?.dtype == "F32" {
            let t = try file.floatTensor(name)
            tensors[name] = (t.shape, t.values)
        }
        return tensors
    }

    /// The JSON object of a fixture file.
    static func jsonObject(_ relative: String) throws -> [String: Any] {
        guard let object = try Fixtures.json(relative) as? [String: Any] else {
            throw LoadError(description: "\(relative): not a JSON object")
        }
        return object
    }

    /// Follows a key path through nested JSON objects.
    static func value(_ object: Any, _ path: String...) throws -> Any {
        var current = object
        for key in path {
            guard let dict = current as? [String: Any], let next = dict[key] else {
                throw LoadError(description: "missing JSON key \(path.joined(separator: "."))")
            }
            current = next
        }
        return current
    }

    static func double(_ object: Any, _ path: String...) throws -> Double {
        var current = object
        for key in path { current = try value(current, key) }
        guard let number = current as? NSNumber else { throw LoadError(description: "\(path) is not a number") }
        return number.doubleValue
    }

    /// Asserts |actual - expected| <= tolerance * max(1, |expected|).
    static func assertClose(_ actual: Double, _ expected: Double, _ tolerance: Double, _ what: String,
                            file: StaticString = #filePath, line: UInt = #line) {
        let allowed = tolerance * max(1, abs(expected))
        XCTAssertLessThanOrEqual(abs(actual - expected), allowed,
                                 "\(what): got \(actual), expected \(expected)", file: file, line: line)
    }

    /// Central difference of f at x along coordinate i.
    static func centralDifference(_ f: ([Double]) throws -> Double, at x: [Double], coordinate i: Int,
                                  step h: Double) rethrows -> Double {
        var plus = x, minus = x
        plus[i] += h
        minus[i] -= h
        return (try f(plus) - f(minus)) / (2 * h)
    }
}
