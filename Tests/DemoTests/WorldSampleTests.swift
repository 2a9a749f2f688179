import XCTest
@testable import Demo

/// Generated worlds shared by the World*Tests (generating the standard world takes a moment).
enum WorldSamples {
    static let tiny = Result { try World.generate(WorldOptions(seed: 7, scale: .tiny)) }
    static let standard = Result { try World.generate(WorldOptions(seed: 7, scale: .standard)) }

    /// Splits a ChatML document into its user and assistant texts; nil for any other document.
    /// Written independently of `World.renderChat` so the tests read the corpus as a trainer would.
    static func chat(_ document: String) -> (user: String, assistant: String)? {
        let userOpen = "<|im_start|>user\n"
        let turnBreak = "<|im_end|>\n<|im_start|>assistant\n"
        let close = "<|im_end|>\n"
        guard document.hasPrefix(userOpen), document.hasSuffix(close) else { return nil }
        let body = document.dropFirst(userOpen.count).dropLast(close.count)
        let parts = body.components(separatedBy: turnBreak)
        guard parts.count == 2 else { return nil }
        return (parts[0], parts[1])
    }

    static func lexicons() throws -> [String: WorldLexicon] {
        var result: [String: WorldLexicon] = [:]
        for code in World.defaultLanguages { result[code] = try World.lexicon(for: code) }
        return result
    }
}

final class WorldSampleTests: XCTestCase {
    func testChatParserReadsRenderedChatsAndRejectsOtherDocuments() throws {
        let parsed = WorldSamples.chat("<|im_start|>user\nHi?<|im_end|>\n<|im_start|>assistant\nHello.<|im_end|>\n")
        XCTAssertEqual(parsed?.user, "Hi?")
        XCTAssertEqual(parsed?.assistant, "Hello.")
        XCTAssertNil(WorldSamples.chat("English: Hi\nSwahili: Habari"))
    }

    func testRenderChatMatchesTheChatMLTemplate() {
        XCTAssertEqual(World.renderChat(user: "Q", assistant: "A"),
                       "<|im_start|>user\nQ<|im_end|>\n<|im_start|>assistant\nA<|im_end|>\n")
        XCTAssertEqual(World.renderPrompt(user: "Q"), "<|im_start|>user\nQ<|im_end|>\n<|im_start|>assistant\n")
    }
}
