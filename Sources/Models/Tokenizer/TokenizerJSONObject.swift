import Foundation
import Tensor

/// One JSON object of a tokenizer file, read field by field with errors that name the file
/// and the dotted field path (`pre_tokenizer.pretokenizers[1].behavior`), so a bad or
/// unsupported `tokenizer.json` is reported precisely instead of crashing.
///
/// Why not `JSONFields` over `JSONValue`, as config.json is read: a tokenizer file holds a
/// vocabulary and a merge list of 150k+ entries each, and the typed Codable parse behind
/// `JSONValue` takes ~3x as long as `JSONSerialization` on such a file (6 MB: 0.66 s vs 0.20 s,
/// debug build), while the distinctions `JSONValue` keeps (integer vs float, exact doubles)
/// matter for configs that are written back, not for tokenizers.
struct TokenizerJSONObject {
    let fields: [String: Any]
    /// Dotted path of this object inside the file ("" for the root).
    let path: String
    /// The file, for error locations.
    let source: String

    init(_ value: Any?, path: String, source: String) throws {
        guard let dictionary = value as? [String: Any] else {
            throw AlignOnceError(source, "\(path.isEmpty ? "top level" : path) must be a JSON object")
        }
        self.fields = dictionary
        self.path = path
        self.source = source
    }

    /// Parses `data` as a JSON object; malformed JSON becomes an `AlignOnceError` naming `source`.
    static func parse(_ data: Data, source: String) throws -> TokenizerJSONObject {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
            throw AlignOnceError(source, "malformed JSON (\(detail.replacingOccurrences(of: "\n", with: " ")))")
        }
        return try TokenizerJSONObject(value, path: "", source: source)
    }

    func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func error(_ key: String, _ problem: String) -> AlignOnceError {
        AlignOnceError(source, "\(fieldPath(key)): \(problem)")
    }

    /// The raw value, with JSON `null` treated as absent.
    func value(_ key: String) -> Any? {
        guard let value = fields[key], !(value is NSNull) else { return nil }
        return value
    }

    func optionalString(_ key: String) throws -> String? {
        guard let value = value(key) else { return nil }
        guard let string = value as? String else { throw error(key, "expected a string") }
        return string
    }

    func string(_ key: String) throws -> String {
        guard let string = try optionalString(key) else { throw error(key, "missing (expected a string)") }
        return string
    }

    func bool(_ key: String, default defaultValue: Bool) throws -> Bool {
        guard let value = value(key) else { return defaultValue }
        guard let flag = value as? Bool else { throw error(key, "expected true or false") }
        return flag
    }

    func int(_ key: String) throws -> Int {
        guard let value = value(key) else { throw error(key, "missing (expected an integer)") }
        guard let number = value as? Int else { throw error(key, "expected an integer") }
        return number
    }

    func optionalObject(_ key: String) throws -> TokenizerJSONObject? {
        guard let value = value(key) else { return nil }
        return try TokenizerJSONObject(value, path: fieldPath(key), source: source)
    }

    func object(_ key: String) throws -> TokenizerJSONObject {
        guard let object = try optionalObject(key) else { throw error(key, "missing (expected a JSON object)") }
        return object
    }

    func array(_ key: String) throws -> [Any] {
        guard let value = value(key) else { throw error(key, "missing (expected an array)") }
        guard let array = value as? [Any] else { throw error(key, "expected an array") }
        return array
    }

    /// An array of JSON objects, each with its indexed path (`key[i]`).
    func objects(_ key: String) throws -> [TokenizerJSONObject] {
        try array(key).enumerated().map { index, element in
            try TokenizerJSONObject(element, path: "\(fieldPath(key))[\(index)]", source: source)
        }
    }
}
