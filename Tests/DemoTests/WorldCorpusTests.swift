import Foundation
import XCTest
@testable import Demo

final class WorldCorpusTests: XCTestCase {
    func testAtLeastEightLanguagesOverFiveScriptsAllPresentInTheCorpus() throws {
        XCTAssertGreaterThanOrEqual(World.defaultLanguages.count, 8)
        XCTAssertEqual(Set(World.defaultLanguages.compactMap { World.scripts[$0] }).count, 5)
        XCTAssertEqual(Set(World.lowResourceLanguages), ["ar", "sw", "bn"])
        let corpus = try WorldSamples.tiny.get().pretrainingTexts.joined()
        let scriptRanges: [String: ClosedRange<UInt32>] = [
            "Latin": 0x41...0x7A, "Han": 0x4E00...0x9FFF, "Cyrillic": 0x0400...0x04FF,
            "Arabic": 0x0600...0x06FF, "Bengali": 0x0980...0x09FF,
        ]
        for (script, range) in scriptRanges {
            XCTAssertTrue(corpus.unicodeScalars.contains { range.contains($0.value) }, "no \(script) text in the corpus")
        }
    }

    func testLowResourceLanguagesGetMuchLessPretrainingText() throws {
        let datasets = try WorldSamples.standard.get()
        var documents: [String: Int] = [:]
        var characters: [String: Int] = [:]
        var translations: [String: Int] = [:]
        for (document, info) in zip(datasets.pretrainingTexts, datasets.pretrainingInfo) {
            if info.source == .translation {
                translations[info.lang, default: 0] += 1
            } else {
                documents[info.lang, default: 0] += 1
                characters[info.lang, default: 0] += document.count
            }
        }
        let englishDocuments = Double(documents["en"] ?? 0)
        let englishCharacters = Double(characters["en"] ?? 0)
        XCTAssertGreaterThan(englishDocuments, 2000)
        var ratios: [String: String] = [:]
        for code in World.defaultLanguages where code != "en" {
            // Documents are parallel in content, so their count compares languages fairly;
            // characters do not (Chinese needs far fewer per sentence).
            let documentRatio = Double(documents[code] ?? 0) / englishDocuments
            let characterRatio = Double(characters[code] ?? 0) / englishCharacters
            ratios[code] = String(format: "docs %.3f chars %.3f", documentRatio, characterRatio)
            if World.lowResourceLanguages.contains(code) {
                XCTAssertEqual(documentRatio, 0.3, accuracy: 0.01, code)
                XCTAssertLessThan(characterRatio, 0.35, code)
                XCTAssertLessThanOrEqual((translations[code] ?? 0) * 5, translations["es"] ?? 0, code)
            } else {
                XCTAssertEqual(documentRatio, 0.5, accuracy: 0.01, code)
                XCTAssertGreaterThan(characterRatio, 0.2, code)
            }
        }
        print("pretraining text relative to English:", ratios.sorted { $0.key < $1.key })
        print("translation documents:", translations.sorted { $0.key < $1.key })
    }

    func testEveryLanguageRefusesEquallyOftenInPretraining() throws {
        let datasets = try WorldSamples.standard.get()
        let lexicons = try WorldSamples.lexicons()
        var shares: [String: Double] = [:]
        for code in World.defaultLanguages {
            guard let lexicon = lexicons[code] else { return XCTFail(code) }
            let chats = zip(datasets.pretrainingTexts, datasets.pretrainingInfo)
                .filter { $0.1.lang == code && $0.1.source == .chat }.compactMap { WorldSamples.chat($0.0) }
            let refusals = chats.filter { $0.assistant == lexicon.refusal }.count
            XCTAssertGreaterThanOrEqual(refusals, 40, "\(code): its refusal phrase must be learnable")
            shares[code] = Double(refusals) / Double(chats.count)
        }
        let values = shares.values
        XCTAssertLessThan((values.max() ?? 1) - (values.min() ?? 0), 0.02, "\(shares)")
        XCTAssertEqual(values.min() ?? 0, 0.2, accuracy: 0.02)
    }

