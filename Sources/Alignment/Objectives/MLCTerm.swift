import Foundation
import Tensor
import Models

/// How a variant's hidden states become one vector (`--mlc-pooling`).
public enum MLCPooling: String, Codable, CaseIterable, Sendable {
    /// The hidden state of the last real token (the end of the generation prompt).
    case last
    /// The mean over the variant's real tokens.
    case mean
}

/// One MLC prompt group: the same request in several languages, tokenized with the chat
/// template already applied by the caller.
public struct MLCVariantGroup: Equatable, Sendable {
    public var languages: [String]
    public var ids: [[Int32]]

    public init(languages: [String], ids: [[Int32]]) {
        self.languages = languages
        self.ids = ids
    }
}

/// Per-layer results of an MLC step. `layer` is the resolved Hugging Face index (0...L).
public struct MLCLayerMetrics: Codable, Equatable, Sendable {
    public var layer: Int
    /// Mean group loss at this layer (after the extractor).
    public var loss: Double
    /// Consistency score σ₁²/Σσ² of the raw pooled hidden states (no extractor), mean over groups.
    public var consistency: Double
    /// Mean pairwise cosine of the raw pooled hidden states, mean over groups.
    public var meanPairwiseCosine: Double
}

public struct MLCMetrics: Codable, Equatable, Sendable {
    /// L_MLC: mean over groups and layers, unweighted.
    public var loss: Double
    /// `weight · loss` (+ `weight · μ · languageGuard`), this term's share of the total loss.
    public var weightedLoss: Double
    public var layers: [MLCLayerMetrics]
    /// L_guard of `MLCTerm.languageGuard` (unweighted); nil without a guard.
    public var languageGuard: Double?
    /// The guard's mean foreign-token mass at the answer's start, per language; nil without a guard.
    public var foreignMass: [String: Double]?
}

/// The MLC auxiliary loss on the policy (docs/mlc-loss.md): all variants of all groups run
/// in ONE right-padded forward that stops at the deepest configured layer (no logits), each
/// variant is pooled per layer, passed through the extractor and scored per group; the
/// gradient enters the model at those hidden states.
public struct MLCTerm {
    public var groupLoss: MLCGroupLoss
    /// Hugging Face hidden-state indices; negative ones count from the end (-1 = after final norm).
    public let layers: [Int]
    public let pooling: MLCPooling
    /// One trainable extractor per entry of `layers`; nil = identity. Their gradients
    /// accumulate in `weightGradient` / `biasGradient` on every step that has `gradients`.
    public var extractors: [LinearExtractor]?
    /// λ of `L_total = L_align + λ·L_MLC`.
    public let weight: Double
    /// Language of the `anchor` loss's anchor variant (looked up in each group).
    public let anchorLanguage: String?
    /// Mean removed from the pooled states before the extractor (`.none` = the spec).
    public var centering: MLCCentering = .none
    /// Extension (not in the spec): when set, MLC compares each variant's *shift*, its pooled
    /// state minus this frozen model's (the reference, e.g. the model before alignment), instead
    /// of the state itself. Consistent shifts carry what alignment changed in the anchor language
    /// to the other languages while leaving each language's own state, and so the language the
    /// model answers in, as it was. Use with `anchor-mse` (shifts start at zero).
    public var shiftReference: LlamaModel?
    /// Extension (not in the spec), with `shiftReference` and a detached anchor only: each
    /// anchor shift is replaced by its rank-k approximation across the step's groups
    /// (`MLCAnchorTarget`), so the other languages are pulled toward what the anchor shifts
    /// share rather than toward each English prompt's own wording. nil = the shifts as they are.
    public var anchorRank: Int?
    /// Extension (not in the spec): keeps each non-anchor variant's answer in its language
    /// (`MLCLanguageGuard`). The forward pass then runs every layer. nil = off.
    public var languageGuard: MLCLanguageGuard?
    /// Tests only: a fixed centering map in place of the one each step estimates, so a finite
    /// difference sees the same (detached) language directions as the backward pass.
    var centeringMapOverride: MLCCentering.Map?

    public init(groupLoss: MLCGroupLoss, layers: [Int], pooling: MLCPooling = .last,
                extractors: [LinearExtractor]? = nil, weight: Double = 1, anchorLanguage: String? = "en") throws {
        guard !layers.isEmpty else { throw AlignOnceError("--mlc-layers", "needs at least one layer") }
        guard weight.isFinite, weight >= 0 else {
            throw AlignOnceError("--mlc-weight", "must be a finite number >= 0, got \(weight)")
        }
        if let extractors, extractors.count != layers.count {
            throw AlignOnceError("--mlc-extractor", "has \(extractors.count) extractors for \(layers.count) layers")
        }
        self.groupLoss = groupLoss
        self.layers = layers
        self.pooling = pooling
        self.extractors = extractors
        self.weight = weight
        self.anchorLanguage = anchorLanguage
    }

