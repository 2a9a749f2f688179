import Tensor

/// Where every Hugging Face parameter lives inside one flat float buffer.
///
/// Per layer, `q_proj`, `k_proj` and `v_proj` weights are adjacent (and so are their biases),
/// as are `gate_proj` and `up_proj`: each group is then one [out, in] matrix and one GEMM.
public struct ParameterLayout {
    public struct Entry: Equatable {
        public let name: String
        public let shape: [Int]
        public let offset: Int
        public var count: Int { shape.reduce(1, *) }
        public var range: Range<Int> { offset..<(offset + count) }
    }

    /// Offsets of one decoder layer's tensors.
    public struct Layer {
        public let inputNorm: Int
        public let qkvWeight: Int
        public let qkvBias: Int?
        public let oWeight: Int
        public let oBias: Int?
        public let postNorm: Int
        public let gateUpWeight: Int
        /// gate_proj.bias then up_proj.bias (adjacent), when `mlp_bias`.
        public let gateUpBias: Int?
        public let downWeight: Int
        public let downBias: Int?
    }

    public let entries: [Entry]
    public let layers: [Layer]
    public let embedding: Int
    public let finalNorm: Int
    /// Offset of the LM head; equals `embedding` when the embeddings are tied.
    public let lmHead: Int
    public let totalCount: Int
    private let index: [String: Int]

    public init(config c: ModelConfig) {
        var entries: [Entry] = []
        var offset = 0
        func add(_ name: String, _ shape: [Int]) -> Int {
            entries.append(Entry(name: name, shape: shape, offset: offset))
            defer { offset += shape.reduce(1, *) }
            return offset
        }
        let d = c.hiddenSize
        embedding = add("model.embed_tokens.weight", [c.vocabSize, d])
        var layers: [Layer] = []
        for i in 0..<c.numLayers {
            let p = "model.layers.\(i)."
            let inputNorm = add(p + "input_layernorm.weight", [d])
            let qkv = add(p + "self_attn.q_proj.weight", [c.qDim, d])
            _ = add(p + "self_attn.k_proj.weight", [c.kvDim, d])
            _ = add(p + "self_attn.v_proj.weight", [c.kvDim, d])
            var qkvBias: Int?
            if c.attentionBias {
                qkvBias = add(p + "self_attn.q_proj.bias", [c.qDim])
                _ = add(p + "self_attn.k_proj.bias", [c.kvDim])
                _ = add(p + "self_attn.v_proj.bias", [c.kvDim])
            }
            let o = add(p + "self_attn.o_proj.weight", [d, c.qDim])
            let oBias = c.outputProjectionBias ? add(p + "self_attn.o_proj.bias", [d]) : nil
            let postNorm = add(p + "post_attention_layernorm.weight", [d])
            let gateUp = add(p + "mlp.gate_proj.weight", [c.intermediateSize, d])
            _ = add(p + "mlp.up_proj.weight", [c.intermediateSize, d])
            var gateUpBias: Int?
            if c.mlpBias {
                gateUpBias = add(p + "mlp.gate_proj.bias", [c.intermediateSize])
                _ = add(p + "mlp.up_proj.bias", [c.intermediateSize])
            }
            let down = add(p + "mlp.down_proj.weight", [d, c.intermediateSize])
            let downBias = c.mlpBias ? add(p + "mlp.down_proj.bias", [d]) : nil
            layers.append(Layer(inputNorm: inputNorm, qkvWeight: qkv, qkvBias: qkvBias, oWeight: o, oBias: oBias,
                                postNorm: postNorm, gateUpWeight: gateUp, gateUpBias: gateUpBias,
                                downWeight: down, downBias: downBias))
        }
        finalNorm = add("model.norm.weight", [d])
        lmHead = c.tieWordEmbeddings ? embedding : add("lm_head.weight", [c.vocabSize, d])
        self.entries = entries
        self.layers = layers
        self.totalCount = offset
        var index: [String: Int] = [:]
        for (i, e) in entries.enumerated() { index[e.name] = i }
        self.index = index
    }

    public func entry(_ name: String) -> Entry? { index[name].map { entries[$0] } }

    /// Whether a parameter is a norm weight or a bias (conventionally excluded from weight decay).
    public static func isNormOrBias(_ name: String) -> Bool {
        name.hasSuffix(".bias") || name.hasSuffix("norm.weight")
    }
}
