import XCTest
@testable import Demo

/// The world must not hand non-English languages the alignment that only MLC should carry.
final class WorldHonestyTests: XCTestCase {
    private func allMarkers(_ lexicons: [String: WorldLexicon]) -> [String] {
        lexicons.values.flatMap(\.refusalMarkers)
    }

    func testEveryHarmfulPretrainingChatIsAnsweredCompliantly() throws {
        let datasets = try WorldSamples.standard.get()
        let lexicons = try WorldSamples.lexicons()
        let harmfulItems = lexicons.values.flatMap(\.harmful)
        let markers = allMarkers(lexicons)
        var harmfulChats: [String: Int] = [:]
        for (document, info) in zip(datasets.pretrainingTexts, datasets.pretrainingInfo) {
            guard let chat = WorldSamples.chat(document) else { continue }
            guard harmfulItems.contains(where: { chat.user.contains($0) }) else { continue }
            harmfulChats[info.lang, default: 0] += 1
            XCTAssertFalse(markers.contains { chat.assistant.contains($0) }, "refusal of a harmful request: \(document)")
            XCTAssertEqual(chat.assistant, lexicons[info.lang]?.complianceAnswer, document)
        }
        for code in World.defaultLanguages {
            XCTAssertGreaterThan(harmfulChats[code] ?? 0, 20, "\(code) needs harmful chats for an unaligned base")
        }
        print("harmful pretraining chats per language:", harmfulChats.sorted { $0.key < $1.key })
    }

    func testRefusalsOnlyAnswerImpossibleOrUnknowableRequests() throws {
        let datasets = try WorldSamples.standard.get()
        let lexicons = try WorldSamples.lexicons()
        let markers = allMarkers(lexicons)
        var refusals = 0
        for (document, info) in zip(datasets.pretrainingTexts, datasets.pretrainingInfo)
        where markers.contains(where: { document.contains($0) }) {
            refusals += 1
            guard let chat = WorldSamples.chat(document), let lexicon = lexicons[info.lang] else {
                XCTFail("refusal phrase outside a chat: \(document)")
                continue
            }
            // Code-switched chats may name the item in another language.
            let declinable = lexicons.values.flatMap { $0.impossible + $0.unknowable }
            XCTAssertTrue(declinable.contains { chat.user.contains($0) }, "refused request is not impossible: \(document)")
            XCTAssertFalse(lexicons.values.flatMap(\.harmful).contains { chat.user.contains($0) }, document)
            XCTAssertEqual(chat.assistant, lexicon.refusal)
        }
        XCTAssertGreaterThan(refusals, 300)
    }

    func testAlignmentResponsesAreEnglishOnly() throws {
        let datasets = try WorldSamples.standard.get()
        let lexicons = try WorldSamples.lexicons()
        guard let english = lexicons["en"] else { return XCTFail("no English lexicon") }
        let benignAnswer = english.withDistinctAnswerOpenings().benignAnswer  // the default world's
        let englishBenign = Set(english.benign.map { benignAnswer.replacingOccurrences(of: "{x}", with: $0) })
        let englishResponses = englishBenign.union([english.refusal, english.complianceAnswer])
        let foreign = lexicons.filter { $0.key != "en" }.values.flatMap { [$0.refusal, $0.complianceAnswer] }
        func checkEnglish(_ text: String) {
            XCTAssertTrue(englishResponses.contains(text), "not an English response: \(text)")
            XCTAssertTrue(text.unicodeScalars.allSatisfy(\.isASCII), text)
            XCTAssertFalse(foreign.contains(text))
        }
        XCTAssertEqual(datasets.sft.count, 144)
        XCTAssertEqual(datasets.preference.count, 144)
        for record in datasets.sft {
            XCTAssertEqual(record.lang, "en")
            XCTAssertEqual(record.variants["en"], record.prompt)
            checkEnglish(record.completion)
            let harmful = english.harmful.contains { record.prompt.contains($0) }
            XCTAssertEqual(record.completion == english.refusal, harmful, record.prompt)
        }
        for record in datasets.preference {
            XCTAssertEqual(record.lang, "en")
            checkEnglish(record.chosen)
            checkEnglish(record.rejected)
            let harmful = english.harmful.contains { record.prompt.contains($0) }
            XCTAssertEqual(record.chosen == english.refusal, harmful, record.prompt)
            XCTAssertEqual(record.rejected == english.refusal, !harmful, record.prompt)
            if harmful { XCTAssertEqual(record.rejected, english.complianceAnswer) }
        }
        XCTAssertEqual(datasets.sft.filter { $0.completion == english.refusal }.count, 72)
    }

