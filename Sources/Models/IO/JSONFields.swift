import Foundation
import Tensor

/// Typed, error-reporting access to the fields of one JSON object of a file.
///
/// Every failure is an `AlignOnceError` located at the file and naming the field
/// (`rope_scaling.factor` for nested objects), so a bad config.json says exactly what to fix.
/// A field set to `null` is treated like an absent one, as transformers does.
struct JSONFields {
    let source: String
    let object: [String: JSONValue]
    /// Dotted path of this object inside the file ("" at the top level, "rope_scaling." below).
    let prefix: String

    init(_ value: JSONValue, source: String, prefix: String = "") throws {
        guard case .object(let object) = value else {
            let what = prefix.isEmpty ? "the top level" : "field '\(prefix.dropLast())'"
            throw AlignOnceError(source, "\(what) must be a JSON object, got \(value.typeName)")
        }
        self.source = source
        self.object = object
        self.prefix = prefix
    }

    func error(_ key: String, _ problem: String) -> AlignOnceError {
        AlignOnceError(source, "field '\(prefix)\(key)' \(problem)")
    }

    /// The value of `key`, or nil when absent or `null`.
    func value(_ key: String) -> JSONValue? {
        guard let v = object[key], !v.isNull else { return nil }
        return v
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    func optionalInt(_ key: String) throws -> Int? {
        guard let v = value(key) else { return nil }
        switch v {
        case .int(let i):
            guard let n = Int(exactly: i) else { throw error(key, "is out of range (\(i))") }
            return n
        case .double(let d) where d.rounded() == d && abs(d) < 1e15:
            return Int(d)  // `64.0` means 64; transformers would accept it too
        default:
            throw error(key, "must be an integer, got \(v.typeName)")
        }
    }

    func int(_ key: String, default fallback: Int? = nil) throws -> Int {
        if let n = try optionalInt(key) { return n }
        if let fallback { return fallback }
        throw error(key, "is missing (required)")
    }

    func optionalDouble(_ key: String) throws -> Double? {
        guard let v = value(key) else { return nil }
        switch v {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: throw error(key, "must be a number, got \(v.typeName)")
        }
    }

    func double(_ key: String, default fallback: Double? = nil) throws -> Double {
        if let d = try optionalDouble(key) { return d }
        if let fallback { return fallback }
        throw error(key, "is missing (required)")
    }

    func bool(_ key: String, default fallback: Bool) throws -> Bool {
        guard let v = value(key) else { return fallback }
        guard case .bool(let b) = v else { throw error(key, "must be true or false, got \(v.typeName)") }
        return b
    }

    func optionalString(_ key: String) throws -> String? {
        guard let v = value(key) else { return nil }
        guard case .string(let s) = v else { throw error(key, "must be a string, got \(v.typeName)") }
        return s
    }

    /// An integer or a list of integers (`eos_token_id` style); nil when absent.
    func intOrIntList(_ key: String) throws -> [Int]? {
        guard let v = value(key) else { return nil }
        if case .array(let items) = v {
            return try items.enumerated().map { index, item in
                guard case .int(let i) = item, let n = Int(exactly: i) else {
                    throw error(key, "must be an integer or a list of integers, item \(index) is \(item.typeName)")
                }
                return n
            }
        }
        guard case .int(let i) = v, let n = Int(exactly: i) else {
            throw error(key, "must be an integer or a list of integers, got \(v.typeName)")
        }
        return [n]
    }

    /// A nested object field; nil when absent or `null`.
    func nested(_ key: String) throws -> JSONFields? {
        guard let v = value(key) else { return nil }
        return try JSONFields(v, source: source, prefix: "\(prefix)\(key).")
    }
}