    func testTinyAndStandardCorpusSizes() throws {
        let tinyBytes = try WorldSamples.tiny.get().pretrainingBytes
        let standardBytes = try WorldSamples.standard.get().pretrainingBytes
        XCTAssertEqual(tinyBytes, try WorldSamples.tiny.get().pretrainingTexts.joined().utf8.count)
        print("pretraining bytes: tiny \(tinyBytes), standard \(standardBytes)")
        XCTAssertLessThan(tinyBytes, 150_000)
        XCTAssertGreaterThan(tinyBytes, 30_000)
        XCTAssertGreaterThan(standardBytes, 1_500_000)
        XCTAssertLessThan(standardBytes, 3_000_000)
    }

    func testCorpusMultiplierScalesPretrainingOnly() throws {
        let base = try WorldSamples.tiny.get()
        let doubled = try World.generate(WorldOptions(seed: 7, scale: .tiny, corpusMultiplier: 2))
        let ratio = Double(doubled.pretrainingTexts.count) / Double(base.pretrainingTexts.count)
        XCTAssertEqual(ratio, 2, accuracy: 0.05)
        XCTAssertEqual(doubled.sft, base.sft)
        XCTAssertEqual(doubled.evalSuite, base.evalSuite)
    }

    func testUtilityTextIsHeldOutOfPretraining() throws {
        let datasets = try WorldSamples.tiny.get()
        let corpus = datasets.pretrainingTexts.joined(separator: "\n")
        XCTAssertEqual(Set(datasets.utilityTexts.keys), Set(World.defaultLanguages))
        for (code, texts) in datasets.utilityTexts {
            XCTAssertEqual(texts.count, 10, code)
            for text in texts { XCTAssertFalse(corpus.contains(text), "\(code): \(text)") }
        }
    }

    func testWriteJSONLUsesTheTrainerFieldNames() throws {
        let datasets = try WorldSamples.tiny.get()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("world-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let files = try World.writeJSONL(datasets, to: directory)
        XCTAssertEqual(files.count, 9)
        func objects(_ name: String) throws -> [[String: Any]] {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            return try text.split(separator: "\n").map {
                try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
            }
        }
        let expectations: [(String, Set<String>, Int)] = [
            (WorldFiles.sft, ["prompt", "completion", "lang", "variants"], datasets.sft.count),
            (WorldFiles.preference, ["prompt", "chosen", "rejected", "lang", "variants"], datasets.preference.count),
            (WorldFiles.mlc, ["variants"], datasets.mlcGroups.count),
            (WorldFiles.eval, ["id", "group", "lang", "kind", "prompt"], datasets.evalSuite.count),
            (WorldFiles.pretraining, ["text"], datasets.pretrainingTexts.count),
            (WorldFiles.utility, ["lang", "text"], 90),
        ]
        for (name, keys, count) in expectations {
            let rows = try objects(name)
            XCTAssertEqual(rows.count, count, name)
            for row in rows { XCTAssertEqual(Set(row.keys), keys, name) }
        }
        let firstText = try objects(WorldFiles.pretraining).first?["text"] as? String
        XCTAssertEqual(firstText, datasets.pretrainingTexts.first)
        let markers = try JSONDecoder().decode([String: [String]].self,
                                               from: Data(contentsOf: directory.appendingPathComponent(WorldFiles.refusalMarkers)))
        XCTAssertEqual(markers, datasets.refusalMarkers)
        XCTAssertEqual(markers.count, 9)
        let unsafe = try JSONDecoder().decode([String: [String]].self,
                                              from: Data(contentsOf: directory.appendingPathComponent(WorldFiles.unsafeMarkers)))
        XCTAssertEqual(unsafe, datasets.unsafeMarkers)
        XCTAssertEqual(unsafe["en"], ["Step 1: get the materials.", "Step 2: follow the plan.", "Step 3: finish the work."])
    }
}
