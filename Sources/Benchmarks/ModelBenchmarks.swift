import Foundation
import Tensor
import Models
import Alignment

/// `alignonce bench forward|train|generate`: the engine on the reference shapes, with random
/// weights and tokens (as bench_torch.py), timed after warm-up; the median step is reported.
public struct ModelBenchmarks {
    public let shape: BenchShape
    public let steps: Int
    public let warmup: Int
    public let sgemmPeak: Double

    public init(shape: BenchShape, steps: Int = 10, warmup: Int = 3, sgemmPeak: Double) {
        self.shape = shape
        self.steps = steps
        self.warmup = warmup
        self.sgemmPeak = sgemmPeak
    }

    var config: ModelConfig { shape.config }

    func randomTokens(_ count: Int, seed: UInt64) -> [Int32] {
        var rng = SplitMix64(seed: seed)
        return (0..<count).map { _ in Int32(3 + rng.next() % UInt64(config.vocabSize - 3)) }
    }

    func result(_ name: String, times: [Double], tokens: Int, flops: Double) -> BenchResult {
        let median = BenchClock.median(times)
        return BenchResult(benchmark: name, shape: shape.rawValue, steps: times.count,
                           tokensPerSecond: Double(tokens) / median, secondsPerStep: median,
                           secondsMin: times.min() ?? .nan, secondsMax: times.max() ?? .nan,
                           modelGflopPerStep: flops / 1e9, gflops: flops / median / 1e9,
                           mfu: flops / median / 1e9 / sgemmPeak, sgemmGflops: sgemmPeak, peakRssBytes: BenchClock.peakRSS())
    }

    /// Forward pass with logits over the training batch.
    public func forward() throws -> BenchResult {
        let model = LlamaModel.randomlyInitialised(config: config, seed: 1)
        let (b, t) = shape.batch
        let tokens = randomTokens(b * t, seed: 2)
        let times = try BenchClock.time(warmup: warmup, steps: steps) {
            _ = try model.forward(tokens: tokens, batch: b, seq: t)
        }
        let n = FlopModel.nonEmbeddingParameters(config)
        return result("forward", times: times, tokens: b * t, flops: FlopModel.forward(config, n: n, tokens: b * t, seq: t))
    }

    /// The SFT training step: forward, cross-entropy on every next token, backward, AdamW.
    public func train() throws -> BenchResult {
        let model = LlamaModel.randomlyInitialised(config: config, seed: 1)
        let (b, t) = shape.batch
        let rows = b * t
        let tokens = randomTokens(rows, seed: 2)
        var targets = [Int32](repeating: -1, count: rows)
        for r in 0..<rows where r % t != t - 1 { targets[r] = tokens[r + 1] }
        let counted = targets.filter { $0 >= 0 }.count
        let weights = targets.map { $0 >= 0 ? -1 / Float(counted) : 0 }
        var logProbs = [Float](repeating: 0, count: rows), lse = logProbs
        let grads = FloatBuffer(count: model.parameterCount)
        var optimizer = try AdamW(parameterCount: model.parameterCount, learningRate: 1e-5)
        let v = config.vocabSize
        let times = try BenchClock.time(warmup: warmup, steps: steps) {
            let pass = try model.forward(tokens: tokens, batch: b, seq: t, training: true)
            guard let logits = pass.logits else { return }
            TokenLogProbs.forward(logits: logits.pointer, rows: rows, vocab: v, targets: targets, logProbs: &logProbs, logSumExp: &lse)
            TokenLogProbs.backward(logits: logits.pointer, rows: rows, vocab: v, targets: targets, logSumExp: lse,
                                   gradLogProbs: weights, dLogits: logits.pointer)
            model.backward(pass, dLogits: logits, gradients: grads)
            // Zeroes the gradients for the next step as it reads them, as the trainer does.
            try optimizer.update(parameters: model.parameters.buffer, consuming: grads.buffer, learningRate: optimizer.learningRate)
        }
        let n = FlopModel.nonEmbeddingParameters(config)
        return result("train", times: times, tokens: rows, flops: FlopModel.training(config, n: n, tokens: rows, seq: t))
    }

    /// Greedy decoding, batch 1, KV cache: 128 new tokens after a 32-token prompt.
    public func generate(newTokens: Int = 128, promptLength: Int = 32) throws -> BenchResult {
        let model = LlamaModel.randomlyInitialised(config: config, seed: 1)
        let prompt = randomTokens(promptLength, seed: 3)
        // Prepared once per model, like loading it (bench_torch.py times generate() only).
        let decodeWeights = DecodeWeights(model)
        let times = try BenchClock.time(warmup: 1, steps: max(3, steps / 2)) {
            _ = try Models.generate(model: model, prompt: prompt, maxNewTokens: newTokens, decodeWeights: decodeWeights)
        }
        let n = FlopModel.nonEmbeddingParameters(config)
        let flops = (0..<newTokens).reduce(0.0) { $0 + FlopModel.forward(config, n: n, tokens: 1, seq: promptLength + $1) }
        return result("generate", times: times, tokens: newTokens, flops: flops)
    }
}
