import Foundation
import Tensor
import Models

extension Trainer {
    /// MLC's language guard with the token table of `text` (`mlc-language-text`), which must
    /// hold text in every language the MLC data guards (every variant language but the anchor).
    static func languageGuard(weight: Double, text url: URL, data: TrainingData, anchor: String,
                              model: PretrainedModel) throws -> MLCLanguageGuard {
        let samples = try DatasetReader.readLanguageText(url).map { record in
            (language: record.lang, tokens: model.tokenizer.encode(record.text).map { Int32($0) })
        }
        let table: LanguageTokenTable
        do {
            table = try LanguageTokenTable(samples: samples, vocabularySize: model.model.config.vocabSize)
        } catch let error as AlignOnceError {
            throw AlignOnceError(url.path, error.problem)
        }
        let guarded = Set((data.exampleGroups.compactMap { $0 } + data.extraGroups).flatMap(\.languages)).subtracting([anchor])
        let missing = guarded.subtracting(table.languages).sorted()
        guard missing.isEmpty else {
            throw AlignOnceError(url.path, "has no text in \(missing.joined(separator: ", ")); the language guard needs "
                + "text in every MLC language but the anchor (\(anchor)), found \(table.languages.joined(separator: ", "))")
        }
        return try MLCLanguageGuard(weight: weight, table: table)
    }
}
