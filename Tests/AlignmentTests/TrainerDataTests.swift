import Foundation
import XCTest
import Tensor
import Models
import TestSupport
@testable import Alignment

/// Bad or awkward data through the trainer: each error names the file (and line / field).
final class TrainerDataTests: XCTestCase {
    func testGroupWithOneVariantNamesFileLineAndField() throws {
        var lines = try TrainerFixture.preferenceLines()
        lines[1] = try TrainerFixture.jsonLine(["prompt": "Hi", "chosen": "a", "rejected": "b", "variants": ["en": "Hi"]])
        let config = try TrainerFixture.config(lines)
        assertTrainerError(try Trainer(config: config), mentions: ["train.jsonl:2", "variants", "at least 2 languages"])
    }

    func testAnchorModeNeedsTheAnchorLanguage() throws {
        var lines = try TrainerFixture.preferenceLines()
        lines[2] = try TrainerFixture.jsonLine(["prompt": "Hola", "lang": "es", "chosen": "a", "rejected": "b",
                                                "variants": ["fr": "Salut"]])
        var config = try TrainerFixture.config(lines)
        config.mlc = .anchor
        assertTrainerError(try Trainer(config: config), mentions: ["train.jsonl:3", "anchor language \"en\""])
    }

    func testEmptyMalformedAndIncompleteFiles() throws {
        assertTrainerError(try Trainer(config: TrainerFixture.config([])), mentions: ["train.jsonl", "no records"])
        var lines = try TrainerFixture.preferenceLines()
        lines[1] = "{\"prompt\": \"x\", \"chosen\": "
        assertTrainerError(try Trainer(config: TrainerFixture.config(lines)), mentions: ["train.jsonl:2"])
        lines[1] = try TrainerFixture.jsonLine(["prompt": "x", "chosen": "y"])
        assertTrainerError(try Trainer(config: TrainerFixture.config(lines)), mentions: ["train.jsonl:2", "rejected"])
        let mlcFile = try TrainerFixture.write(["{\"variants\": {\"en\": \"a\"}}"], "mlc.jsonl",
                                               in: Fixtures.temporaryDirectory("trainer-mlc"))
        var config = try TrainerFixture.config()
        config.mlcData = mlcFile.path
        assertTrainerError(try Trainer(config: config), mentions: ["mlc.jsonl:1", "variants"])
    }

    func testOverLongPromptsAreTruncatedAndCounted() throws {
        // Limits just above the normal examples, so only the long one is cut.
        var unlimited = try TrainerFixture.config()
        unlimited.maxLength = 256
        unlimited.maxPromptLength = 200
        let normal = try Trainer(config: unlimited).data
        XCTAssertEqual(normal.truncation.truncated + normal.truncatedVariants, 0)
        let longestPrompt = normal.examples.map(\.prompt.count).max() ?? 0
        let longestVariant = normal.exampleGroups.compactMap { $0?.ids.map(\.count).max() }.max() ?? 0
        let longestPair = normal.examples.map { $0.prompt.count + max($0.chosen.count, $0.rejected.count) }.max() ?? 0
        var lines = try TrainerFixture.preferenceLines()
        let long = Array(repeating: "please explain this in great detail", count: 12).joined(separator: " ")
        lines.append(try TrainerFixture.jsonLine(["prompt": long, "chosen": "No.", "rejected": "Yes, here.",
                                                  "variants": ["fr": long + " en français"]]))
        var config = try TrainerFixture.config(lines, steps: 1)
        config.maxPromptLength = max(longestPrompt, longestVariant)
        config.maxLength = max(longestPair, config.maxPromptLength + 1)
        let trainer = try Trainer(config: config)
        XCTAssertEqual(trainer.data.truncation.truncated, 1)
        XCTAssertEqual(trainer.data.truncation.dropped, 0)
        XCTAssertEqual(trainer.data.truncatedVariants, 2)
        let pair = try XCTUnwrap(trainer.data.examples.last)
        XCTAssertEqual(pair.prompt.count, config.maxPromptLength)
        XCTAssertLessThanOrEqual(pair.prompt.count + max(pair.chosen.count, pair.rejected.count), config.maxLength)
        // keep_end keeps the generation prompt, so the variant still ends like a prompt.
        let group = try XCTUnwrap(trainer.data.exampleGroups.last ?? nil)
        XCTAssertEqual(group.ids.map(\.count), [config.maxPromptLength, config.maxPromptLength])
        XCTAssertEqual(group.ids[0], pair.prompt)
        XCTAssertTrue(trainer.truncationLine.contains("1 truncated, 0 dropped"), trainer.truncationLine)
    }

    func testChatTemplateTokenization() throws {
        let config = try TrainerFixture.config()
        let trainer = try Trainer(config: config)
        let model = trainer.pretrained
        let pair = trainer.data.examples[0]
        XCTAssertEqual(pair.prompt, model.promptIds(user: TrainerFixture.prompts[0].0))
        let full = model.tokenizer.encode(model.renderChat([ChatMessage(role: "user", content: TrainerFixture.prompts[0].0),
                                                            ChatMessage(role: "assistant", content: "I can't help with that, sorry 0.")],
                                                           addGenerationPrompt: false)).map { Int32($0) }
        XCTAssertEqual(pair.prompt + pair.chosen, full)
        // Group: the anchor (en, the record's own prompt) first, then de, fr.
        let group = try XCTUnwrap(trainer.data.exampleGroups[0])
        XCTAssertEqual(group.languages, ["en", "de", "fr"])
        XCTAssertEqual(group.ids[0], pair.prompt)
    }
}
