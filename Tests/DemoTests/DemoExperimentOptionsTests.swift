import Foundation
import XCTest
@testable import Demo

/// The knobs added for the issue-#5 experiments (docs/demo-sweep.md): translation documents of
/// item facts, more translation documents, MLC on several layers, more MLC groups per step and
/// an MLC-only warm-up. Their defaults must leave the standard demo unchanged.
final class DemoExperimentOptionsTests: XCTestCase {
    /// (English side, other side, other language's English name) of every translation document.
    private func translationPairs(_ datasets: DemoDatasets) -> [(english: String, other: String, lang: String)] {
        zip(datasets.pretrainingTexts, datasets.pretrainingInfo).compactMap { text, info in
            guard info.source == .translation else { return nil }
            let lines = text.split(separator: "\n").map(String.init)
            guard lines.count == 2 else { return nil }
            let englishLine = lines.first { $0.hasPrefix("English: ") } ?? ""
            let otherLine = lines.first { !$0.hasPrefix("English: ") } ?? ""
            return (String(englishLine.dropFirst("English: ".count)), otherLine, info.lang)
        }
    }

    private func allFacts(_ lexicon: WorldLexicon) -> [String] {
        [(lexicon.harmfulFacts, lexicon.harmful), (lexicon.benignFacts, lexicon.benign),
         (lexicon.impossibleFacts, lexicon.impossible)].flatMap { templates, items in
            templates.flatMap { t in items.map { WorldLexicon.fill(t, item: $0) } }
        }
    }

    func testFactTranslationsPairTheSameFactAndOnlyWhenAskedFor() throws {
        let lexicons = try WorldSamples.lexicons()
        let english = try XCTUnwrap(lexicons["en"]), swahili = try XCTUnwrap(lexicons["sw"])
        let englishFacts = allFacts(english)
        let plain = try WorldSamples.standard.get()
        // The standard translation pool already holds facts (about a quarter of its sentences).
        let plainPairs = translationPairs(plain)
        let plainShare = Double(plainPairs.filter { englishFacts.contains($0.english) }.count) / Double(plainPairs.count)
        XCTAssertEqual(plainShare, 0.23, accuracy: 0.05)

        var options = WorldOptions(seed: 7, scale: .standard)
        options.factTranslationShare = 0.5
        let withFacts = try World.generate(options)
        let pairs = translationPairs(withFacts)
        let facts = pairs.filter { englishFacts.contains($0.english) }
        XCTAssertEqual(pairs.count, plainPairs.count)
        XCTAssertEqual(Double(facts.count) / Double(pairs.count), plainShare + 0.5 * (1 - plainShare), accuracy: 0.04)
        // The Swahili side is the same fact: same template index and item index.
        let swahiliFacts = allFacts(swahili)
        var checked = 0
        for pair in facts where pair.lang == "sw" {
            let index = try XCTUnwrap(englishFacts.firstIndex(of: pair.english))
            XCTAssertEqual(pair.other, "Swahili: " + swahiliFacts[index])
            checked += 1
        }
        XCTAssertGreaterThan(checked, 10)
        // Still no refusal anywhere near a translation.
        let markers = withFacts.refusalMarkers.values.flatMap { $0 }
        for pair in pairs {
            XCTAssertFalse(markers.contains { pair.english.contains($0) || pair.other.contains($0) }, pair.other)
        }
        XCTAssertEqual(withFacts.sft, plain.sft)
        XCTAssertEqual(withFacts.evalSuite, plain.evalSuite)
    }

    func testTranslationMultiplierScalesTranslationDocumentsOnly() throws {
        var options = WorldOptions(seed: 7, scale: .standard)
        options.translationMultiplier = 3
        let tripled = try World.generate(options)
        let plain = try WorldSamples.standard.get()
        func count(_ d: DemoDatasets, _ lang: String, _ source: PretrainingDocumentInfo.Source) -> Int {
            d.pretrainingInfo.filter { $0.lang == lang && $0.source == source }.count
        }
        XCTAssertEqual(count(plain, "es", .translation), 350)
        XCTAssertEqual(count(tripled, "es", .translation), 1050)
        XCTAssertEqual(count(tripled, "sw", .translation), 120)
        XCTAssertEqual(count(tripled, "sw", .chat), count(plain, "sw", .chat))
        options.translationMultiplier = 0
        XCTAssertThrowsError(try World.generate(options)) { XCTAssertTrue("\($0)".contains("translationMultiplier"), "\($0)") }
        options = WorldOptions(seed: 7, scale: .tiny)
        options.factTranslationShare = 1.5
        XCTAssertThrowsError(try World.generate(options)) { XCTAssertTrue("\($0)".contains("factTranslationShare"), "\($0)") }
    }

