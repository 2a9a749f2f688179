import ArgumentParser
import Foundation
import Models

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show a model's architecture, parameter count, dtype on disk and memory needs.")

    @OptionGroup var model: ModelOptions

    func run() throws {
        let m = try model.load()
        let c = m.config
        let params = m.model.parameterCount
        let gib = { (bytes: Double) in
            bytes >= 1_073_741_824 ? String(format: "%.2f GiB", bytes / 1_073_741_824) : String(format: "%.1f MiB", bytes / 1_048_576)
        }
        let kvCache = Double(2 * c.numLayers * c.maxPositions * c.kvDim * 4)
        // Activations kept per token for backward (floats): the ForwardPass buffers of each layer.
        let perTokenPerLayer = 5 * c.hiddenSize + c.qDim + 2 * c.kvDim + c.qDim + 3 * c.intermediateSize + 2
        let tokens = 8 * 512
        let activations = Double(tokens * (c.numLayers * perTokenPerLayer + c.vocabSize * 2) * 4)
        let dtypes = try m.diskDTypes().sorted { $0.value > $1.value }.map { "\($0.key) (\($0.value) values)" }
        print("""
        folder            \(m.directory.path)
        architecture      \(c.modelType) (\(c.numLayers) layers, hidden \(c.hiddenSize), intermediate \(c.intermediateSize))
        attention         \(c.numHeads) heads, \(c.numKVHeads) kv heads, head dim \(c.headDim), q/k/v bias \(c.attentionBias)
        rope              theta \(c.ropeTheta), scaling \(c.ropeScaling)
        vocabulary        \(c.vocabSize) (tokenizer \(m.tokenizer.vocabularySize)), tied embeddings \(c.tieWordEmbeddings)
        chat format       \(m.chatTemplate.rawValue); stop ids \(m.stopTokenIds.sorted())
        parameters        \(params) (\(String(format: "%.1f", Double(params) / 1e6)) M)
        dtype on disk     \(dtypes.joined(separator: ", "))
        inference memory  \(gib(Double(params) * 4)) fp32 weights + \(gib(kvCache)) KV cache at \(c.maxPositions) tokens\
        \(params * 4 <= DecodeWeights.automaticLimitBytes ? " + \(gib(Double(params) * 4)) transposed copy for decoding" : "")
        training memory   \(gib(Double(params) * 16)) full fine-tuning (weights, gradients, AdamW m and v) \
        + ~\(gib(activations)) activations for 8 x 512 tokens
        """)
    }
}
