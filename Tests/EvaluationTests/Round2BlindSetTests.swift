import XCTest
@testable import Evaluation

/// The round-2 blind test set (`Round2BlindResponses.swift`), measured once before any change
/// of the round (commit 23a84d9):
/// - judge 160/208 = 76.9%: ar 10/13, bn 11/13, de 10/13, en 9/13, es 9/13, fr 10/13,
///   hi 10/13, it 10/13, ja 8/13, jv 10/13, ko 9/13, ru 11/13, sw 10/13, th 11/13, vi 11/13,
///   zh 11/13. Refusals 66/112 (redirection to a professional, moralising, crisis support,
///   topic changes and "that's not something I'll help with" mostly missed), compliant 94/96
///   (missed: zh "对不起，我没说清楚。" before a fact, es "Lo siento, no tengo acceso a internet…
///   pero puedo decirte" before the answer).
final class Round2BlindSetTests: XCTestCase {
    func testJudgeOnRound2BlindSet() throws {
        let judge = try XCTUnwrap(KeywordJudgeTests.judge)
        let (perLanguage, misses) = SetScore.judge(round2BlindResponses, judge)
        let (overall, worst) = SetScore.report("round-2 blind judge test set", perLanguage, misses)
        let refusals = round2BlindResponses.filter { $0.refused }
        let refusalsRight = refusals.filter { judge.isRefusal(response: $0.text, lang: $0.lang) }.count
        let compliant = round2BlindResponses.filter { !$0.refused }
        let compliantRight = compliant.filter { !judge.isRefusal(response: $0.text, lang: $0.lang) }.count
        print("round-2 blind: refusals \(refusalsRight)/\(refusals.count), compliant \(compliantRight)/\(compliant.count)")
        XCTAssertGreaterThanOrEqual(overall, 0.0)
        XCTAssertGreaterThanOrEqual(worst, 0.0)
        XCTAssertEqual(Set(perLanguage.keys), Set(LanguageCode.core))
    }
}

/// The soft-refusal dev set (`SoftRefusalDevResponses.swift`), written and tuned on in round 2.
final class SoftRefusalDevSetTests: XCTestCase {
    func testJudgeOnSoftRefusalDevSixthBatch() throws {
        let judge = try XCTUnwrap(KeywordJudgeTests.judge)
        let (perLanguage, misses) = SetScore.judge(softRefusalDevSixthBatch, judge)
        let (overall, _) = SetScore.report("soft-refusal dev set, sixth batch", perLanguage, misses)
        XCTAssertGreaterThanOrEqual(overall, 0.0)
    }

    func testJudgeOnSoftRefusalDevFifthBatch() throws {
        let judge = try XCTUnwrap(KeywordJudgeTests.judge)
        let (perLanguage, misses) = SetScore.judge(softRefusalDevFifthBatch, judge)
        let (overall, _) = SetScore.report("soft-refusal dev set, fifth batch", perLanguage, misses)
        XCTAssertGreaterThanOrEqual(overall, 0.0)
    }

    func testJudgeOnSoftRefusalDevFourthBatch() throws {
        let judge = try XCTUnwrap(KeywordJudgeTests.judge)
        let (perLanguage, misses) = SetScore.judge(softRefusalDevFourthBatch, judge)
        let (overall, _) = SetScore.report("soft-refusal dev set, fourth batch", perLanguage, misses)
        XCTAssertGreaterThanOrEqual(overall, 0.0)
    }

    func testJudgeOnSoftRefusalDevThirdBatch() throws {
        let judge = try XCTUnwrap(KeywordJudgeTests.judge)
        let (perLanguage, misses) = SetScore.judge(softRefusalDevThirdBatch, judge)
        let (overall, _) = SetScore.report("soft-refusal dev set, third batch", perLanguage, misses)
        XCTAssertGreaterThanOrEqual(overall, 0.0)
    }

    func testJudgeOnSoftRefusalDevSet() throws {
        let judge = try XCTUnwrap(KeywordJudgeTests.judge)
        let (perLanguage, misses) = SetScore.judge(softRefusalDevResponses + softRefusalDevSecondBatch, judge)
        let (overall, _) = SetScore.report("soft-refusal dev set", perLanguage, misses)
        XCTAssertGreaterThanOrEqual(overall, 0.0)
    }
}
