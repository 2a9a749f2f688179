import Foundation
import Models
import Tensor

/// How `RefusalClassifier.train` fits its weights: full-batch gradient descent with heavy-ball
/// momentum on the class-balanced logistic loss plus L2 on the weights (not the bias), from
/// zero weights — no random draws, so the same examples and options give the same weights.
public struct TrainingOptions: Codable, Sendable, Equatable {
    public var buckets: Int = 1 << 16
    public var steps: Int = 300
    public var learningRate: Double = 1.0
    public var momentum: Double = 0.9
    public var l2: Double = 1e-4

    public init() {}

    func validated() throws -> TrainingOptions {
        guard buckets > 0, buckets <= 1 << 24 else { throw AlignOnceError("--buckets", "\(buckets) (expected 1...16777216)") }
        guard steps >= 0 else { throw AlignOnceError("--steps", "\(steps) (expected 0 or more)") }
        guard learningRate > 0, learningRate.isFinite else { throw AlignOnceError("--learning-rate", "\(learningRate) (expected a positive number)") }
        guard momentum >= 0, momentum < 1 else { throw AlignOnceError("--momentum", "\(momentum) (expected 0 <= m < 1)") }
        guard l2 >= 0, l2.isFinite else { throw AlignOnceError("--l2", "\(l2) (expected 0 or more)") }
        return self
    }
}

/// A response and whether it is a refusal.
public struct LabelledText: Sendable, Equatable {
    public let text: String
    public let refused: Bool

    public init(text: String, refused: Bool) {
        self.text = text
        self.refused = refused
    }

    /// JSON Lines records {"text": "...", "refused": true|false} (other fields ignored).
    public static func read(_ url: URL) throws -> [LabelledText] {
        try JSONLines.records(at: url).map { line in
            let text = try line.string("text")
            guard let number = line.object["refused"] as? NSNumber, JSONLines.isBoolean(number) else {
                throw AlignOnceError(line.location, "field \"refused\" must be true or false")
            }
            return LabelledText(text: text, refused: number.boolValue)
        }
    }
}

/// Rows of hashed features, stored contiguously (row `i` is `rowStart[i]..<rowStart[i+1]`).
struct FeatureMatrix {
    var rowStart: [Int] = [0]
    var buckets: [Int32] = []
    var values: [Double] = []
    var rows: Int { rowStart.count - 1 }

    init(_ texts: [String], buckets bucketCount: Int) {
        var perText = [[RefusalFeatures.Entry]](repeating: [], count: texts.count)
        perText.withUnsafeMutableBufferPointer { output in
            Parallel.forEachChunk(texts.count, costPerItem: 4096) { range in
                for index in range { output[index] = RefusalFeatures.extract(texts[index], buckets: bucketCount) }
            }
        }
        for entries in perText {
            buckets += entries.map(\.bucket)
            values += entries.map { Double($0.value) }
            rowStart.append(buckets.count)
        }
    }
}

/// The class-balanced, L2-regularised logistic loss of a weight vector and its gradient.
struct LogisticObjective {
    let features: FeatureMatrix
    let labels: [Double]
    /// Each class weighs half of the loss however many examples it has.
    let sampleWeights: [Double]
    let l2: Double

    init(features: FeatureMatrix, refused: [Bool], l2: Double) {
        self.features = features
        self.l2 = l2
        labels = refused.map { $0 ? 1 : 0 }
        let positives = Double(refused.filter { $0 }.count)
        let negatives = Double(refused.count) - positives
        sampleWeights = refused.map { $0 ? 0.5 / max(positives / Double(refused.count), 1e-12)
                                          : 0.5 / max(negatives / Double(refused.count), 1e-12) }
    }

    func margins(_ weights: [Double], bias: Double) -> [Double] {
        var margins = [Double](repeating: bias, count: features.rows)
        weights.withUnsafeBufferPointer { w in
            features.buckets.withUnsafeBufferPointer { buckets in
                features.values.withUnsafeBufferPointer { values in
                    margins.withUnsafeMutableBufferPointer { out in
                        Parallel.forEachChunk(features.rows, costPerItem: 512) { range in
                            for row in range {
                                var sum = bias
                                for k in features.rowStart[row]..<features.rowStart[row + 1] { sum += w[Int(buckets[k])] * values[k] }
                                out[row] = sum
                            }
                        }
                    }
                }
            }
        }
        return margins
    }

    /// Loss, gradient with respect to the weights (written into `gradient`) and to the bias.
    func evaluate(_ weights: [Double], bias: Double, gradient: inout [Double]) -> (loss: Double, biasGradient: Double) {
        let margins = margins(weights, bias: bias)
        let count = Double(max(features.rows, 1))
        var loss = 0.0
        var biasGradient = 0.0
        for index in gradient.indices { gradient[index] = l2 * weights[index] }
        loss += 0.5 * l2 * weights.reduce(0) { $0 + $1 * $1 }
        gradient.withUnsafeMutableBufferPointer { g in
            features.buckets.withUnsafeBufferPointer { buckets in
                features.values.withUnsafeBufferPointer { values in
                    for row in 0..<features.rows {
                        let z = margins[row]
                        // log(1 + e^x) computed without overflow.
                        let signed = labels[row] == 1 ? -z : z
                        loss += sampleWeights[row] * (max(signed, 0) + log1p(exp(-abs(signed)))) / count
                        let residual = sampleWeights[row] * (1 / (1 + exp(-z)) - labels[row]) / count
                        biasGradient += residual
                        for k in features.rowStart[row]..<features.rowStart[row + 1] { g[Int(buckets[k])] += residual * values[k] }
                    }
                }
            }
        }
        return (loss, biasGradient)
    }
}

extension RefusalClassifier {
    /// Fits a classifier to `examples` (see `TrainingOptions`).
    public static func train(_ examples: [LabelledText], options: TrainingOptions = TrainingOptions()) throws -> RefusalClassifier {
        let options = try options.validated()
        guard examples.contains(where: \.refused), examples.contains(where: { !$0.refused }) else {
            throw AlignOnceError("training examples", "need both refusals and compliant answers (got \(examples.count) examples of one kind)")
        }
        let objective = LogisticObjective(features: FeatureMatrix(examples.map(\.text), buckets: options.buckets),
                                          refused: examples.map(\.refused), l2: options.l2)
        var weights = [Double](repeating: 0, count: options.buckets)
        var velocity = weights
        var gradient = weights
        var bias = 0.0
        var biasVelocity = 0.0
        for _ in 0..<options.steps {
            let biasGradient = objective.evaluate(weights, bias: bias, gradient: &gradient).biasGradient
            for index in weights.indices {
                velocity[index] = options.momentum * velocity[index] - options.learningRate * gradient[index]
                weights[index] += velocity[index]
            }
            biasVelocity = options.momentum * biasVelocity - options.learningRate * biasGradient
            bias += biasVelocity
        }
        return try RefusalClassifier(buckets: options.buckets, weights: weights.map { Float($0) }, bias: Float(bias), training: options)
    }
}
