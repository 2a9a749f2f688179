import ArgumentParser
import Foundation
import Models
import Tensor

struct ForwardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forward",
        abstract: "Run one sequence and save logits, every hidden state and next-token log-probs.",
        discussion: """
        Writes a safetensors file with `logits` [T, V], `hidden_states.{i}` [T, d] for i = 0..L \
        (Hugging Face numbering: 0 = embeddings, L = after the final norm) and `logprobs` [T-1].
        """)

    @OptionGroup var model: ModelOptions
    @Option(help: "Text to encode (no special tokens added).") var text: String?
    @Option(help: "Comma-separated token ids, instead of --text.") var ids: String?
    @Option(help: "Output .safetensors file.") var out: String

    func run() throws {
        let loaded = try model.load()
        let tokens = try tokenIds(loaded)
        let c = loaded.config, t = tokens.count
        let pass = try loaded.model.forward(tokens: tokens, batch: 1, seq: t)
        guard let logits = pass.logits else { throw AlignOnceError("forward", "no logits computed") }
        var tensors: [(name: String, tensor: Tensor)] = [("logits", Tensor(shape: [t, c.vocabSize], values: logits.array()))]
        for i in 0...c.numLayers {
            if let h = pass.hiddenState(i) { tensors.append(("hidden_states.\(i)", Tensor(shape: [t, c.hiddenSize], values: h.array()))) }
        }
        var targets = [Int32](repeating: -1, count: t)
        for i in 0..<(t - 1) { targets[i] = tokens[i + 1] }
        var logProbs = [Float](repeating: 0, count: t), lse = logProbs
        TokenLogProbs.forward(logits: logits.pointer, rows: t, vocab: c.vocabSize, targets: targets, logProbs: &logProbs, logSumExp: &lse)
        tensors.append(("logprobs", Tensor(shape: [t - 1], values: Array(logProbs.prefix(t - 1)))))
        try SafetensorsWriter.write(tensors, dtype: .f32, metadata: ["format": "pt"], to: URL(fileURLWithPath: out))
        print("wrote \(tensors.count) tensors for \(t) tokens to \(out)")
    }

    func tokenIds(_ loaded: PretrainedModel) throws -> [Int32] {
        let ids: [Int]
        switch (text, self.ids) {
        case (let text?, nil): ids = loaded.tokenizer.encode(text)
        case (nil, let list?):
            ids = try commaSeparated(list, flag: "--ids", invalid: "is not an integer token id")
        default: throw AlignOnceError("forward", "give exactly one of --text or --ids")
        }
        guard ids.count >= 2 else { throw AlignOnceError("forward", "need at least 2 tokens, got \(ids.count)") }
        try loaded.tokenizer.validate(ids: ids, source: "--ids")
        if let bad = ids.first(where: { $0 < 0 || $0 >= loaded.config.vocabSize }) {
            throw AlignOnceError("--ids", "token id \(bad) is outside the vocabulary (0..<\(loaded.config.vocabSize))")
        }
        return ids.map { Int32($0) }
    }
}
