import XCTest
import Tensor
@testable import Demo

final class WorldDeterminismTests: XCTestCase {
    func testSameSeedGivesIdenticalDatasets() throws {
        let first = try World.generate(WorldOptions(seed: 42, scale: .tiny))
        let second = try World.generate(WorldOptions(seed: 42, scale: .tiny))
        XCTAssertEqual(first, second)
        XCTAssertGreaterThan(first.pretrainingTexts.count, 100)
    }

    func testDifferentSeedGivesDifferentCorpusAndOrder() throws {
        let first = try World.generate(WorldOptions(seed: 1, scale: .tiny))
        let second = try World.generate(WorldOptions(seed: 2, scale: .tiny))
        XCTAssertNotEqual(first.pretrainingTexts, second.pretrainingTexts)
        XCTAssertNotEqual(first.sft.map(\.prompt), second.sft.map(\.prompt))
        // Same content, different sampling: the set of alignment prompts is seed-independent.
        XCTAssertEqual(Set(first.sft.map(\.prompt)), Set(second.sft.map(\.prompt)))
    }

    func testInvalidOptionsThrowAlignOnceErrors() {
        let bad: [(WorldOptions, String)] = [
            (WorldOptions(languages: ["en", "xx"], scale: .tiny), "languages"),
            (WorldOptions(languages: ["es", "fr"], holdout: "", scale: .tiny), "languages"),
            (WorldOptions(languages: ["en", "es", "es"], holdout: "", scale: .tiny), "languages"),
            (WorldOptions(languages: ["en"], holdout: "", scale: .tiny), "languages"),
            (WorldOptions(holdout: "en", scale: .tiny), "holdout"),
            (WorldOptions(languages: ["en", "es"], holdout: "sw", scale: .tiny), "holdout"),
            (WorldOptions(scale: .tiny, pretrainingShare: ["sw": -1]), "pretrainingShare[sw]"),
            (WorldOptions(languages: ["en", "es"], holdout: "", scale: .tiny, pretrainingShare: ["bn": 1]),
             "pretrainingShare"),
        ]
        for (options, location) in bad {
            XCTAssertThrowsError(try World.generate(options), "\(options)") { error in
                XCTAssertEqual((error as? AlignOnceError)?.location, location, "\(error)")
            }
        }
        XCTAssertThrowsError(try World.lexicon(for: "klingon")) { XCTAssertTrue($0 is AlignOnceError) }
    }

    func testLanguageSubsetAndNoHoldout() throws {
        let datasets = try World.generate(WorldOptions(seed: 3, languages: ["en", "zh", "bn"], holdout: "", scale: .tiny))
        XCTAssertEqual(Set(datasets.pretrainingInfo.map(\.lang)), ["en", "zh", "bn"])
        XCTAssertEqual(Set(datasets.evalSuite.map(\.lang)), ["en", "zh", "bn"])
        XCTAssertTrue(datasets.mlcGroups.allSatisfy { Set($0.keys) == ["en", "zh", "bn"] })
    }
}
