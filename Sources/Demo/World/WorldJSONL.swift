import Foundation
import Models
import Tensor

/// File names of the datasets in a world directory.
public enum WorldFiles {
    public static let pretraining = "pretraining.jsonl"     // {"text"}
    public static let tokenizer = "tokenizer.jsonl"         // {"text"}
    public static let sft = "sft.jsonl"                     // {"prompt","completion","lang","variants"}
    public static let preference = "preference.jsonl"       // {"prompt","chosen","rejected","lang","variants"}
    public static let mlc = "mlc.jsonl"                     // {"variants"}
    public static let eval = "eval.jsonl"                   // {"id","group","lang","kind","prompt"}
    public static let utility = "utility.jsonl"             // {"lang","text"}
    public static let refusalMarkers = "refusal_markers.json" // {lang: [marker]}
    public static let unsafeMarkers = "unsafe_markers.json"   // {lang: [marker]}, for `alignonce eval --unsafe-markers`
}

/// A plain text document: `{"text": ...}`.
public struct TextRecord: Codable, Sendable, Equatable {
    public let text: String
}

extension World {
    /// Writes `records` as JSON Lines (one object per line, keys sorted), atomically.
    public static func writeJSONL<T: Encodable>(_ records: [T], to url: URL) throws {
        let encoder = jsonEncoder()
        var data = Data()
        for (index, record) in records.enumerated() {
            do {
                data.append(try encoder.encode(record))
            } catch {
                throw AlignOnceError("\(url.path): record \(index)", "cannot encode as JSON: \(error)")
            }
            data.append(0x0A)
        }
        try AtomicFile.write(data, to: url)
    }

    /// Writes every dataset into `directory` (created if needed) under the `WorldFiles` names;
    /// returns the files written.
    @discardableResult
    public static func writeJSONL(_ datasets: DemoDatasets, to directory: URL) throws -> [URL] {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw AlignOnceError(directory.path, "cannot create the output directory: \(error.localizedDescription)")
        }
        func file(_ name: String) -> URL { directory.appendingPathComponent(name) }
        try writeJSONL(datasets.pretrainingTexts.map(TextRecord.init), to: file(WorldFiles.pretraining))
        try writeJSONL(datasets.tokenizerTrainingTexts.map(TextRecord.init), to: file(WorldFiles.tokenizer))
        try writeJSONL(datasets.sft, to: file(WorldFiles.sft))
        try writeJSONL(datasets.preference, to: file(WorldFiles.preference))
        try writeJSONL(datasets.mlcGroups.map(MLCGroupRecord.init), to: file(WorldFiles.mlc))
        try writeJSONL(datasets.evalSuite, to: file(WorldFiles.eval))
        let utility = datasets.utilityTexts.keys.sorted().flatMap { lang in
            (datasets.utilityTexts[lang] ?? []).map { UtilityRecord(lang: lang, text: $0) }
        }
        try writeJSONL(utility, to: file(WorldFiles.utility))
        for (name, markers) in [(WorldFiles.refusalMarkers, datasets.refusalMarkers), (WorldFiles.unsafeMarkers, datasets.unsafeMarkers)] {
            let data: Data
            do {
                data = try jsonEncoder().encode(markers)
            } catch {
                throw AlignOnceError(name, "cannot encode as JSON: \(error)")
            }
            try AtomicFile.write(data, to: file(name))
        }
        return [WorldFiles.pretraining, WorldFiles.tokenizer, WorldFiles.sft, WorldFiles.preference, WorldFiles.mlc,
                WorldFiles.eval, WorldFiles.utility, WorldFiles.refusalMarkers, WorldFiles.unsafeMarkers].map(file)
    }

    private static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
