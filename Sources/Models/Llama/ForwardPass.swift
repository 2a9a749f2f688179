import Tensor

/// Everything one batched forward pass keeps for its backward pass.
///
/// The batch is `batch` sequences of `seq` tokens, right-padded: with causal attention a
/// real token never attends to padding after it, so no attention mask is needed — padded
/// positions just get zero weight in the losses.
public final class ForwardPass {
    /// Activations of one decoder layer ([rows, width] buffers, rows = batch·seq).
    final class LayerActivations {
        let normedInput: FloatBuffer     // input_layernorm(x)            [N, d]
        let invRMSInput: FloatBuffer     //                               [N]
        let qkv: FloatBuffer             // [q | k | v] after RoPE        [N, qDim + 2 kvDim]
        let probs: FloatBuffer           // attention weights             [B, H, T, T]
        let attention: FloatBuffer       // heads concatenated, pre o_proj [N, qDim]
        let afterAttention: FloatBuffer  // x + o_proj(...)               [N, d]
        let normedMid: FloatBuffer       // post_attention_layernorm(...) [N, d]
        let invRMSMid: FloatBuffer       //                               [N]
        let gateUp: FloatBuffer          // [gate | up]                   [N, 2I]
        let activation: FloatBuffer      // silu(gate) ⊙ up               [N, I]

        init(_ c: ModelConfig, rows: Int, attention a: CausalAttention) {
            normedInput = FloatBuffer(count: rows * c.hiddenSize, zeroed: false)
            invRMSInput = FloatBuffer(count: rows, zeroed: false)
            qkv = FloatBuffer(count: rows * a.qkvWidth, zeroed: false)
            probs = FloatBuffer(count: a.probsCount, zeroed: false)
            attention = FloatBuffer(count: rows * c.qDim, zeroed: false)
            afterAttention = FloatBuffer(count: rows * c.hiddenSize, zeroed: false)
            normedMid = FloatBuffer(count: rows * c.hiddenSize, zeroed: false)
            invRMSMid = FloatBuffer(count: rows, zeroed: false)
            gateUp = FloatBuffer(count: rows * 2 * c.intermediateSize, zeroed: false)
            activation = FloatBuffer(count: rows * c.intermediateSize, zeroed: false)
        }
    }

    public let batch: Int
    public let seq: Int
    public var rows: Int { batch * seq }
    public let tokens: [Int32]
    /// Decoder layers run (all of them unless the pass stopped early for a middle hidden state).
    public let layersRun: Int
    /// `residual[i]` is the input of layer i; `residual[layersRun]` the output of the last layer run.
    let residual: [FloatBuffer]
    var layers: [LayerActivations] = []
    /// model.norm output (Hugging Face `hidden_states[L]`), when all layers ran.
    let finalNormed: FloatBuffer?
    let invRMSFinal: FloatBuffer?
    /// [rows, vocab] logits when requested; callers may overwrite them with their gradient.
    public let logits: FloatBuffer?
    let attention: CausalAttention
    let ropeCos: [Float]
    let ropeSin: [Float]
    let numLayers: Int
    /// Training mode: LoRA dropout is active.
    let training: Bool
    /// Per layer, what each LoRA adapter kept for backward.
    var loraActivations: [[LoRATarget: LoRAActivation]]

    init(config c: ModelConfig, rope: RopeTable, tokens: [Int32], batch: Int, seq: Int,
         layersRun: Int, finalNorm: Bool, logits: Bool, training: Bool) {
        self.batch = batch
        self.seq = seq
        self.tokens = tokens
        self.layersRun = layersRun
        numLayers = c.numLayers
        self.training = training
        loraActivations = Array(repeating: [:], count: layersRun)
        let rows = batch * seq
        self.attention = CausalAttention(batch: batch, seq: seq, heads: c.numHeads, kvHeads: c.numKVHeads, headDim: c.headDim)
        let attention = self.attention
        residual = (0...layersRun).map { _ in FloatBuffer(count: rows * c.hiddenSize, zeroed: false) }
        layers = (0..<layersRun).map { _ in LayerActivations(c, rows: rows, attention: attention) }
        finalNormed = finalNorm ? FloatBuffer(count: rows * c.hiddenSize, zeroed: false) : nil
        invRMSFinal = finalNorm ? FloatBuffer(count: rows, zeroed: false) : nil
        self.logits = logits ? FloatBuffer(count: rows * c.vocabSize, zeroed: false) : nil
        (ropeCos, ropeSin) = rope.tables(positions: Array(0..<seq))
    }

    /// Hugging Face `hidden_states[i]` ([rows, d]): 0 = embeddings, j = output of layer j,
    /// L = after the final norm. Nil if this pass did not compute it.
    public func hiddenState(_ i: Int) -> FloatBuffer? {
        if i == numLayers { return finalNormed }
        return i <= layersRun ? residual[i] : nil
    }
}
