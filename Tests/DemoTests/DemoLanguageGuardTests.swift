import Foundation
import XCTest
import TestSupport
import Alignment
import Models
@testable import Demo

/// The demo's side of MLC's language guard: the world's token-language table and which
/// methods the guard applies to.
final class DemoLanguageGuardTests: XCTestCase {
    /// Measured on the world's monolingual documents, each language's own refusal holds no token
    /// foreign to it, and a refusal in another script holds tokens foreign to it.
    func testWorldTableKnowsEachLanguagesOwnWords() throws {
        let config = DemoConfig.tiny(seed: 2)
        let datasets = try World.generate(config.world)
        let tokenizer = try BPETrainer.train(texts: datasets.tokenizerTrainingTexts, vocabularySize: config.vocabularySize,
                                             specialTokens: DemoModelFiles.specialTokens)
        let table = try DemoAlignmentData(datasets, tokenizer: tokenizer).languageTable
        XCTAssertEqual(table.languages, World.defaultLanguages.sorted())
        var refusals: [String: [Int]] = [:]
        for chat in datasets.conversations where chat.kind == .impossible {
            refusals[chat.lang] = tokenizer.encode(chat.assistant)
        }
        XCTAssertEqual(Set(refusals.keys), Set(World.defaultLanguages))
        for (lang, tokens) in refusals {
            let foreign = Set(try XCTUnwrap(table.foreignTokens(of: lang)))
            XCTAssertFalse(foreign.isEmpty, lang)
            XCTAssertTrue(foreign.isDisjoint(with: tokens), "\(lang)'s refusal holds tokens foreign to \(lang)")
        }
        for (lang, other) in [("bn", "sw"), ("sw", "bn"), ("en", "zh"), ("ar", "ru")] {
            let foreign = Set(try XCTUnwrap(table.foreignTokens(of: lang)))
            XCTAssertFalse(foreign.isDisjoint(with: try XCTUnwrap(refusals[other])), "\(other)'s refusal is foreign to \(lang)")
        }
    }

    /// The recipe guards DPO+MLC only; SFT+MLC gets `sftLanguageGuard` (default none).
    func testGuardAppliesToDPOMLCUnlessSFTsIsSet() {
        var settings = DemoMLCSettings.recipe(layer: 2)
        XCTAssertEqual(settings.settings(for: .dpoMLC).languageGuard, 1)
        XCTAssertNil(settings.settings(for: .sftMLC).languageGuard)
        XCTAssertTrue(settings.label.contains("language guard μ 1"), settings.label)
        settings.sftLanguageGuard = 0.5
        XCTAssertEqual(settings.settings(for: .sftMLC).languageGuard, 0.5)
        XCTAssertEqual(settings.settings(for: .dpoMLC).languageGuard, 1)
    }
}
