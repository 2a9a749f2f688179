import ArgumentParser
import Models
import Tensor

@main
struct AlignOnceCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alignonce",
        abstract: "Multilingual safety alignment of Llama / Qwen2 / Mistral models on CPU.",
        discussion: """
        Align once in English (SFT, DPO and variants, SimPO, ORPO) plus the Multi-Lingual \
        Consistency loss on translated prompts, evaluate safety per language, export to Hugging Face.
        Start with `alignonce demo`.
        """,
        subcommands: [
            TrainCommand.self, ExportCommand.self, EvalCommand.self, JudgeCommand.self,
            TokenizeCommand.self, ForwardCommand.self, GenerateCommand.self, InspectCommand.self, BenchCommand.self,
            DemoCommand.self,
        ]
    )

    init() {}

    /// Every command trains or runs models, so the allocator is tuned once here, before any
    /// of them allocates activations.
    static func main() {
        Allocator.keepFreedMemoryForReuse()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}

/// `--model` and `--chat-template`, shared by every command that loads a model.
struct ModelOptions: ParsableArguments {
    @Option(name: .long, help: "Model folder, or a Hugging Face repo id found in the local cache (never downloaded).")
    var model: String

    @Option(name: .long, help: "Force the chat format: chatml, llama3 or plain (default: detected from tokenizer_config.json).")
    var chatTemplate: String?

    func load() throws -> PretrainedModel {
        var forced: ChatTemplate?
        if let name = chatTemplate {
            guard let t = ChatTemplate(rawValue: name) else {
                throw AlignOnceError("--chat-template", "'\(name)' is not one of chatml, llama3, plain")
            }
            forced = t
        }
        return try PretrainedModel.load(model, chatTemplate: forced)
    }
}
