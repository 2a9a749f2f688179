import Foundation
import XCTest
import TestSupport

/// Test-only helpers of the loss tests: a minimal F32-only safetensors reader (the Models
/// module's reader is written in parallel; this avoids depending on it), JSON access and a
/// central-difference gradient checker.
enum LossTestSupport {
    struct LoadError: Error, CustomStringConvertible { let description: String }

    /// Reads every F32 tensor of a safetensors file: name -> (shape, values).
    static func readF32Safetensors(_ url: URL) throws -> [String: (shape: [Int], values: [Float])] {
        let data = try Data(contentsOf: url)
        guard data.count >= 8 else { throw LoadError(description: "\(url.path): shorter than 8 bytes") }
        let headerLength = data.prefix(8).enumerated().reduce(0) { $0 | (Int($1.element) << (8 * $1.offset)) }
        guard 8 + headerLength <= data.count,
              let header = try JSONSerialization.jsonObject(with: data.subdata(in: 8..<(8 + headerLength)))
                as? [String: Any] else { throw LoadError(description: "\(url.path): bad header") }
        var tensors: [String: (shape: [Int], values: [Float])] = [:]
        for (name, entry) in header where name != "__metadata__" {
            guard let info = entry as? [String: Any], info["dtype"] as? String == "F32",
                  let shape = info["shape"] as? [Int], let offsets = info["data_offsets"] as? [Int] else { continue }
            let begin = 8 + headerLength + offsets[0], end = 8 + headerLength + offsets[1]
            var values = [Float](repeating: 0, count: (end - begin) / 4)
            _ = values.withUnsafeMutableBytes { data.copyBytes(to: $0, from: begin..<end) }
            tensors[name] = (shape, values.map { Float(bitPattern: $0.bitPattern.littleEndian) })
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
