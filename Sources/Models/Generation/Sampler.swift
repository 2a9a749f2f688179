import Foundation
import Tensor

/// How the next token is chosen from logits: greedy (temperature 0) or temperature + top-p
/// (nucleus) sampling with a seeded generator.
public struct SamplingOptions: Sendable {
    public var temperature: Float
    public var topP: Float
    public var seed: UInt64

    public init(temperature: Float = 0, topP: Float = 1, seed: UInt64 = 0) {
        self.temperature = temperature
        self.topP = topP
        self.seed = seed
    }
}

public struct Sampler {
    public let options: SamplingOptions
    private var rng: SplitMix64

    public init(_ options: SamplingOptions) {
        self.options = options
        rng = SplitMix64(seed: options.seed)
    }

    public mutating func next(_ logits: [Float]) -> Int {
        guard options.temperature > 0 else { return Self.argmax(logits) }
        let inv = 1 / options.temperature
        let maxLogit = logits.max() ?? 0
        var probs = logits.map { exp(($0 - maxLogit) * inv) }
        let total = probs.reduce(0, +)
        for i in probs.indices { probs[i] /= total }
        // Nucleus: keep the most likely tokens whose cumulative mass first reaches topP.
        let order = probs.indices.sorted { probs[$0] > probs[$1] }
        var kept: [Int] = [], mass: Float = 0
        for i in order {
            kept.append(i)
            mass += probs[i]
            if mass >= options.topP { break }
        }
        var u = rng.nextUniform() * mass
        for i in kept {
            u -= probs[i]
            if u <= 0 { return i }
        }
        return kept.last ?? Self.argmax(logits)
    }

    /// Index of the largest value (first on ties), as torch.argmax.
    public static func argmax(_ values: [Float]) -> Int {
        var best = 0
        for i in values.indices where values[i] > values[best] { best = i }
        return best
    }
}

/// Generates up to `maxNewTokens` after `prompt`, stopping at any of `stopIds`.
/// `onToken` sees each new id as it is produced (for streaming to the terminal).
/// `decodeWeights`: transposed weights prepared once for several generations with the same,
/// unchanged model (nil: the session prepares its own).
public func generate(
    model: LlamaModel, prompt: [Int32], maxNewTokens: Int, sampling: SamplingOptions = .init(),
    stopIds: Set<Int> = [], decodeWeights: DecodeWeights? = nil, onToken: (Int) -> Void = { _ in }
) throws -> [Int] {
    let session = InferenceSession(model: model, capacity: prompt.count + maxNewTokens, decodeWeights: decodeWeights)
    var sampler = Sampler(sampling)
    var logits = try session.append(prompt)
    var out: [Int] = []
    while out.count < maxNewTokens {
        let next = sampler.next(logits)
        out.append(next)
        onToken(next)
        if stopIds.contains(next) || out.count == maxNewTokens { break }
        logits = try session.append([Int32(next)])
    }
    return out
}