    func testMLCRecordPickerTakesTheStepsRecordsThenExtraOnesOnlyWhenAskedFor() {
        let harmful = (0..<20).map { $0 % 2 == 0 }
        // Default shape: 8 groups from a batch of 16 -> the batch's first 8, nothing drawn.
        var picker = MLCRecordPicker(harmful: harmful, groupsPerStep: 8, harmfulOnly: false, seed: 1)
        let batch = [5, 3, 9, 1, 0, 2, 4, 6, 7, 8, 10, 11, 12, 13, 14, 15]
        XCTAssertEqual(picker.records(for: batch), Array(batch.prefix(8)))
        // Harmful only: the batch's harmful records, not topped up (as before the option existed).
        picker = MLCRecordPicker(harmful: harmful, groupsPerStep: 8, harmfulOnly: true, seed: 1)
        XCTAssertEqual(picker.records(for: batch), [0, 2, 4, 6, 8, 10, 12, 14])
        XCTAssertEqual(picker.records(for: [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 0, 2, 4, 6, 8, 10]).count, 6,
                       "a 16-record batch with six harmful ones is not topped up")
        // More groups than the batch: the batch, then records of an MLC-only shuffle.
        picker = MLCRecordPicker(harmful: harmful, groupsPerStep: 6, harmfulOnly: false, seed: 1)
        let topped = picker.records(for: [1, 2])
        XCTAssertEqual(topped.count, 6)
        XCTAssertEqual(Array(topped.prefix(2)), [1, 2])
        // Warm-up steps have no batch: all groups come from the shuffle.
        picker = MLCRecordPicker(harmful: harmful, groupsPerStep: 5, harmfulOnly: true, seed: 1)
        let warm = picker.records(for: [])
        XCTAssertEqual(warm.count, 5)
        XCTAssertTrue(warm.allSatisfy { harmful[$0] }, "\(warm)")
        XCTAssertEqual(Set(warm).count, 5)
    }

    /// `--hidden-size`: the standard preset is its own proportions at width 128, a wider model
    /// keeps them, and a width that cannot be cut into pairs of 32-wide heads is refused by name.
    func testProportionedModelShapes() throws {
        let standard = DemoConfig.standard().model
        XCTAssertEqual(try DemoModelShape.proportioned(hiddenSize: 128, layers: 4), standard)
        let wide = try DemoModelShape.proportioned(hiddenSize: 256, layers: 6)
        XCTAssertEqual([wide.hiddenSize, wide.layers, wide.heads, wide.kvHeads, wide.intermediateSize], [256, 6, 8, 4, 768])
        for bad in [0, 32, 96, -64] {
            XCTAssertThrowsError(try DemoModelShape.proportioned(hiddenSize: bad, layers: 4)) { error in
                XCTAssertEqual("\(error)", "--hidden-size: must be a multiple of 64 (32-wide heads in pairs), got \(bad)")
            }
        }
    }

    func testSeveralMLCLayersAndTheirChecks() {
        var config = DemoConfig.tiny()
        XCTAssertEqual(config.mlc.layers, [1])
        config.mlc.additionalLayers = [2, 1]
        XCTAssertEqual(config.mlc.layers, [1, 2])
        XCTAssertTrue(config.mlc.label.hasPrefix("layer 1+2,"), config.mlc.label)
        XCTAssertNoThrow(try config.validate())
        config.mlc.additionalLayers = [3]
        XCTAssertThrowsError(try config.validate()) { XCTAssertTrue("\($0)".contains("got 3"), "\($0)") }
        config.mlc.additionalLayers = [2]
        config.mlc.extractor = .linear
        XCTAssertThrowsError(try config.validate()) { XCTAssertTrue("\($0)".contains("--mlc-layers"), "\($0)") }
        config = .tiny()
        config.alignment.mlcGroupsPerStep = 0
        XCTAssertThrowsError(try config.validate()) { XCTAssertTrue("\($0)".contains("--mlc-groups"), "\($0)") }
        config = .tiny()
        config.alignment.mlcWarmupSteps = -1
        XCTAssertThrowsError(try config.validate()) { XCTAssertTrue("\($0)".contains("--mlc-warmup-steps"), "\($0)") }
    }

    /// A +MLC method with a warm-up runs warm-up + alignment optimizer steps; the method
    /// without MLC does not warm up.
    func testWarmupAddsMLCOnlyStepsBeforeAlignment() throws {
        var config = DemoConfig.tiny(seed: 2)
        config.alignment.mlcWarmupSteps = 2
        config.methods = [.dpo, .dpoMLC]
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demo-warmup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var steps: [String] = []
        let summary = try DemoPipeline(config: config, outputDirectory: directory).run { steps.append($0) }
        XCTAssertEqual(summary.alignment.map(\.method), [.dpo, .dpoMLC])
        XCTAssertTrue(steps.contains { $0.contains("dpo+mlc: step 5/5") }, "\(steps)")
        XCTAssertTrue(steps.contains { $0.contains("dpo: step 3/3") }, "\(steps)")
        XCTAssertFalse(steps.contains { $0.contains("dpo: step 5/5") }, "\(steps)")
        XCTAssertNotNil(summary.alignment[1].firstMLCLoss)
        XCTAssertTrue(summary.alignment[1].firstLoss.isFinite)
    }
}
