import Foundation
import Models
import Tensor

/// One parsed JSONL record and where it came from, with typed field accessors whose errors
/// name `file:line` and the field.
struct JSONLRecord {
    let object: [String: Any]
    /// `path:line` (1-based line number).
    let location: String

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

enum JSONLines {
    /// Reads `url` and parses every non-blank line as a JSON object.
    /// Throws naming the file for unreadable / non-UTF-8 / empty files, `file:line` for bad lines.
    static func records(at url: URL) throws -> [JSONLRecord] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw AlignOnceError(url.path, "cannot read file (\(error.localizedDescription))")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw AlignOnceError(url.path, "not valid UTF-8 text; expected JSON Lines")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }  // byte-order mark some editors add
        var records: [JSONLRecord] = []
        var lineNumber = 0
        for rawLine in lines(of: text) {
            lineNumber += 1
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            let location = "\(url.path):\(lineNumber)"
            let parsed: Any
            do {
                parsed = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
            } catch {
                throw AlignOnceError(location, "not valid JSON; expected one JSON object per line")
            }
            guard let object = parsed as? [String: Any] else {
                throw AlignOnceError(location, "expected a JSON object, got \(kind(of: parsed))")
            }
            records.append(JSONLRecord(object: object, location: location))
        }
        if records.isEmpty {
            throw AlignOnceError(url.path, "no records; expected at least one JSON object line")
        }
        return records
    }

    /// The lines of `text`, blank ones included (so indices give line numbers). "\r\n" is a
    /// single Character in Swift, so CRLF files need it named explicitly.
    static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    /// A JSON type name for error messages.
    static func kind(of value: Any) -> String {
        switch value {
        case is String: return "a string"
        case is [Any]: return "a list"
        case is [String: Any]: return "an object"
        case is NSNull: return "null"
        case is NSNumber: return "a number or boolean"
        default: return "\(type(of: value))"
        }
    }
}
