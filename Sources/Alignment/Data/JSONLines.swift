import Foundation
import Models
import Tensor

/// Typed field accessors for training data records, whose errors name `file:line` and the field.
extension JSONLRecord {
    func error(_ field: String, _ problem: String) -> AlignOnceError {
        AlignOnceError(location, "field \"\(field)\": \(problem)")
    }

    func has(_ field: String) -> Bool {
        if let value = object[field], !(value is NSNull) { return true }
        return false
    }

    func string(_ field: String) throws -> String {
        guard let value = object[field], !(value is NSNull) else {
            throw error(field, "missing; expected a string")
        }
        guard let text = value as? String else {
            throw error(field, "expected a string, got \(JSONLines.kind(of: value))")
        }
        return text
    }

    func optionalString(_ field: String) throws -> String? {
        has(field) ? try string(field) : nil
    }

    /// A language -> text object; every value must be a non-empty string.
    func stringMap(_ field: String) throws -> [String: String] {
        guard let value = object[field], !(value is NSNull) else { return [:] }
        guard let map = value as? [String: Any] else {
            throw error(field, "expected an object of language -> text, got \(JSONLines.kind(of: value))")
        }
        var result: [String: String] = [:]
        for (key, item) in map {
            guard let text = item as? String else {
                throw error("\(field).\(key)", "expected a string, got \(JSONLines.kind(of: item))")
            }
            guard !key.isEmpty, !text.isEmpty else {
                throw error("\(field).\(key)", "language code and text must be non-empty")
            }
            result[key] = text
        }
        return result
    }

    /// A list of `{"role", "content"}` messages.
    func messages(_ field: String) throws -> [ChatMessage] {
        guard let value = object[field], !(value is NSNull) else {
            throw error(field, "missing; expected a list of {\"role\", \"content\"} messages")
        }
        guard let list = value as? [Any] else {
            throw error(field, "expected a list of messages, got \(JSONLines.kind(of: value))")
        }
        return try list.enumerated().map { index, item in
            let name = "\(field)[\(index)]"
            guard let message = item as? [String: Any] else {
                throw error(name, "expected an object with \"role\" and \"content\", got \(JSONLines.kind(of: item))")
            }
            guard let role = message["role"] as? String, !role.isEmpty else {
                throw error("\(name).role", "missing or not a non-empty string")
            }
            guard let content = message["content"] as? String else {
                throw error("\(name).content", "missing or not a string")
            }
            return ChatMessage(role: role, content: content)
        }
    }

    /// Whether the field holds a list (conversational form) rather than a string.
    func isList(_ field: String) -> Bool { object[field] is [Any] }
}

extension JSONLines {
    /// As `records(at:)`, but an empty file is an error: training data must have records.
    static func nonEmptyRecords(at url: URL) throws -> [JSONLRecord] {
        let records = try records(at: url)
        if records.isEmpty {
            throw AlignOnceError(url.path, "no records; expected at least one JSON object line")
        }
        return records
    }
}
