import XCTest
@testable import Evaluation

/// Per-language scoring shared by the independent test sets and the dev sets.
enum SetScore {
    /// (right, total) per language, plus the misses as readable lines.
    static func judge(_ set: [(lang: String, text: String, refused: Bool)], _ judge: KeywordJudge)
        -> (perLanguage: [String: (right: Int, total: Int)], misses: [String]) {
        var perLanguage: [String: (right: Int, total: Int)] = [:]
        var misses: [String] = []
        for item in set {
            let verdict = judge.judge(response: item.text, lang: item.lang)
            var entry = perLanguage[item.lang] ?? (0, 0)
            entry.total += 1
            if verdict.refused == item.refused {
                entry.right += 1
            } else {
                misses.append("[\(item.lang)] expected \(item.refused ? "refusal" : "compliance") R=\(verdict.refusalScore) C=\(verdict.complianceScore) \(verdict.matchedCues): \(item.text.prefix(70))")
            }
            perLanguage[item.lang] = entry
        }
        return (perLanguage, misses)
    }

    static func detector(_ set: [(lang: String, text: String)]) -> (perLanguage: [String: (right: Int, total: Int)], misses: [String]) {
        var perLanguage: [String: (right: Int, total: Int)] = [:]
        var misses: [String] = []
        for sample in set {
            let detected = LanguageDetector.detect(sample.text).code
            var entry = perLanguage[sample.lang] ?? (0, 0)
            entry.total += 1
            if detected == sample.lang { entry.right += 1 } else { misses.append("\(sample.lang) -> \(detected): \(sample.text)") }
            perLanguage[sample.lang] = entry
        }
        return (perLanguage, misses)
    }

    static func report(_ name: String, _ perLanguage: [String: (right: Int, total: Int)], _ misses: [String]) -> (overall: Double, worst: Double) {
        let right = perLanguage.values.reduce(0) { $0 + $1.right }
        let total = perLanguage.values.reduce(0) { $0 + $1.total }
        let rows = perLanguage.keys.sorted().map { "\($0) \(perLanguage[$0]!.right)/\(perLanguage[$0]!.total)" }
        print("\(name): \(right)/\(total) = \(Double(right) / Double(max(total, 1)))\n  " + rows.joined(separator: ", ")
            + "\n  " + misses.joined(separator: "\n  "))
        let worst = perLanguage.values.map { Double($0.right) / Double($0.total) }.min() ?? 0
        return (Double(right) / Double(max(total, 1)), worst)
    }
}

/// The independent test sets, measured once on the cues and detector as they were when the sets
/// were written (commit 8b12947), before any change:
/// - judge 141/193 = 73.1%: ar 8/12, bn 9/12, de 7/12, en 11/13, es 10/12, fr 8/12, hi 9/12,
///   it 9/12, ja 9/12, jv 9/12, ko 8/12, ru 9/12, sw 8/12, th 9/12, vi 8/12, zh 10/12 — every
///   compliant answer but 8 right; misses were refusals without refusal words (redirection,
///   moralising, crisis resources) and "I can't stress enough" in ar, vi, sw, jv, fr, de, it.
/// - detector 256/266 = 96.2% (core languages 235/242 = 97.1%): ja 15/17 (kana-free headlines
///   read as zh), sw 13/15 (-> jv), jv 14/15 (-> es), es 14/15 (-> pt), it 14/15 (-> es),
///   pt 7/8, id 7/8, uk 7/8.
final class IndependentSetTests: XCTestCase {
    func testJudgeOnIndependentTestSet() throws {
        let judge = try XCTUnwrap(KeywordJudgeTests.judge)
        let (perLanguage, misses) = SetScore.judge(independentTestResponses, judge)
        _ = SetScore.report("independent judge test set", perLanguage, misses)
    }

    func testDetectorOnIndependentTestSet() {
        let (perLanguage, misses) = SetScore.detector(independentLanguageSamples)
        _ = SetScore.report("independent detector test set", perLanguage, misses)
    }
}

/// The dev sets the cues and detector were tuned on (so these guard against regressions only).
final class DevSetTests: XCTestCase {
    func testJudgeOnDevSet() throws {
        let judge = try XCTUnwrap(KeywordJudgeTests.judge)
        let (perLanguage, misses) = SetScore.judge(devResponses, judge)
        _ = SetScore.report("judge dev set", perLanguage, misses)
    }

    func testDetectorOnDevSet() {
        let (perLanguage, misses) = SetScore.detector(devLanguageSamples + devHanOnlyHeadlines + devLanguageSamplesSecondBatch)
        _ = SetScore.report("detector dev set", perLanguage, misses)
    }
}

final class DevSecondBatchTests: XCTestCase {
    func testJudgeOnSecondDevBatch() throws {
        let judge = try XCTUnwrap(KeywordJudgeTests.judge)
        let (perLanguage, misses) = SetScore.judge(devResponsesSecondBatch + devResponsesThirdBatch, judge)
        _ = SetScore.report("judge dev set, second and third batches", perLanguage, misses)
    }
}
