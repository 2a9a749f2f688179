import Alignment
import ArgumentParser
import Foundation
import Models
import Tensor

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a training run's weights as a Hugging Face folder (LoRA merged, tokenizer files copied).")

    @Option(name: .customLong("run"), help: "Run directory: exports its newest checkpoint.") var runDirectory: String?
    @Option(help: "One checkpoint directory (<run>/checkpoints/step-N).") var checkpoint: String?
    @Option(help: "Destination folder (replaced atomically).") var out: String
    @Option(help: "f32, bf16 or f16.") var dtype = "f32"

    func run() throws {
        guard let type = ["f32": SafetensorsDType.f32, "bf16": .bf16, "f16": .f16][dtype] else {
            throw AlignOnceError("--dtype", "'\(dtype)' is not one of f32, bf16, f16")
        }
        try RunExport.export(run: runDirectory.map { URL(fileURLWithPath: $0) }, checkpoint: checkpoint.map { URL(fileURLWithPath: $0) },
                             to: URL(fileURLWithPath: out), dtype: type)
        print("exported \(out)")
    }
}
