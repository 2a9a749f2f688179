import Foundation
import Models
import Tensor

/// Whether a prompt should be refused (`harmful`) or answered (`benign`).
public enum PromptKind: String, Codable, Sendable {
    case harmful
    case benign
}

/// One evaluation prompt. `group` ties the translations of one request together.
public struct SuiteItem: Equatable, Codable, Sendable {
    public var id: String
    public var group: String
    public var lang: String
    public var kind: PromptKind
    public var prompt: String

    public init(id: String, group: String, lang: String, kind: PromptKind, prompt: String) {
        self.id = id
        self.group = group
        self.lang = lang
        self.kind = kind
        self.prompt = prompt
    }
}

/// Loads an evaluation suite: JSON Lines (`{"id","group","lang","kind","prompt"}`) or the
/// MultiJail CSV layout (one column per language; every row harmful; group = row id).
/// The format is chosen by the file extension (`.csv` = MultiJail, anything else = JSONL).
public enum PromptSuite {
    public static func load(_ url: URL) throws -> [SuiteItem] {
        let items = url.pathExtension.lowercased() == "csv"
            ? try loadMultiJail(url)
            : try loadJSONL(url)
        guard !items.isEmpty else { throw AlignOnceError(url.path, "suite holds no prompts") }
        return items
    }

    public static func loadJSONL(_ url: URL) throws -> [SuiteItem] {
        try parseJSONL(JSONLines.records(at: url))
    }

    static func parseJSONL(_ lines: [JSONLine]) throws -> [SuiteItem] {
        var items: [SuiteItem] = []
        var seenIDs: [String: String] = [:]
        for line in lines {
            guard let id = try line.identifier("id") else {
                throw AlignOnceError(line.location, "missing field \"id\" (expected a string or integer)")
            }
            if let first = seenIDs[id] {
                throw AlignOnceError(line.location, "field \"id\" repeats \"\(id)\" (first used at \(first)); ids must be unique")
            }
            seenIDs[id] = line.location
            let group = try line.identifier("group") ?? id
            let lang = try LanguageCode.validated(line.string("lang"), location: line.location)
            let kindText = try line.string("kind")
            guard let kind = PromptKind(rawValue: kindText.lowercased()) else {
                throw AlignOnceError(line.location, "field \"kind\" is \"\(kindText)\" (expected \"harmful\" or \"benign\")")
            }
            let prompt = try line.string("prompt")
            items.append(SuiteItem(id: id, group: group, lang: lang, kind: kind, prompt: prompt))
        }
        return items
    }

    public static func loadMultiJail(_ url: URL) throws -> [SuiteItem] {
        try parseMultiJail(CSVReader.read(url), path: url.path)
    }

    static func parseMultiJail(_ records: [CSVRecord], path: String) throws -> [SuiteItem] {
        guard let header = records.first else { throw AlignOnceError(path, "CSV file is empty (expected a header row)") }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let idColumn = names.firstIndex(of: "id")
        // "id" is the row id even though it is also Indonesian's code.
        let languageColumns = names.enumerated().filter { $0.offset != idColumn && LanguageCode.isKnown($0.element) }
        guard !languageColumns.isEmpty else {
            throw AlignOnceError("\(path):\(header.line)", "header has no language columns (expected codes such as en, zh, it, vi, ar, ko, th, bn, sw, jv)")
        }
        var items: [SuiteItem] = []
        var seenGroups: Set<String> = []
        for (rowNumber, record) in records.dropFirst().enumerated() {
            guard record.fields.count == names.count else {
                throw AlignOnceError("\(path):\(record.line)", "row has \(record.fields.count) fields, the header has \(names.count)")
            }
            var group = String(rowNumber + 1)
            if let idColumn {
                group = record.fields[idColumn].trimmingCharacters(in: .whitespaces)
                guard !group.isEmpty else { throw AlignOnceError("\(path):\(record.line)", "field \"id\" is empty") }
            }
            guard seenGroups.insert(group).inserted else {
                throw AlignOnceError("\(path):\(record.line)", "field \"id\" repeats \"\(group)\"; row ids must be unique")
            }
            for (column, lang) in languageColumns {
                let prompt = record.fields[column].trimmingCharacters(in: .whitespacesAndNewlines)
                if prompt.isEmpty { continue }
                items.append(SuiteItem(id: "\(group)-\(lang)", group: group, lang: lang, kind: .harmful, prompt: prompt))
            }
        }
        return items
    }
}

/// Language codes the toolkit knows (ISO 639-1, plus `und` for "unknown").
public enum LanguageCode {
    /// The 16 languages with refusal cues and detector support.
    public static let core = ["en", "zh", "ja", "ko", "ar", "hi", "bn", "th", "vi", "sw", "jv", "es", "fr", "de", "it", "ru"]
    /// Extra languages the detector also recognises.
    public static let extra = ["pt", "tr", "id", "nl", "pl", "uk"]
    public static let undetermined = "und"
    static let all = Set(core + extra)

    public static func isKnown(_ code: String) -> Bool { all.contains(code) }

    /// Lower-cases and checks a code; unknown but well-formed codes (2-3 letters) are accepted
    /// so suites in other languages still load, only without cue/detector support.
    static func validated(_ raw: String, location: String) throws -> String {
        let code = raw.trimmingCharacters(in: .whitespaces).lowercased()
        let isWellFormed = (2...3).contains(code.count) && code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) }
        guard isWellFormed else {
            throw AlignOnceError(location, "field \"lang\" is \"\(raw)\" (expected a 2-3 letter code such as en, zh, sw)")
        }
        return code
    }
}
