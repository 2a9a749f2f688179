import Foundation
import XCTest
@testable import Evaluation

final class RefusalClassifierTests: XCTestCase {
    func testFeaturesOfATinyTextAreItsCharacterGramsAndWord() {
        // " ab ": 2-grams " a", "ab", "b "; 3-grams " ab", "ab "; 4-gram " ab "; word "ab".
        let features = RefusalFeatures.extract("ab", buckets: 1 << 20)
        XCTAssertEqual(features.count, 7)
        for entry in features { XCTAssertEqual(entry.value, 1 / Float(7).squareRoot(), accuracy: 1e-6) }
        XCTAssertEqual(features.map(\.bucket), features.map(\.bucket).sorted())
    }

    func testFeaturesIgnoreCaseCompositionAndSpacing() {
        let composed = RefusalFeatures.extract("Je REFUSE\u{00E9}  ça", buckets: 4096)
        let decomposed = RefusalFeatures.extract("je refuse\u{0065}\u{0301} \n ça", buckets: 4096)
        XCTAssertEqual(composed, decomposed)
        XCTAssertNotEqual(composed, RefusalFeatures.extract("je refuse ça", buckets: 4096))
        let norm = composed.reduce(Float(0)) { $0 + $1.value * $1.value }
        XCTAssertEqual(norm, 1, accuracy: 1e-5)
        XCTAssertEqual(RefusalFeatures.extract(" \n ", buckets: 4096), [])
    }

    func testWordsKeepCombiningMarks() {
        let scalars = RefusalFeatures.normalisedScalars("मैं नहीं कर सकता, sorry!")
        XCTAssertEqual(RefusalFeatures.wordRanges(scalars).count, 5)
    }

    func testRepeatedFeatureCountsLogarithmically() {
        // "aaaa": " a" once, "aa" three times, "a " once, … — "aa" weighs 1 + ln 3.
        let features = RefusalFeatures.extract("aaaa", buckets: 1 << 20)
        let largest = features.map(\.value).max() ?? 0
        let smallest = features.map(\.value).min() ?? 0
        XCTAssertEqual(largest / smallest, 1 + Float(log(3.0)), accuracy: 1e-5)
    }

    private static let toy: [LabelledText] = [
        LabelledText(text: "I can't help with that.", refused: true),
        LabelledText(text: "No, I won't do that.", refused: true),
        LabelledText(text: "Sorry, I cannot assist.", refused: true),
        LabelledText(text: "Sure, here is the recipe: mix flour and water.", refused: false),
        LabelledText(text: "Here are the steps: open the app and tap settings.", refused: false),
    ]

    func testTrainingIsDeterministicAndSeparatesTheToySet() throws {
        var options = TrainingOptions()
        options.buckets = 1024
        options.steps = 50
        let first = try RefusalClassifier.train(Self.toy, options: options)
        let second = try RefusalClassifier.train(Self.toy, options: options)
        XCTAssertEqual(try first.encoded(), try second.encoded())
        for example in Self.toy { XCTAssertEqual(first.margin(example.text) > 0, example.refused, example.text) }
        XCTAssertGreaterThan(first.margin("I can't help with that, sorry."), 0)
    }

    func testLogisticGradientMatchesFiniteDifferences() {
        let texts = Self.toy.map(\.text)
        let objective = LogisticObjective(features: FeatureMatrix(texts, buckets: 64), refused: Self.toy.map(\.refused), l2: 0.01)
        let weights = (0..<64).map { sin(Double($0) * 1.7) * 0.5 }
        let bias = 0.3
        var gradient = [Double](repeating: 0, count: 64)
        let analytic = objective.evaluate(weights, bias: bias, gradient: &gradient)
        var scratch = gradient
        let step = 1e-5
        for index in [0, 7, 19, 33, 63] where gradient[index] != 0 || index == 0 {
            var plus = weights, minus = weights
            plus[index] += step
            minus[index] -= step
            let numeric = (objective.evaluate(plus, bias: bias, gradient: &scratch).loss
                - objective.evaluate(minus, bias: bias, gradient: &scratch).loss) / (2 * step)
            XCTAssertEqual(gradient[index], numeric, accuracy: 1e-7, "weight \(index)")
        }
        let numericBias = (objective.evaluate(weights, bias: bias + step, gradient: &scratch).loss
            - objective.evaluate(weights, bias: bias - step, gradient: &scratch).loss) / (2 * step)
        XCTAssertEqual(analytic.biasGradient, numericBias, accuracy: 1e-7)
        XCTAssertGreaterThan(abs(analytic.biasGradient), 1e-4)
    }

    func testShippedClassifierIsReproducedByTrainingOnTheTrainingSets() throws {
        let bundled = try RefusalClassifier.bundled()
        let examples = LabelledSets.training.flatMap(\.responses).map { LabelledText(text: $0.text, refused: $0.refused) }
        let retrained = try RefusalClassifier.train(examples, options: bundled.training)
        let shipped = try Data(contentsOf: RefusalClassifier.bundledURL())
        XCTAssertEqual(try retrained.encoded(), shipped, "run scripts/train-judge.sh to regenerate Resources/refusal_classifier.json")
        XCTAssertEqual(bundled.training, TrainingOptions(), "the shipped file uses the default options")
    }

    func testFileErrorsNameTheProblem() throws {
        let classifier = try RefusalClassifier(buckets: 2, weights: [0.5, -0.5], bias: 0.1, training: TrainingOptions())
        XCTAssertEqual(try RefusalClassifier.decode(classifier.encoded(), path: "c.json"), classifier)
        XCTAssertThrowsError(try RefusalClassifier.decode(Data(#"{"format":"x"}"#.utf8), path: "c.json"))
        let wrongCount = #"{"bias":0,"buckets":3,"format":"alignonce-refusal-classifier-1","training":{"buckets":3,"l2":0,"learningRate":1,"momentum":0,"steps":1},"weights":[1]}"#
        XCTAssertThrowsError(try RefusalClassifier.decode(Data(wrongCount.utf8), path: "c.json")) { error in
            XCTAssertTrue("\(error)".contains("c.json"), "\(error)")
        }
        let dir = try TemporaryDirectory()
        let file = dir.url.appendingPathComponent("labelled.jsonl")
        try Data(#"{"text": "No.", "refused": "yes"}"#.utf8).write(to: file)
        XCTAssertThrowsError(try LabelledText.read(file)) { XCTAssertTrue("\($0)".contains("refused"), "\($0)") }
        XCTAssertThrowsError(try RefusalClassifier.train([LabelledText(text: "No.", refused: true)]))
    }
}
