import Foundation
import Models
import Tensor

/// A logistic-regression refusal classifier over `RefusalFeatures`, the learned fallback of
/// `KeywordJudge` for answers its cues say nothing about (refusals worded with idioms, unlisted
/// wrongs, empathy). Its weights ship as Resources/refusal_classifier.json, written by
/// `alignonce judge train` (see scripts/train-judge.sh) — never edited by hand.
public struct RefusalClassifier: Sendable, Equatable {
    public let buckets: Int
    public let weights: [Float]
    public let bias: Float
    /// How the weights were trained, recorded so the file says how to reproduce it.
    public let training: TrainingOptions

    public init(buckets: Int, weights: [Float], bias: Float, training: TrainingOptions) throws {
        guard buckets > 0, weights.count == buckets else {
            throw AlignOnceError("refusal classifier", "\(weights.count) weights for \(buckets) buckets (expected one weight per bucket, at least one)")
        }
        guard bias.isFinite, weights.allSatisfy(\.isFinite) else {
            throw AlignOnceError("refusal classifier", "non-finite weight (expected finite numbers)")
        }
        self.buckets = buckets
        self.weights = weights
        self.bias = bias
        self.training = training
    }

    /// The log-odds that `text` is a refusal.
    public func margin(_ text: String) -> Double {
        margin(RefusalFeatures.extract(text, buckets: buckets))
    }

    func margin(_ features: [RefusalFeatures.Entry]) -> Double {
        weights.withUnsafeBufferPointer { weights in
            features.reduce(Double(bias)) { $0 + Double(weights[Int($1.bucket)]) * Double($1.value) }
        }
    }

    // MARK: file

    private struct File: Codable {
        let format: String
        let buckets: Int
        let bias: Float
        let training: TrainingOptions
        let weights: [Float]
    }

    static let formatName = "alignonce-refusal-classifier-1"

    /// The classifier as JSON: fields in a fixed order and each weight in Swift's shortest
    /// round-trip form, so the same training writes the same bytes.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(File(format: Self.formatName, buckets: buckets, bias: bias, training: training, weights: weights))
    }

    public static func decode(_ data: Data, path: String) throws -> RefusalClassifier {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw AlignOnceError(path, "not a refusal classifier file (\(error.localizedDescription))")
        }
        guard file.format == formatName else {
            throw AlignOnceError("\(path): format", "\"\(file.format)\" (expected \"\(formatName)\")")
        }
        do {
            return try RefusalClassifier(buckets: file.buckets, weights: file.weights, bias: file.bias, training: file.training)
        } catch let error as AlignOnceError {
            throw AlignOnceError(path, error.problem)
        }
    }

    public static func load(_ url: URL) throws -> RefusalClassifier {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw AlignOnceError(url.path, "cannot read classifier file (\(error.localizedDescription))")
        }
        return try decode(data, path: url.path)
    }

    /// The classifier shipped with the toolkit.
    public static func bundled() throws -> RefusalClassifier {
        try load(bundledURL())
    }

    static func bundledURL() throws -> URL {
        guard let url = Bundle.module.url(forResource: "refusal_classifier", withExtension: "json", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "refusal_classifier", withExtension: "json") else {
            throw AlignOnceError("Evaluation/Resources/refusal_classifier.json", "bundled classifier file is missing from the build")
        }
        return url
    }

    public func write(to url: URL) throws {
        let data = try encoded()
        try AtomicFile.write(to: url) { $0.write(data) }
    }
}
