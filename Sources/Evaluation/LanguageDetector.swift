import Foundation

/// A detected language: an ISO 639-1 code (`und` when unknown) and a confidence in [0, 1].
public struct DetectedLanguage: Equatable, Sendable {
    public let code: String
    public let confidence: Double
}

/// Detects the language of short texts (a few words up to a paragraph).
///
/// Writing systems decide first because they are unambiguous for most languages: any kana
/// means Japanese (Japanese text mixes kana into Han, Chinese never does), Hangul Korean,
/// Thai, Devanagari Hindi, Bengali, Arabic script Arabic, Cyrillic Russian or Ukrainian
/// (told apart by letters only one of them uses). Latin-script text is scored against
/// per-language function words and distinctive letters and affixes (`LatinLanguageProfiles`).
public enum LanguageDetector {
    enum Script: CaseIterable {
        case latin, han, kana, hangul, arabic, thai, devanagari, bengali, cyrillic
    }

    public static func detect(_ text: String) -> DetectedLanguage {
        let normalized = text.precomposedStringWithCanonicalMapping.lowercased()
        var counts: [Script: Int] = [:]
        var letterCount = 0
        for scalar in normalized.unicodeScalars {
            guard let script = script(of: scalar) else { continue }
            counts[script, default: 0] += 1
            letterCount += 1
        }
        guard letterCount > 0 else { return DetectedLanguage(code: LanguageCode.undetermined, confidence: 0) }

        // One Han/kana/Hangul/Thai character carries roughly a word's worth of text, so weigh
        // them up against alphabetic letters when deciding the dominant writing system.
        let weighted = counts.map { (script: $0.key, weight: Double($0.value) * weightPerCharacter($0.key)) }
        let total = weighted.reduce(0) { $0 + $1.weight }
        var byScript: [Script: Double] = [:]
        for entry in weighted { byScript[entry.script] = entry.weight }
        // Han + kana together are one (Japanese or Chinese) block of text.
        let cjk = (byScript[.han] ?? 0) + (byScript[.kana] ?? 0)
        let candidates: [(Script, Double)] = [
            (.han, cjk), (.hangul, byScript[.hangul] ?? 0), (.arabic, byScript[.arabic] ?? 0),
            (.thai, byScript[.thai] ?? 0), (.devanagari, byScript[.devanagari] ?? 0),
            (.bengali, byScript[.bengali] ?? 0), (.cyrillic, byScript[.cyrillic] ?? 0),
            (.latin, byScript[.latin] ?? 0),
        ]
        guard let (dominant, weight) = candidates.max(by: { $0.1 < $1.1 }), weight > 0 else {
            return DetectedLanguage(code: LanguageCode.undetermined, confidence: 0)
        }
        let share = weight / total
        switch dominant {
        case .han, .kana:
            return DetectedLanguage(code: (counts[.kana] ?? 0) > 0 ? "ja" : "zh", confidence: share)
        case .hangul: return DetectedLanguage(code: "ko", confidence: share)
        case .arabic: return DetectedLanguage(code: "ar", confidence: share)
        case .thai: return DetectedLanguage(code: "th", confidence: share)
        case .devanagari: return DetectedLanguage(code: "hi", confidence: share)
        case .bengali: return DetectedLanguage(code: "bn", confidence: share)
        case .cyrillic: return DetectedLanguage(code: cyrillicLanguage(normalized), confidence: share)
        case .latin:
            guard let latin = LatinLanguageProfiles.best(normalized) else {
                return DetectedLanguage(code: LanguageCode.undetermined, confidence: 0)
            }
            return DetectedLanguage(code: latin.code, confidence: latin.confidence * share)
        }
    }

    static func weightPerCharacter(_ script: Script) -> Double {
        switch script {
        case .han, .kana, .hangul: return 3
        case .thai: return 1.5
        default: return 1
        }
    }

    /// Ukrainian writes і ї є ґ, Russian ы э ъ ё; function words decide texts that happen to
    /// use none of those letters. Ties go to Russian.
    static func cyrillicLanguage(_ text: String) -> String {
        var ukrainian = 0.0
        var russian = 0.0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "і", "ї", "є", "ґ": ukrainian += 3
            case "ы", "э", "ъ", "ё": russian += 3
            default: break
            }
        }
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            if ukrainianWords.contains(String(word)) { ukrainian += 1 }
            if russianWords.contains(String(word)) { russian += 1 }
        }
        return ukrainian > russian ? "uk" : "ru"
    }

    static let ukrainianWords: Set<String> = ["й", "та", "але", "що", "це", "з", "у", "ти", "ви", "ми", "він", "дуже", "дякую", "будь", "ласка",
        "вибачте", "ні", "мені", "мене", "цей", "ця", "цим", "цього", "який", "яка", "які", "від", "чи", "ще", "вже", "тому", "коли", "де", "щоб", "як", "можу", "допомогти"]
    static let russianWords: Set<String> = ["и", "но", "что", "это", "с", "ты", "вы", "мы", "он", "очень", "спасибо", "пожалуйста", "извините",
        "да", "нет", "мне", "меня", "этот", "эта", "этим", "этого", "какой", "какая", "какие", "от", "ли", "еще", "уже", "поэтому", "когда", "где", "чтобы", "как", "могу", "помочь"]

    static func script(of scalar: Unicode.Scalar) -> Script? {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F, 0x1E00...0x1EFF: return .latin
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: return .kana
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2A6DF: return .han
        case 0x1100...0x11FF, 0x3130...0x318F, 0xAC00...0xD7AF: return .hangul
        case 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF: return .arabic
        case 0x0E00...0x0E7F: return .thai
        case 0x0900...0x097F: return .devanagari
        case 0x0980...0x09FF: return .bengali
        case 0x0400...0x04FF: return .cyrillic
        default: return nil
        }
    }
}
