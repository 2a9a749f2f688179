import Foundation
import Tensor

/// One parsed line of a JSON Lines file, remembering where it came from so every error can
/// name `file:line` and the offending field.
public struct JSONLine {
    public let object: [String: Any]
    /// `path:line` (1-based line number).
    public let location: String

    /// A required, non-empty string field.
    public func string(_ field: String) throws -> String {
        guard let raw = object[field] else {
            throw AlignOnceError(location, "missing field \"\(field)\" (expected a string)")
        }
        guard let value = raw as? String else {
            throw AlignOnceError(location, "field \"\(field)\" must be a string, got \(JSONLine.typeName(raw))")
        }
        guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw AlignOnceError(location, "field \"\(field)\" is empty (expected non-empty text)")
        }
        return value
    }

    /// A string field that may be absent or null; empty strings are returned as they are.
    public func optionalString(_ field: String) throws -> String? {
        guard let raw = object[field], !(raw is NSNull) else { return nil }
        guard let value = raw as? String else {
            throw AlignOnceError(location, "field \"\(field)\" must be a string, got \(JSONLine.typeName(raw))")
        }
        return value
    }

    /// A field that identifies something: a string or an integer, returned as text.
    public func identifier(_ field: String) throws -> String? {
        guard let raw = object[field], !(raw is NSNull) else { return nil }
        if let text = raw as? String, !text.isEmpty { return text }
        if let number = raw as? NSNumber, !JSONLine.isBool(number), number.doubleValue == number.doubleValue.rounded() {
            return String(number.int64Value)
        }
        throw AlignOnceError(location, "field \"\(field)\" must be a non-empty string or an integer, got \(JSONLine.typeName(raw))")
    }

    static func isBool(_ number: NSNumber) -> Bool {
        // JSONSerialization stores true/false as char-typed numbers; JSON never yields other chars.
        String(cString: number.objCType) == "c"
    }

    static func typeName(_ value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case let number as NSNumber: return isBool(number) ? "a boolean" : "a number"
        case is String: return "a string"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        default: return "an unsupported value"
        }
    }
}

/// Reads JSON Lines: one JSON object per line, blank lines skipped, UTF-8 BOM and CRLF tolerated.
public enum JSONLinesReader {
    public static func read(_ url: URL) throws -> [JSONLine] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw AlignOnceError(url.path, "cannot read file (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw AlignOnceError(url.path, "file is not valid UTF-8")
        }
        return try parse(text, path: url.path)
    }

    public static func parse(_ text: String, path: String) throws -> [JSONLine] {
        var lines: [JSONLine] = []
        var body = Substring(text)
        if body.unicodeScalars.first == "\u{FEFF}" { body = Substring(body.unicodeScalars.dropFirst()) }
        for (index, rawLine) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let location = "\(path):\(index + 1)"
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            let parsed: Any
            do {
                parsed = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
            } catch {
                throw AlignOnceError(location, "line is not valid JSON (expected one JSON object per line)")
            }
            guard let object = parsed as? [String: Any] else {
                throw AlignOnceError(location, "line is \(JSONLine.typeName(parsed)), expected a JSON object")
            }
            lines.append(JSONLine(object: object, location: location))
        }
        return lines
    }
}
