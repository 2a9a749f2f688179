import Foundation
import Tensor
import Models

Allocator.keepFreedMemoryForReuse()
let shape = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : "S"
let c: ModelConfig
let B: Int, T: Int
if shape == "S" {
    c = ModelConfig(vocabSize: 4096, hiddenSize: 256, intermediateSize: 688, numLayers: 4, numHeads: 8, numKVHeads: 8); B = Int(ProcessInfo.processInfo.environment["B"] ?? "8")!; T = 128
} else {
    c = ModelConfig(vocabSize: 8192, hiddenSize: 512, intermediateSize: 1376, numLayers: 8, numHeads: 8, numKVHeads: 8); B = 4; T = 256
}
let model = LlamaModel.randomlyInitialised(config: c, seed: 1)
let grads = FloatBuffer(count: model.parameterCount)
var rng = SplitMix64(seed: 2)
let tokens = (0..<(B*T)).map { _ in Int32(rng.next() % UInt64(c.vocabSize)) }
var targets = tokens; for i in 0..<(B*T-1) { targets[i] = tokens[i+1] }; targets[B*T-1] = -1
var lp = [Float](repeating: 0, count: B*T), lse = lp
let g = [Float](repeating: -1/Float(B*T), count: B*T)
func now() -> Double { var ts = timespec(); clock_gettime(CLOCK_MONOTONIC, &ts); return Double(ts.tv_sec) + Double(ts.tv_nsec)*1e-9 }
var times: [Double] = []
for step in 0..<(Int(ProcessInfo.processInfo.environment["STEPS"] ?? "8")!) {
    let t0 = now()
    let pass = try model.forward(tokens: tokens, batch: B, seq: T)
    let t1 = now()
    let logits = pass.logits!
    TokenLogProbs.forward(logits: logits.pointer, rows: B*T, vocab: c.vocabSize, targets: targets, logProbs: &lp, logSumExp: &lse)
    TokenLogProbs.backward(logits: logits.pointer, rows: B*T, vocab: c.vocabSize, targets: targets, logSumExp: lse, gradLogProbs: g, dLogits: logits.pointer)
    let t2 = now()
    model.backward(pass, dLogits: logits.pointer, gradients: grads)
    let t3 = now()
    if step >= 2 { times.append(t3 - t0) }
    print(String(format: "fwd %.3f ce %.3f bwd %.3f total %.3f", t1-t0, t2-t1, t3-t2, t3-t0))
}
let N = Double(model.parameterCount - c.vocabSize * c.hiddenSize)
let flops = 6 * N * Double(B*T) + 12 * Double(c.numLayers * c.hiddenSize * T * B * T)
let med = times.isEmpty ? 1 : times.sorted()[times.count/2]
print(String(format: "median %.3f s/step, %.0f tok/s, %.1f GFLOP/s, MFU %.0f%%", med, Double(B*T)/med, flops/med/1e9, flops/med/1e9/200*100))
