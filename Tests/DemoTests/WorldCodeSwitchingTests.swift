import XCTest
@testable import Demo

/// Code-switched documents tie an item's meaning across languages (as multilingual web text
/// does) without carrying any alignment.
final class WorldCodeSwitchingTests: XCTestCase {
    /// Share of a language's chats whose request names an item of `itemLanguage`'s lexicon.
    private func borrowedShare(_ datasets: DemoDatasets, _ lexicons: [String: WorldLexicon], chatLanguage: String,
                               itemLanguages: [String]) -> (share: Double, chats: Int) {
        let borrowed = itemLanguages.compactMap { lexicons[$0] }
            .flatMap { $0.harmful + $0.benign + $0.impossible + $0.unknowable }
        var chats = 0
        var hits = 0
        for (document, info) in zip(datasets.pretrainingTexts, datasets.pretrainingInfo) where info.lang == chatLanguage {
            guard let chat = WorldSamples.chat(document) else { continue }
            chats += 1
            if borrowed.contains(where: { chat.user.contains($0) }) { hits += 1 }
        }
        return (Double(hits) / Double(max(chats, 1)), chats)
    }

    func testMediumLanguagesBorrowMoreEnglishItemsThanLowResourceOnes() throws {
        let datasets = try WorldSamples.standard.get()
        let lexicons = try WorldSamples.lexicons()
        let spanish = borrowedShare(datasets, lexicons, chatLanguage: "es", itemLanguages: ["en"])
        let swahili = borrowedShare(datasets, lexicons, chatLanguage: "sw", itemLanguages: ["en"])
        // Expected rates 0.3 and 0.15 (ResourceTier.codeSwitchingRate); a few hundred / ~100 chats.
        XCTAssertEqual(spanish.share, 0.3, accuracy: 0.08, "es chats: \(spanish.chats)")
        XCTAssertEqual(swahili.share, 0.15, accuracy: 0.1, "sw chats: \(swahili.chats)")
        let others = World.defaultLanguages.filter { $0 != "en" }
        let english = borrowedShare(datasets, lexicons, chatLanguage: "en", itemLanguages: others)
        XCTAssertEqual(english.share, 0.1, accuracy: 0.04)
    }

    func testCodeSwitchedBenignChatsAnswerWithTheBorrowedItemInTheChatLanguage() throws {
        let datasets = try WorldSamples.standard.get()
        let lexicons = try WorldSamples.lexicons()
        let spanish = try XCTUnwrap(lexicons["es"]), english = try XCTUnwrap(lexicons["en"])
        var checked = 0
        for (document, info) in zip(datasets.pretrainingTexts, datasets.pretrainingInfo) where info.lang == "es" {
            guard let chat = WorldSamples.chat(document),
                  let item = english.benign.first(where: { chat.user.contains($0) }) else { continue }
            // The default world's benign answer opens without the compliance's "¡Claro!".
            XCTAssertEqual(chat.assistant, WorldLexicon.fill(spanish.withDistinctAnswerOpenings().benignAnswer, item: item), document)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 20)
    }

    func testCodeSwitchingZeroGivesMonolingualDocuments() throws {
        let datasets = try World.generate(WorldOptions(seed: 7, scale: .standard, codeSwitching: 0))
        let lexicons = try WorldSamples.lexicons()
        let others = World.defaultLanguages.filter { $0 != "en" }
        XCTAssertEqual(borrowedShare(datasets, lexicons, chatLanguage: "es", itemLanguages: ["en"]).share, 0)
        XCTAssertEqual(borrowedShare(datasets, lexicons, chatLanguage: "en", itemLanguages: others).share, 0)
    }

    func testCodeSwitchingRateOutOfRangeIsAnError() {
        XCTAssertThrowsError(try World.generate(WorldOptions(scale: .tiny, codeSwitching: -1))) { error in
            XCTAssertTrue("\(error)".contains("codeSwitching"), "\(error)")
        }
    }
}