    /// Computes L_MLC for `groups` and, when `gradients` is given, accumulates the gradient of
    /// `weight · L_MLC` into it (and into the extractors).
    public mutating func step(_ groups: [MLCVariantGroup], policy: LlamaModel, gradients: FloatBuffer?) throws -> MLCMetrics {
        try step(groups, policy: policy, gradients: gradients, sharing: nil).metrics
    }

    /// As `step`, reading each group's variant found in `sharing` from that pass instead of
    /// running it again. The gradient for those rows is NOT back-propagated here: it is
    /// returned as hidden-state gradients ([rows·seq, d] of `sharing.pass`, by layer) for the
    /// owner of that pass to include in its own backward (see `AlignmentObjective`'s `sharedPass`).
    public mutating func step(_ groups: [MLCVariantGroup], policy: LlamaModel, gradients: FloatBuffer?,
                              sharing: MLCSharedPass?) throws -> (metrics: MLCMetrics, sharedGradients: [Int: FloatBuffer]) {
        let c = policy.config, d = c.hiddenSize
        let resolved = try layers.map { try Self.resolve($0, numLayers: c.numLayers) }
        let variants = try MLCVariantBatch(groups, shared: sharing)
        let pass = try policy.forward(tokens: variants.tokens, batch: variants.ownRows, seq: variants.seq,
                                      upToHidden: languageGuard == nil ? resolved.max() : nil, logits: false,
                                      training: gradients != nil)
        let anchors = groups.map { g in anchorLanguage.flatMap { g.languages.firstIndex(of: $0) } }
        if anchorRank != nil {
            // The projected rows are targets, not functions of the policy: only a stop-gradient
            // anchor keeps the backward pass exact, and only shifts have a shared move to keep.
            guard shiftReference != nil, groupLoss.detachAnchor, groupLoss.kind.needsAnchor else {
                throw AlignOnceError("mlc-anchor-rank", "needs MLC on shifts (a shift reference) with a detached anchor loss (anchor-mse)")
            }
        }
        let layerScale = 1 / Double(layers.count)
        var ownGradients: [Int: FloatBuffer] = [:], sharedGradients: [Int: FloatBuffer] = [:]
        var perLayer: [MLCLayerMetrics] = []
        var total = 0.0

        let rowLanguages = groups.flatMap(\.languages)
        // The reference's states of the same variants (rows in the same group order), no gradient;
        // every variant in its own rows (the policy's batch already is, unless some rows are shared).
        let referenced = try shiftReference.map { reference -> (MLCVariantBatch, ForwardPass) in
            let all = sharing == nil ? variants : try MLCVariantBatch(groups, shared: nil)
            return (all, try reference.forward(tokens: all.tokens, batch: all.ownRows, seq: all.seq,
                                               upToHidden: resolved.max(), logits: false, training: false))
        }
        for (i, layer) in resolved.enumerated() {
            let pooled = try variants.pool(own: pass.hiddenState(layer), shared: sharing?.pass.hiddenState(layer),
                                           dimension: d, pooling)
            var centered = pooled
            if let (referenceVariants, referencePass) = referenced {
                let before = try referenceVariants.pool(own: referencePass.hiddenState(layer), shared: nil, dimension: d, pooling)
                for k in centered.indices { centered[k] -= before[k] }
            }
            let centeringMap = try centeringMapOverride
                ?? centering.map(for: centered, rows: variants.rows, dimension: d, languages: rowLanguages)
            centeringMap.apply(&centered, dimension: d)
            // Non-finite shifts (a diverged model) skip the projection and reach the NaN check below.
            if let anchorRank, centered.allSatisfy(\.isFinite) {
                try MLCAnchorTarget.project(&centered, anchorRows: variants.anchorRows(anchors), dimension: d, rank: anchorRank)
            }
            let reps = try extractors.map { e in try centered.withUnsafeBufferPointer { try e[i].forward($0, rows: variants.rows) } }
                ?? centered
            // A diverged model (NaN / inf activations) gives a NaN loss and no gradient from this
            // layer, not an error: the trainer skips such steps and reports them.
            guard pooled.allSatisfy(\.isFinite), reps.allSatisfy(\.isFinite) else {
                total = .nan
                perLayer.append(MLCLayerMetrics(layer: layer, loss: .nan, consistency: .nan, meanPairwiseCosine: .nan))
                continue
            }
            let raw = try pooled.withUnsafeBufferPointer { try variants.consistency($0, dimension: d) }
            let p = reps.count / variants.rows
            var dReps = [Float](repeating: 0, count: reps.count)
            let loss = try reps.withUnsafeBufferPointer { r in
                try dReps.withUnsafeMutableBufferPointer { g in
                    try groupLoss.meanLossAndGradient(representations: r, groupSizes: variants.groupSizes, dimension: p,
                                                      gradient: g, anchorIndices: anchors)
                }
            }
            total += loss * layerScale
            perLayer.append(MLCLayerMetrics(layer: layer, loss: loss, consistency: raw.score,
                                            meanPairwiseCosine: raw.meanPairwiseCosine))
            guard gradients != nil else { continue }

            let scale = Float(weight * layerScale)
            for k in dReps.indices { dReps[k] *= scale }
            var dPooled = try dReps.withUnsafeBufferPointer { dr in
                try centered.withUnsafeBufferPointer { h in try extractors?[i].backward(dr, input: h, rows: variants.rows) }
            } ?? dReps
            centeringMap.apply(&dPooled, dimension: d)
            let own = ownGradients[layer] ?? FloatBuffer(count: pass.rows * d)
            ownGradients[layer] = own
            var shared: FloatBuffer?
            if let sharing {
                shared = sharedGradients[layer] ?? FloatBuffer(count: sharing.pass.rows * d)
                sharedGradients[layer] = shared
            }
            try variants.scatter(dPooled, dimension: d, pooling, own: own, shared: shared)
        }

        var metrics = MLCMetrics(loss: total, weightedLoss: weight * total, layers: perLayer)
        if let languageGuard {
            let top = policy.config.numLayers
            let hidden = ownGradients[top] ?? FloatBuffer(count: pass.rows * d)
            let guardMetrics = try guardLanguages(languageGuard, variants: variants, rowLanguages: rowLanguages,
                                                  anchors: anchors, policy: policy, pass: pass,
                                                  hiddenGradient: gradients == nil ? nil : hidden, gradients: gradients)
            if gradients != nil { ownGradients[top] = hidden }
            metrics.languageGuard = guardMetrics.loss
            metrics.foreignMass = guardMetrics.foreignMass
            metrics.weightedLoss += weight * languageGuard.weight * guardMetrics.loss
        }
        if let gradients { policy.backward(pass, hiddenGradients: ownGradients, gradients: gradients) }
        return (metrics, sharedGradients)
    }

