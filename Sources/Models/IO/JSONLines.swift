import Foundation
import Tensor

/// Reading a UTF-8 text file the way every data reader of AlignOnce needs it.
public enum TextFile {
    /// The file's text, with a leading byte-order mark (some editors add one) removed.
    /// Unreadable or non-UTF-8 files are errors naming the file.
    public static func readUTF8(_ url: URL) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw AlignOnceError(url.path, "cannot read file (\(error.localizedDescription))")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw AlignOnceError(url.path, "not valid UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// The lines of `text`, blank ones included (so indices give line numbers). "\r\n" is a
    /// single Character in Swift, so CRLF files need it named explicitly.
    public static func lines(of text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }
}

/// One JSON object of a JSON Lines file and where it came from (`path:line`), so every
/// reader's errors can name the line and the field.
public struct JSONLRecord {
    public let object: [String: Any]
    /// `path:line` (1-based line number).
    public let location: String

    public init(object: [String: Any], location: String) {
        self.object = object
        self.location = location
    }
}

/// JSON Lines: one JSON object per line; blank lines skipped; BOM and CRLF tolerated.
public enum JSONLines {
    public static func records(at url: URL) throws -> [JSONLRecord] {
        try parse(TextFile.readUTF8(url), path: url.path)
    }

    /// Parses every non-blank line of `text`; `path` names the source in errors.
    public static func parse(_ text: String, path: String) throws -> [JSONLRecord] {
        var records: [JSONLRecord] = []
        for (index, rawLine) in TextFile.lines(of: text).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty { continue }
            let location = "\(path):\(index + 1)"
            let parsed: Any
            do {
                parsed = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [.fragmentsAllowed])
            } catch {
                throw AlignOnceError(location, "not valid JSON; expected one JSON object per line")
            }
            guard let object = parsed as? [String: Any] else {
                throw AlignOnceError(location, "expected a JSON object, got \(kind(of: parsed))")
            }
            records.append(JSONLRecord(object: object, location: location))
        }
        return records
    }

    /// Whether a parsed JSON value is `true` / `false` (JSONSerialization gives NSNumbers for both).
    public static func isBoolean(_ value: Any) -> Bool {
        // Booleans are char-typed numbers; JSON numbers never are.
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"
    }

    /// A JSON type name for error messages.
    public static func kind(of value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case let number as NSNumber: return isBoolean(number) ? "a boolean" : "a number"
        case is String: return "a string"
        case is [Any]: return "a list"
        case is [String: Any]: return "an object"
        default: return "an unsupported value"
        }
    }
}