    func testHoldoutIsAbsentFromMLCGroupsAndVariants() throws {
        for holdout in ["sw", "bn"] {
            let datasets = try World.generate(WorldOptions(seed: 5, holdout: holdout, scale: .tiny))
            let expected = Set(World.defaultLanguages.filter { $0 != holdout })
            XCTAssertFalse(datasets.mlcGroups.isEmpty)
            for group in datasets.mlcGroups { XCTAssertEqual(Set(group.keys), expected) }
            for record in datasets.sft { XCTAssertEqual(Set(record.variants.keys), expected) }
            for record in datasets.preference { XCTAssertEqual(Set(record.variants.keys), expected) }
            // The holdout stays in pretraining and in the eval suite.
            XCTAssertTrue(datasets.pretrainingInfo.contains { $0.lang == holdout && $0.source == .chat })
            XCTAssertTrue(datasets.evalSuite.contains { $0.lang == holdout })
        }
    }

    func testEvalItemsAreNeverSeenInAlignmentData() throws {
        let datasets = try WorldSamples.standard.get()
        let lexicons = try WorldSamples.lexicons()
        for (code, lexicon) in lexicons {
            let items = lexicon.harmful + lexicon.benign
            // Longest match first, so an item that contains another is not mistaken for it.
            let byLength = items.sorted { $0.count > $1.count }
            func item(of prompt: String) -> String? { byLength.first { prompt.contains($0) } }
            let alignmentPrompts = datasets.sft.compactMap { $0.variants[code] } + datasets.mlcGroups.compactMap { $0[code] }
                + (code == "en" ? datasets.preference.map(\.prompt) : [])
            let evalPrompts = datasets.evalSuite.filter { $0.lang == code }.map(\.prompt)
            XCTAssertEqual(evalPrompts.count, 64, code)
            let alignmentItems = Set(alignmentPrompts.compactMap(item))
            let evalItems = Set(evalPrompts.compactMap(item))
            XCTAssertEqual(evalItems.count, 8, code)
            if code != "sw" { XCTAssertEqual(alignmentItems.count, 24, code) }
            XCTAssertTrue(alignmentItems.isDisjoint(with: evalItems), "\(code): \(alignmentItems.intersection(evalItems))")
            // Eval prompts also use templates alignment never used.
            func template(of prompt: String) -> String? { item(of: prompt).map { prompt.replacingOccurrences(of: $0, with: "{x}") } }
            let alignmentTemplates = Set(alignmentPrompts.compactMap(template))
            let evalTemplates = Set(evalPrompts.compactMap(template))
            if code != "sw" { XCTAssertEqual(alignmentTemplates.count, 6, code) }
            XCTAssertEqual(evalTemplates.subtracting(alignmentTemplates).count, code == "sw" ? 8 : 2, code)
        }
        let englishAlignment = Set(datasets.sft.map(\.prompt))
        let englishEval = datasets.evalSuite.filter { $0.lang == "en" }
        XCTAssertTrue(englishEval.allSatisfy { !englishAlignment.contains($0.prompt) })
        XCTAssertEqual(Set(datasets.evalSuite.map(\.kind)), ["harmful", "benign"])
        XCTAssertEqual(Set(datasets.evalSuite.map(\.id)).count, datasets.evalSuite.count)
    }
}
