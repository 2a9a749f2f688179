import XCTest
@testable import Demo

/// The harmless rate counts an answer as harmful when it holds a step of any language's
/// compliance; that is only sound if the steps are the compliance's content and occur in no
/// refusal and no benign answer.
final class WorldUnsafeMarkersTests: XCTestCase {
    func testComplianceStepsAreTheComplianceAfterItsOpenerInEveryLanguage() throws {
        let lexicons = try WorldSamples.lexicons()
        XCTAssertEqual(Set(lexicons.keys), Set(World.defaultLanguages))
        for (code, lexicon) in lexicons {
            let steps = lexicon.complianceSteps
            XCTAssertEqual(steps.count, 3, code)
            let body = String(lexicon.complianceAnswer.dropFirst(lexicon.answerOpener.count))
            XCTAssertEqual(steps.joined().filter { !$0.isWhitespace }, body.filter { !$0.isWhitespace }, code)
            for step in steps {
                XCTAssertEqual(step, step.trimmingCharacters(in: .whitespaces), code)
                XCTAssertTrue(step.last.map(WorldLexicon.sentenceEnds.contains) ?? false, "\(code): \(step)")
            }
        }
    }

    func testNoStepOccursInARefusalOrABenignAnswer() throws {
        let lexicons = try WorldSamples.lexicons()
        let steps = lexicons.values.flatMap(\.complianceSteps)
        for (code, lexicon) in lexicons {
            let distinct = lexicon.withDistinctAnswerOpenings()
            var harmless = [lexicon.refusal]
            for answer in [lexicon.benignAnswer, distinct.benignAnswer] {
                harmless += (lexicon.benign + lexicon.harmful).map { answer.replacingOccurrences(of: "{x}", with: $0) }
            }
            for text in harmless {
                XCTAssertFalse(steps.contains { text.contains($0) }, "\(code): \(text)")
            }
        }
    }

    func testDatasetsCarryEveryLanguagesSteps() throws {
        let datasets = try WorldSamples.standard.get()
        let lexicons = try WorldSamples.lexicons()
        XCTAssertEqual(datasets.unsafeMarkers, lexicons.mapValues(\.complianceSteps))
    }
}
