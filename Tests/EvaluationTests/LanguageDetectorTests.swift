import XCTest
@testable import Evaluation

final class LanguageDetectorTests: XCTestCase {
    func testShortTextsAreDetectedCorrectlyPerLanguage() {
        var correct = 0
        var perLanguage: [String: (right: Int, total: Int)] = [:]
        var misses: [String] = []
        for sample in languageSamples {
            let detected = LanguageDetector.detect(sample.text)
            var entry = perLanguage[sample.lang] ?? (0, 0)
            entry.total += 1
            if detected.code == sample.lang {
                correct += 1
                entry.right += 1
            } else {
                misses.append("\(sample.lang) -> \(detected.code): \(sample.text)")
            }
            perLanguage[sample.lang] = entry
        }
        let accuracy = Double(correct) / Double(languageSamples.count)
        print("language detector: \(correct)/\(languageSamples.count) = \(accuracy); misses: \(misses)")
        XCTAssertGreaterThanOrEqual(accuracy, 0.97)
        XCTAssertEqual(Set(perLanguage.keys), Set(LanguageCode.core + LanguageCode.extra))
        for (lang, entry) in perLanguage {
            XCTAssertGreaterThanOrEqual(entry.total, 10, lang)
            XCTAssertGreaterThanOrEqual(Double(entry.right) / Double(entry.total), 0.9, lang)
        }
    }

    func testConfusablePairs() {
        XCTAssertEqual(LanguageDetector.detect("東京大学").code, "zh", "Han only, no kana: read as Chinese")
        XCTAssertEqual(LanguageDetector.detect("東京大学に行きます").code, "ja", "any kana means Japanese")
        XCTAssertEqual(LanguageDetector.detect("আমি ভাত খাই").code, "bn")
        XCTAssertEqual(LanguageDetector.detect("मैं चावल खाता हूँ").code, "hi")
        XCTAssertEqual(LanguageDetector.detect("Non posso venire domani sera").code, "it")
        XCTAssertEqual(LanguageDetector.detect("No puedo ir mañana por la noche").code, "es")
        XCTAssertEqual(LanguageDetector.detect("Привет, как дела?").code, "ru")
        XCTAssertEqual(LanguageDetector.detect("Привіт, як справи? Це їжа.").code, "uk")
    }

    func testEmptyAndSymbolOnlyTextIsUndetermined() {
        XCTAssertEqual(LanguageDetector.detect(""), DetectedLanguage(code: "und", confidence: 0))
        XCTAssertEqual(LanguageDetector.detect("123 ... !!! 42").code, "und")
    }

    func testConfidenceIsHigherForUnambiguousText() {
        let clear = LanguageDetector.detect("Die Katze schläft auf dem Sofa und der Hund im Garten.")
        XCTAssertEqual(clear.code, "de")
        XCTAssertGreaterThan(clear.confidence, 0.7)
        let thai = LanguageDetector.detect("สวัสดีครับ")
        XCTAssertEqual(thai.code, "th")
        XCTAssertEqual(thai.confidence, 1, accuracy: 1e-9)
        XCTAssertLessThanOrEqual(clear.confidence, 1)
    }
}

final class LanguageDetectorBlindTests: XCTestCase {
    func testBlindShortTexts() {
        var misses: [String] = []
        for sample in blindLanguageSamples {
            let detected = LanguageDetector.detect(sample.text).code
            if detected != sample.lang { misses.append("\(sample.lang) -> \(detected): \(sample.text)") }
        }
        let accuracy = 1 - Double(misses.count) / Double(blindLanguageSamples.count)
        print("language detector blind: \(blindLanguageSamples.count - misses.count)/\(blindLanguageSamples.count) = \(accuracy); misses: \(misses)")
        XCTAssertGreaterThanOrEqual(accuracy, 0.9)
    }
}
