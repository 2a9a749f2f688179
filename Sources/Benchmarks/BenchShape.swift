import Models

/// The reference benchmark shapes of `../shared/perf/README.md` (the same as bench_torch.py).
public enum BenchShape: String, CaseIterable, Sendable {
    case S, M

    public var config: ModelConfig {
        switch self {
        case .S: ModelConfig(vocabSize: 4096, hiddenSize: 256, intermediateSize: 688, numLayers: 4, numHeads: 8, numKVHeads: 8, maxPositions: 512)
        case .M: ModelConfig(vocabSize: 8192, hiddenSize: 512, intermediateSize: 1376, numLayers: 8, numHeads: 8, numKVHeads: 8, maxPositions: 512)
        }
    }

    /// Training batch: sequences x tokens.
    public var batch: (b: Int, t: Int) {
        switch self {
        case .S: (8, 128)
        case .M: (4, 256)
        }
    }
}

/// The reference FLOP model (PaLM convention, as bench_torch.py): N = parameters excluding
/// the input embedding (the LM head included); attention counted over the full T x T square.
public enum FlopModel {
    public static func nonEmbeddingParameters(_ c: ModelConfig) -> Double {
        Double(ParameterLayout(config: c).totalCount - c.vocabSize * c.hiddenSize
               + (c.tieWordEmbeddings ? c.vocabSize * c.hiddenSize : 0))
    }

    public static func training(_ c: ModelConfig, n: Double, tokens: Int, seq: Int) -> Double {
        6 * n * Double(tokens) + 12 * Double(c.numLayers * c.hiddenSize * seq) * Double(tokens)
    }

    public static func forward(_ c: ModelConfig, n: Double, tokens: Int, seq: Int) -> Double {
        2 * n * Double(tokens) + 4 * Double(c.numLayers * c.hiddenSize * seq) * Double(tokens)
    }
}
