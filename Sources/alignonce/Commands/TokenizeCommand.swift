import ArgumentParser
import Foundation
import Models

struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize", abstract: "Print the token ids of a text (no special tokens added).")

    @OptionGroup var model: ModelOptions
    @Option(help: "The text to encode.") var text: String
    @Flag(help: "Print one JSON object with ids and token strings.") var json = false

    func run() throws {
        let tokenizer = try Tokenizer.load(directory: try ModelDirectory.resolve(model.model))
        let ids = tokenizer.encode(text)
        if json {
            let object: [String: Any] = ["ids": ids, "tokens": ids.map { tokenizer.tokenString($0) ?? "" }]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(ids.map(String.init).joined(separator: " "))
        }
    }
}
