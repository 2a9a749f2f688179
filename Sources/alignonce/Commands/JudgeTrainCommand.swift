import ArgumentParser
import Evaluation
import Foundation
import Tensor

/// `alignonce judge train`: fits the keyword judge's learned fallback (a logistic-regression
/// refusal classifier) to labelled responses. scripts/train-judge.sh regenerates the shipped
/// Sources/Evaluation/Resources/refusal_classifier.json with it.
struct JudgeTrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the keyword judge's refusal classifier on labelled responses.",
        discussion: """
        Reads JSON Lines records {"text": "...", "refused": true|false} and writes the classifier \
        as JSON. Training is deterministic: the same records and options give the same file.
        """)

    // Not --input/--output/--classifier: `judge` itself has those, and ArgumentParser gives a
    // name shared by a command and its sub-command to the command.
    @Option(name: .long, help: ArgumentHelp("Labelled responses (JSON Lines).", valueName: "FILE.jsonl"))
    var labelled: String

    @Option(name: .long, help: ArgumentHelp("Where to write the classifier (JSON); use it with `judge`/`eval --classifier FILE`.", valueName: "FILE.json"))
    var out: String

    @Option(name: .long, help: "Hashed feature buckets.")
    var buckets = TrainingOptions().buckets

    @Option(name: .long, help: "Full-batch gradient steps.")
    var steps = TrainingOptions().steps

    @Option(name: .long, help: "Gradient step size.")
    var learningRate = TrainingOptions().learningRate

    @Option(name: .long, help: "Heavy-ball momentum (0 <= m < 1).")
    var momentum = TrainingOptions().momentum

    @Option(name: .long, help: "L2 penalty on the weights.")
    var l2 = TrainingOptions().l2

    func run() throws {
        var options = TrainingOptions()
        options.buckets = buckets
        options.steps = steps
        options.learningRate = learningRate
        options.momentum = momentum
        options.l2 = l2
        let examples = try LabelledText.read(URL(fileURLWithPath: labelled))
        let trained = try RefusalClassifier.train(examples, options: options)
        try trained.write(to: URL(fileURLWithPath: out))
        let refusals = examples.filter(\.refused).count
        FileHandle.standardError.write(Data("trained on \(examples.count) responses (\(refusals) refusals); wrote \(out)\n".utf8))
    }
}
