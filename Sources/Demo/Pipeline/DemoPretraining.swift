import Foundation
import Tensor
import Models
import Alignment

/// Stage 1: a Llama trained from scratch with a plain next-token objective on the world corpus.
struct DemoPretraining {
    let settings: DemoPretrainingSettings
    let seed: UInt64

    struct Result {
        let model: LlamaModel
        /// Token-mean NLL of the first and last tenth of the steps.
        let initialLoss: Double
        let finalLoss: Double
        let tokensPerStep: Int
        let rows: Int
    }

    /// Whole documents, each followed by `<|endoftext|>`, packed first-fit into rows of at most
    /// `sequenceLength` tokens (longer documents are cut into row-sized pieces). Every chat
    /// therefore starts at a document boundary, as a prompt does at inference.
    static func packRows(_ documents: [[Int32]], endOfText: Int32, sequenceLength: Int) -> [[Int32]] {
        var rows: [[Int32]] = []
        var current: [Int32] = []
        for document in documents {
            let ids = document + [endOfText]
            var start = 0
            while start < ids.count {
                let piece = ids[start..<min(start + sequenceLength, ids.count)]
                if current.count + piece.count > sequenceLength {
                    rows.append(current)
                    current = []
                }
                current += piece
                start += piece.count
            }
        }
        if !current.isEmpty { rows.append(current) }
        return rows
    }

    func run(config: ModelConfig, documents: [[Int32]], endOfText: Int32,
             progress: (Int, Int, Double) -> Void) throws -> Result {
        let rows = Self.packRows(documents, endOfText: endOfText, sequenceLength: settings.sequenceLength)
        guard !rows.isEmpty else { throw AlignOnceError("pretraining corpus", "has no documents") }
        let model = LlamaModel.randomlyInitialised(config: config, seed: seed)
        var optimizer = try DemoOptimizer(parameterCount: model.parameterCount, learningRate: settings.learningRate,
                                          totalSteps: settings.steps, warmupSteps: settings.warmupSteps)
        var order = DemoBatchOrder(count: rows.count, seed: seed ^ 0x9E37)
        let gradients = FloatBuffer(count: model.parameterCount)
        var objective = SFTObjective(counted: .all)
        let window = max(1, settings.steps / 10)
        var first: [Double] = [], last: [Double] = []
        for step in 0..<settings.steps {
            let batch = order.next(settings.batchSize).map { TokenSequence(prompt: [], response: rows[$0]) }
            let metrics = try objective.step(batch, policy: model, gradients: gradients)
            try optimizer.update(model.parameters, gradients)
            if step < window { first.append(metrics.loss) }
            if step >= settings.steps - window { last.append(metrics.loss) }
            progress(step + 1, settings.steps, metrics.loss)
        }
        return Result(model: model, initialLoss: mean(first), finalLoss: mean(last),
                      tokensPerStep: settings.batchSize * settings.sequenceLength, rows: rows.count)
    }
}

func mean(_ values: [Double]) -> Double {
    values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count)
}
