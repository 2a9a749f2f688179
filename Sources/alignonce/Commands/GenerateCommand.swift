import ArgumentParser
import Foundation
import Models
import Tensor

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate text with a KV cache, streaming tokens to the terminal.",
        discussion: "Greedy by default; --temperature > 0 samples (with --top-p nucleus filtering and a --seed).")

    @OptionGroup var model: ModelOptions
    @Option(help: "Prompt text.") var prompt: String
    @Option(help: "Maximum new tokens.") var maxNewTokens = 128
    @Option(help: "Sampling temperature; 0 = greedy.") var temperature: Float = 0
    @Option(help: "Nucleus sampling mass.") var topP: Float = 1
    @Option(help: "Random seed for sampling.") var seed: UInt64 = 0
    @Flag(help: "Wrap the prompt as a user turn with the chat template.") var chat = false

    func run() throws {
        guard maxNewTokens > 0 else { throw AlignOnceError("--max-new-tokens", "must be positive") }
        guard temperature >= 0 else { throw AlignOnceError("--temperature", "must be >= 0") }
        guard topP > 0, topP <= 1 else { throw AlignOnceError("--top-p", "must be in (0, 1]") }
        let loaded = try model.load()
        let ids = chat ? loaded.promptIds(user: prompt) : loaded.tokenizer.encode(prompt).map { Int32($0) }
        guard !ids.isEmpty else { throw AlignOnceError("--prompt", "encodes to no tokens") }
        var stream = StreamingDecoder(tokenizer: loaded.tokenizer, skipSpecialTokens: true)
        if !chat { print(prompt, terminator: "") }
        let start = Date()
        let out = try generate(model: loaded.model, prompt: ids, maxNewTokens: maxNewTokens,
                               sampling: SamplingOptions(temperature: temperature, topP: topP, seed: seed),
                               stopIds: loaded.stopTokenIds) { id in
            print(stream.append(id), terminator: "")
            fflush(stdout)
        }
        print(stream.finish())
        let seconds = Date().timeIntervalSince(start)
        FileHandle.standardError.write(Data(String(format: "[%d tokens, %.1f tokens/s]\n", out.count, Double(out.count) / seconds).utf8))
    }
}
