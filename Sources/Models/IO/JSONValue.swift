import Foundation
import Tensor

/// A parsed JSON document that keeps the distinctions config files need (integer vs float,
/// `null` vs absent, key order irrelevant) and can be written back deterministically.
///
/// Foundation's `JSONSerialization` turns `true` into a number on Linux and reformats
/// doubles; this type avoids both, so `1e-05` round-trips as `1e-05` and `true` stays a Bool.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses `data`; a syntax error becomes a one-line `AlignOnceError` naming `source`.
    public static func parse(_ data: Data, source: String) throws -> JSONValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data)
        } catch let error as DecodingError {
            throw AlignOnceError(source, "malformed JSON (\(Self.summary(of: error, in: data)))")
        } catch {
            throw AlignOnceError(source, "malformed JSON (\(error.localizedDescription))")
        }
    }

    /// Reads and parses a file; unreadable files and bad JSON both name the file.
    public static func parse(contentsOf url: URL) throws -> JSONValue {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw AlignOnceError(url.path, "cannot read file (\(error.localizedDescription))")
        }
        return try parse(data, source: url.path)
    }

    private static func summary(of error: DecodingError, in data: Data) -> String {
        let text: String
        switch error {
        case .dataCorrupted:
            text = syntaxErrorPosition(in: data) ?? "not valid JSON"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context):
            text = context.debugDescription
        @unknown default: text = "\(error)"
        }
        // Keep the message on one line whatever the underlying error printed.
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// JSONDecoder only says "not valid JSON"; JSONSerialization says where. Its "around
    /// character N" (a byte offset) is turned into a line and column for the user.
    private static func syntaxErrorPosition(in data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed)
            return nil
        } catch {
            guard var detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String else { return nil }
            if let marker = detail.range(of: "around character "),
               let offset = Int(detail[marker.upperBound...].prefix { $0.isNumber }) {
                let before = data.prefix(offset)
                let line = before.filter { $0 == 0x0A }.count + 1
                let column = before.count - (before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0) + 1
                detail += " (line \(line), column \(column))"
            }
            return detail
        }
    }

    public var objectValue: [String: JSONValue]? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var isNull: Bool { self == .null }

    /// A short name of the JSON type, for error messages.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .int: return "an integer"
        case .double: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

extension JSONValue: Decodable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let b = try? container.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? container.decode(Int64.self) {
            self = .int(i)
        } else if let d = try? container.decode(Double.self) {
            self = .double(d)
        } else if let s = try? container.decode(String.self) {
            self = .string(s)
        } else if let a = try? container.decode([JSONValue].self) {
            self = .array(a)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }
}

// MARK: - Writing

extension JSONValue {
    /// Serialises with keys sorted (byte order of UTF-8, as Python's `sort_keys=True` does for
    /// ASCII keys). `indent` > 0 gives Python's `json.dumps(indent=…)` layout; 0 is compact
    /// with no spaces (serde_json's layout, used in safetensors headers).
    public func serialized(indent: Int = 2) -> String {
        var out = ""
        write(into: &out, indent: indent, level: 0)
        return out
    }

    private func write(into out: inout String, indent: Int, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += JSONValue.format(d)
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let items):
            writeContainer(open: "[", close: "]", count: items.count, into: &out, indent: indent, level: level) { i, out in
                items[i].write(into: &out, indent: indent, level: level + 1)
            }
        case .object(let dict):
            let keys = dict.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            let separator = indent > 0 ? ": " : ":"
            writeContainer(open: "{", close: "}", count: keys.count, into: &out, indent: indent, level: level) { i, out in
                JSONValue.writeString(keys[i], into: &out)
                out += separator
                dict[keys[i]]?.write(into: &out, indent: indent, level: level + 1)
            }
        }
    }

    private func writeContainer(
        open: String, close: String, count: Int, into out: inout String, indent: Int, level: Int,
        item: (Int, inout String) -> Void
    ) {
        out += open
        guard count > 0 else { out += close; return }
        let inner = indent > 0 ? "\n" + String(repeating: " ", count: indent * (level + 1)) : ""
        let outer = indent > 0 ? "\n" + String(repeating: " ", count: indent * level) : ""
        for i in 0..<count {
            out += (i == 0 ? "" : ",") + inner
            item(i, &out)
        }
        out += outer + close
    }

    /// Shortest round-tripping decimal, Python `repr` style: `10000.0`, `1e-05`, `0.5`.
    static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }  // JSON has no inf/nan; validation prevents these.
        return "\(d)"
    }

    /// JSON string literal; non-ASCII is kept as UTF-8 (valid JSON, readable by Python/Rust).
    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