    /// The language guard on the variants this pass ran, anchors excepted: their logits where the
    /// answer starts, the loss, and its gradient added into `hiddenGradient` (the final hidden
    /// state's) and into the LM head's rows of `gradients` (not under LoRA: the head is frozen).
    /// Variants read from the objective's pass (`sharing`) are the examples' own prompts, which
    /// the objective already trains on; they are not guarded.
    private func guardLanguages(_ languageGuard: MLCLanguageGuard, variants: MLCVariantBatch, rowLanguages: [String],
                                anchors: [Int?], policy: LlamaModel, pass: ForwardPass,
                                hiddenGradient: FloatBuffer?, gradients: FloatBuffer?) throws -> MLCLanguageGuard.Result {
        let anchorRows = Set(variants.anchorRows(anchors))
        var rows: [Int] = [], languages: [String] = []
        for (r, v) in variants.locations.enumerated() where v.source == .own && !anchorRows.contains(r) {
            rows.append(v.row * variants.seq + v.length - 1)
            languages.append(rowLanguages[r])
        }
        let logits = try policy.logits(pass, rows: rows)
        let result = try languageGuard.lossAndGradient(logits: logits, languages: languages,
                                                       scale: Float(weight * languageGuard.weight))
        if let hiddenGradient {
            try policy.backwardLogits(pass, rows: rows, dLogits: result.gradient, hiddenGradient: hiddenGradient,
                                      gradients: policy.lora == nil ? gradients : nil)
        }
        return result
    }

    /// A Hugging Face hidden-state index in 0...numLayers (negative: from the end, -1 = L).
    public static func resolve(_ layer: Int, numLayers: Int) throws -> Int {
        let r = layer < 0 ? numLayers + 1 + layer : layer
        guard r >= 0, r <= numLayers else {
            throw AlignOnceError("--mlc-layers", "layer \(layer) does not exist; the model has hidden states "
                + "0...\(numLayers) (negative numbers count from the end, -1 = \(numLayers))")
        }
        return r
    }

    /// The default layer of the spec: the middle one, ⌊L/2⌋.
    public static func defaultLayer(numLayers: Int) -> Int { numLayers / 2 }
}

extension LlamaModel {
    /// Parameters an objective's gradient buffer covers: the LoRA adapters when the model has
    /// them (the base weights are then frozen), else every weight.
    public var trainableParameterCount: Int { trainableParameters.count }

    /// The buffer an optimizer updates: the LoRA adapters when the model has them, else the weights.
    public var trainableParameters: FloatBuffer { lora?.parameters ?? parameters }

    /// `backward` with hidden-state gradients held in buffers (kept alive for the call), into
    /// the gradients of the trainable parameters (`trainableParameterCount`).
    func backward(_ pass: ForwardPass, dLogits: UnsafePointer<Float>? = nil, hiddenGradients: [Int: FloatBuffer],
                  gradients: FloatBuffer) {
        var pointers: [Int: UnsafePointer<Float>] = [:]
        for (layer, buffer) in hiddenGradients { pointers[layer] = UnsafePointer(buffer.pointer) }
        withExtendedLifetime(hiddenGradients) {
            if lora != nil {
                backward(pass, dLogits: dLogits, hiddenGradients: pointers, gradients: nil, loraGradients: gradients)
            } else {
                backward(pass, dLogits: dLogits, hiddenGradients: pointers, gradients: gradients)
            }
        }
    }
}
