import Foundation
import Tensor
import Models
import Alignment

/// `alignonce bench dpo [--mlc K]`: bench_torch.py's `dpo` / `dpo_mlc` modes. B pairs of T
/// random tokens sharing a T/2-token prompt, the policy on chosen + rejected in one 2B batch,
/// a reference forward, sigmoid DPO (beta 0.1), AdamW (lr 1e-5). With MLC: K prompt-only
/// variants of T/2 tokens per pair, rank1-energy on the last-token hidden state, weight 0.5.
///
/// One difference in how the work is done, not in what is computed: variant 0 of each group
/// is the pair's own prompt, whose representation the MLC term reads from the chosen row of the
/// DPO pass (causal attention: same hidden states), so K - 1 variants run, and only up to the
/// deepest MLC layer.
extension ModelBenchmarks {
    public func dpo(mlcVariants k: Int? = nil) throws -> BenchResult {
        let (b, t) = shape.batch
        let half = t / 2
        let pairs = (0..<b).map { i in
            TokenizedPair(index: i, prompt: randomTokens(half, seed: 10 + UInt64(i)),
                          chosen: randomTokens(t - half, seed: 100 + UInt64(i)),
                          rejected: randomTokens(t - half, seed: 200 + UInt64(i)))
        }
        let n = FlopModel.nonEmbeddingParameters(config)
        let dpoFlops = FlopModel.training(config, n: n, tokens: 2 * b * t, seq: t) + FlopModel.forward(config, n: n, tokens: 2 * b * t, seq: t)
        let plain = try dpoStep(pairs, mlc: nil)
        guard let k else {
            let times = try BenchClock.time(warmup: warmup, steps: steps, plain)
            return result("dpo", times: times, tokens: 2 * b * t, flops: dpoFlops)
        }
        guard k >= 2 else { throw AlignOnceError("--mlc", "needs K >= 2 variants per pair, got \(k)") }

        let groups = pairs.enumerated().map { i, pair in
            MLCVariantGroup(languages: (0..<k).map { "v\($0)" },
                            ids: [pair.prompt] + (1..<k).map { j in randomTokens(half, seed: 1000 + UInt64(i * k + j)) })
        }
        // The three steps are timed interleaved, so a shared, noisy machine slows them alike
        // and the overhead ratios stay meaningful.
        let variants = [plain, try dpoStep(pairs, mlc: (groups, -1)),
                        try dpoStep(pairs, mlc: (groups, MLCTerm.defaultLayer(numLayers: config.numLayers)))]
        var times: [[Double]] = [[], [], []]
        for round in 0..<(warmup + steps) {
            for (i, step) in variants.enumerated() {
                let start = BenchClock.now()
                try step()
                if round >= warmup { times[i].append(BenchClock.now() - start) }
            }
        }
        let (dpoTimes, lastLayer, middleLayer) = (times[0], times[1], times[2])
        let headParameters = Double(config.vocabSize * config.hiddenSize)
        let mlcFlops = FlopModel.training(config, n: n - headParameters, tokens: b * k * half, seq: half)
        var out = result("dpo_mlc", times: lastLayer, tokens: 2 * b * t + b * k * half, flops: dpoFlops + mlcFlops)
        let dpoMedian = BenchClock.median(dpoTimes), middleMedian = BenchClock.median(middleLayer)
        out.extra["mlc_k"] = Double(k)
        out.extra["dpo_seconds_per_step"] = dpoMedian
        out.extra["mlc_overhead"] = out.secondsPerStep / dpoMedian
        out.extra["mlc_middle_layer"] = Double(MLCTerm.defaultLayer(numLayers: config.numLayers))
        out.extra["mlc_middle_seconds_per_step"] = middleMedian
        out.extra["mlc_middle_overhead"] = middleMedian / dpoMedian
        return out
    }

    /// One DPO step (own model, reference and optimizer), with an MLC term on `mlc.layer` when given.
    private func dpoStep(_ pairs: [TokenizedPair], mlc: (groups: [MLCVariantGroup], layer: Int)?) throws -> () throws -> Void {
        let model = LlamaModel.randomlyInitialised(config: config, seed: 1)
        let reference = LlamaModel.randomlyInitialised(config: config, seed: 1)
        var objective = DPOObjective(loss: try DPOLoss(beta: 0.1), reference: .model(reference))
        var term = try mlc.map { try MLCTerm(groupLoss: MLCGroupLoss(kind: .rank1Energy), layers: [$0.layer], weight: 0.5) }
        let rows = pairs.indices.map { Optional($0) }
        let grads = FloatBuffer(count: model.parameterCount)
        var optimizer = try AdamW(parameterCount: model.parameterCount, learningRate: 1e-5)
        return {
            _ = try objective.step(pairs, policy: model, gradients: grads) { pass in
                guard var t = term, let groups = mlc?.groups else { return [:] }
                defer { term = t }
                return try t.step(groups, policy: model, gradients: grads, sharing: MLCSharedPass(pass: pass, rows: rows)).sharedGradients
            }
            try optimizer.update(parameters: model.parameters.buffer, consuming: grads.buffer, learningRate: optimizer.learningRate)
        }
    }
}
