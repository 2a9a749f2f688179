import Foundation
import Models
import Tensor

/// A line of a suite or judge-input file (the shared JSON Lines record of Models).
typealias JSONLine = JSONLRecord

/// Field accessors of evaluation inputs, whose errors name `file:line` and the field.
extension JSONLRecord {
    /// A required, non-empty string field.
    func string(_ field: String) throws -> String {
        guard let raw = object[field] else {
            throw AlignOnceError(location, "missing field \"\(field)\" (expected a string)")
        }
        guard let value = raw as? String else {
            throw AlignOnceError(location, "field \"\(field)\" must be a string, got \(JSONLines.kind(of: raw))")
        }
        guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw AlignOnceError(location, "field \"\(field)\" is empty (expected non-empty text)")
        }
        return value
    }

    /// A string field that may be absent or null; empty strings are returned as they are.
    func optionalString(_ field: String) throws -> String? {
        guard let raw = object[field], !(raw is NSNull) else { return nil }
        guard let value = raw as? String else {
            throw AlignOnceError(location, "field \"\(field)\" must be a string, got \(JSONLines.kind(of: raw))")
        }
        return value
    }

    /// A field that identifies something: a string or an integer, returned as text.
    func identifier(_ field: String) throws -> String? {
        guard let raw = object[field], !(raw is NSNull) else { return nil }
        if let text = raw as? String, !text.isEmpty { return text }
        if let number = raw as? NSNumber, !JSONLines.isBoolean(number), number.doubleValue == number.doubleValue.rounded() {
            return String(number.int64Value)
        }
        throw AlignOnceError(location, "field \"\(field)\" must be a non-empty string or an integer, got \(JSONLines.kind(of: raw))")
    }
}
