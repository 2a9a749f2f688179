import Foundation
import XCTest
@testable import Demo

/// The knobs of the second issue-#5 round (docs/demo-sweep.md): a lower item-fact translation
/// share for the low-resource languages and template-matched MLC pairs. Off by default.
final class DemoRound7OptionsTests: XCTestCase {
    /// Share of `lang`'s translation documents whose English side is an item fact.
    private func factShare(_ datasets: DemoDatasets, _ lang: String, _ englishFacts: Set<String>) -> Double {
        let documents = zip(datasets.pretrainingTexts, datasets.pretrainingInfo)
            .filter { $0.1.source == .translation && $0.1.lang == lang }.map(\.0)
        let facts = documents.filter { text in
            text.split(separator: "\n").contains { $0.hasPrefix("English: ") && englishFacts.contains(String($0.dropFirst(9))) }
        }
        return Double(facts.count) / Double(max(1, documents.count))
    }

    func testLowResourceFactShareAppliesToLowResourceLanguagesOnly() throws {
        let english = try XCTUnwrap(WorldSamples.lexicons()["en"])
        let englishFacts = Set([(english.harmfulFacts, english.harmful), (english.benignFacts, english.benign),
                                (english.impossibleFacts, english.impossible)].flatMap { templates, items in
            templates.flatMap { t in items.map { WorldLexicon.fill(t, item: $0) } }
        })
        var options = WorldOptions(seed: 7, scale: .standard)
        options.factTranslationShare = 1
        options.lowResourceFactTranslationShare = 0
        let world = try World.generate(options)
        let plain = try WorldSamples.standard.get()
        for code in ["es", "de", "zh"] {
            XCTAssertEqual(factShare(world, code, englishFacts), 1, code)
        }
        // Low-resource languages keep the usual pool (about a quarter facts), as without the knob.
        for code in ["ar", "sw", "bn"] {
            let share = factShare(world, code, englishFacts)
            XCTAssertEqual(share, factShare(plain, code, englishFacts), accuracy: 0.12, code)
            XCTAssertLessThan(share, 0.4, code)
        }
        XCTAssertEqual(world.sft, plain.sft)
        options.lowResourceFactTranslationShare = -0.1
        XCTAssertThrowsError(try World.generate(options)) {
            XCTAssertTrue("\($0)".contains("lowResourceFactTranslationShare"), "\($0)")
        }
    }

    func testContrastPartnersShareTheTemplateAndDifferInKind() throws {
        let world = try WorldSamples.standard.get()
        let english = try XCTUnwrap(WorldSamples.lexicons()["en"])
        let harmful = world.preference.map { $0.chosen == english.refusal }
        let prompts = world.sft.map(\.prompt)
        let partners = try DemoAlignmentData.contrastPartners(prompts: prompts, harmful: harmful)
        XCTAssertEqual(partners.count, prompts.count)
        // 6 alignment templates x 12 items x {harmful, benign}: each request has the 12 requests
        // of the other kind written with its template.
        XCTAssertEqual(Set(partners.map(\.count)), [12])
        for (index, list) in partners.enumerated() {
            XCTAssertTrue(list.allSatisfy { harmful[$0] != harmful[index] })
        }
        // The pair's English prompts differ only in the item: a template of the lexicon holds both.
        let first = try XCTUnwrap(partners.first?.first)
        let templates = english.makeTemplates
        XCTAssertTrue(templates.contains { template in
            let parts = template.components(separatedBy: "{x}")
            return parts.count == 2 && [prompts[0], prompts[first]].allSatisfy { $0.hasPrefix(parts[0]) && $0.hasSuffix(parts[1]) }
        }, "\(prompts[0]) / \(prompts[first])")
    }

    func testTemplatePairsFollowEachLeaderWithAPartner() {
        let harmful = (0..<8).map { $0 < 4 }
        // Records 0-3 harmful, 4-7 benign; partners: the other kind.
        let partners = (0..<8).map { $0 < 4 ? [4, 5, 6] : [0] }
        var picker = MLCRecordPicker(harmful: harmful, groupsPerStep: 4, harmfulOnly: false, seed: 1,
                                     contrastPartners: partners)
        XCTAssertEqual(picker.records(for: [2, 6, 1, 3]), [2, 4, 6, 0])
        XCTAssertEqual(picker.records(for: [1, 7, 3]), [1, 6, 7, 0], "partners rotate")
        picker = MLCRecordPicker(harmful: harmful, groupsPerStep: 3, harmfulOnly: false, seed: 1, contrastPartners: partners)
        XCTAssertEqual(picker.records(for: [3, 5, 0]), [3, 4, 5])
        var config = DemoConfig.tiny()
        config.mlc.templatePairs = true
        XCTAssertTrue(config.mlc.label.contains(", template-matched pairs"), config.mlc.label)
    }
}
