import Foundation
import Tensor
import Models

extension Trainer {
    /// One optimizer update: `gradient-accumulation-steps` micro-batches whose gradients are
    /// summed and scaled by 1/accumulation, global-norm clipping over the model (or LoRA) and
    /// extractor gradients, then AdamW. A non-finite loss or gradient norm skips the update
    /// (reported in the returned values as `skipped`); too many in a row is an error.
    /// Returns the values to log.
    func trainStep() throws -> [String: Double] {
        let started = DispatchTime.now().uptimeNanoseconds
        let accumulation = config.gradientAccumulationSteps
        var values: [String: Double] = [:]
        var tokens = 0
        for _ in 0..<accumulation {
            let indices = sampler.next()
            let batch = indices.map { data.examples[$0] }
            var groups: [MLCVariantGroup] = [], rows: [Int?] = []
            if mlc != nil {
                for (row, i) in indices.enumerated() {
                    if let group = data.exampleGroups[i] {
                        groups.append(group)
                        rows.append(row)
                    }
                }
                if var extra = mlcSampler {
                    for j in extra.next() { groups.append(data.extraGroups[j]); rows.append(nil) }
                    mlcSampler = extra
                }
            }
            let metrics = try microStep(batch, groups: groups, rows: rows, objective: &objective, gradients: gradients)
            for (key, value) in metrics.logValues { values[key, default: 0] += value / Double(accumulation) }
            tokens += batch.reduce(0) { $0 + $1.prompt.count + $1.chosen.count + ($1.rejected.isEmpty ? 0 : $1.prompt.count + $1.rejected.count) }
        }
        values["tokens"] = Double(tokens)

        var extractorGradients = mlc?.extractorGradients ?? []
        let scale = 1 / Float(accumulation)
        if accumulation > 1 {
            let g = gradients.pointer
            Parallel.forEachChunk(gradients.count) { range in for i in range { g[i] *= scale } }
            for i in extractorGradients.indices { extractorGradients[i] *= scale }
        }
        let norm = extractorGradients.withUnsafeMutableBufferPointer { e in
            GradientClipping.clipGlobalNorm(gradients: [gradients.buffer, e], maxNorm: config.maxGradNorm)
        }
        let lr = schedule.learningRate(step: step)
        values["lr"] = lr
        values["grad_norm"] = norm
        let loss = values["loss"] ?? .nan
        if loss.isFinite && norm.isFinite {
            consecutiveBadSteps = 0
            try optimizer.update(parameters: policy.trainableParameters.buffer, consuming: gradients.buffer, learningRate: lr)
            if var term = mlc, var extractorOptimizer {
                var parameters = term.extractorParameters
                try parameters.withUnsafeMutableBufferPointer { p in
                    try extractorGradients.withUnsafeBufferPointer { g in
                        try extractorOptimizer.update(parameters: p, gradients: g, learningRate: lr)
                    }
                }
                term.extractorParameters = parameters
                mlc = term
                self.extractorOptimizer = extractorOptimizer
            }
        } else {
            skippedSteps += 1
            consecutiveBadSteps += 1
            values["skipped"] = 1
            gradients.zero()  // on an update, the optimizer zeroed them as it read them
        }
        mlc?.zeroExtractorGradients()
        step += 1
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        values["tokens_per_second"] = Double(tokens) / max(seconds, 1e-9)
        values["epoch"] = Double(sampler.position.epoch)
        return values
    }

    /// The objective on one micro-batch plus, when there are groups, the MLC term; the MLC
    /// variant that is the prefix of an example's own row (`rows[g]`) is read from the
    /// objective's pass instead of being run again. `gradients` nil = evaluation.
    func microStep(_ batch: [TokenizedPair], groups: [MLCVariantGroup], rows: [Int?],
                   objective: inout TrainingObjective, gradients: FloatBuffer?) throws -> ObjectiveMetrics {
        guard var term = mlc, !groups.isEmpty else {
            return try objective.step(batch, policy: policy, gradients: gradients, sharedPass: { _ in [:] })
        }
        var mlcMetrics: MLCMetrics?
        let metrics = try objective.step(batch, policy: policy, gradients: gradients) { pass in
            let result = try term.step(groups, policy: self.policy, gradients: gradients,
                                       sharing: MLCSharedPass(pass: pass, rows: rows))
            mlcMetrics = result.metrics
            return result.sharedGradients
        }
        if gradients != nil { mlc = term }  // keeps the extractor gradients it accumulated
        return mlcMetrics.map { metrics.adding(mlc: $0) } ?? metrics
    }

    /// Mean loss over the evaluation set (no gradients, batches in file order), as `eval_*` values.
    func evaluate() throws -> [String: Double] {
        guard let evalData, var evaluation = evalObjective else { return [:] }
        var totals: [String: Double] = [:]
        for start in stride(from: 0, to: evalData.examples.count, by: config.batchSize) {
            let range = start..<min(start + config.batchSize, evalData.examples.count)
            var groups: [MLCVariantGroup] = [], rows: [Int?] = []
            for i in range { if let g = evalData.exampleGroups[i] { groups.append(g); rows.append(i - start) } }
            let metrics = try microStep(Array(evalData.examples[range]), groups: mlc == nil ? [] : groups, rows: rows,
                                        objective: &evaluation, gradients: nil)
            let weight = Double(range.count) / Double(evalData.examples.count)
            totals["eval_loss", default: 0] += metrics.loss * weight
            totals["eval_objective_loss", default: 0] += metrics.objectiveLoss * weight
            if let m = metrics.mlcLoss { totals["eval_mlc_loss", default: 0] += m * weight }
        }
        return totals
    }
}
