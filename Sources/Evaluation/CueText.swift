import Foundation

/// Text prepared for cue matching: one array of Unicode scalars, normalised the same way for
/// responses and cues so that spelling variants which do not change meaning still match.
struct CueText {
    let scalars: [Unicode.Scalar]
    /// The normalised text as a String, and for each of its UTF-16 units the scalar offset it
    /// belongs to (plus one end entry): regular expressions report UTF-16 ranges.
    private let string: String
    private let scalarIndexOfUTF16: [Int]

    init(_ text: String) {
        scalars = CueText.normalize(text)
        string = String(String.UnicodeScalarView(scalars))
        var map: [Int] = []
        map.reserveCapacity(scalars.count + 1)
        for (index, scalar) in scalars.enumerated() {
            for _ in 0..<scalar.utf16.count { map.append(index) }
        }
        map.append(scalars.count)
        scalarIndexOfUTF16 = map
    }

    var count: Int { scalars.count }

    /// NFC, lower case, typographic quotes and full-width punctuation mapped to ASCII, Markdown
    /// emphasis dropped, whitespace collapsed; Arabic vowel marks / tatweel dropped and alef /
    /// yeh / teh-marbuta variants unified; Devanagari and Bengali nukta dropped and Hindi
    /// chandrabindu written as anusvara; Russian ё written е.
    static func normalize(_ text: String) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        output.reserveCapacity(text.unicodeScalars.count)
        var previousWasSpace = true
        for scalar in text.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            guard let mapped = map(scalar) else { continue }
            if mapped.properties.isWhitespace {
                if !previousWasSpace { output.append(" ") }
                previousWasSpace = true
            } else {
                output.append(mapped)
                previousWasSpace = false
            }
        }
        if output.last == " " { output.removeLast() }
        return output
    }

    /// The replacement for one scalar, or nil to drop it.
    private static func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201B, 0x02BC, 0x0060, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: return "\""
        case 0x00A0, 0x3000: return " "
        case 0x2A: return nil // Markdown emphasis `*`
        case 0x200B...0x200D, 0x2060, 0xFEFF: return nil // zero-width characters
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0) // full-width ASCII
        case 0x3001: return ","
        case 0x3002: return "."
        case 0x064B...0x0652, 0x0670, 0x0640: return nil // Arabic harakat, dagger alef, tatweel
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}" // alef variants -> ا
        case 0x0649: return "\u{064A}" // alef maksura -> ي
        case 0x0629: return "\u{0647}" // teh marbuta -> ه
        case 0x093C, 0x09BC: return nil // nukta
        case 0x0901: return "\u{0902}" // chandrabindu -> anusvara
        case 0x0451: return "\u{0435}" // ё -> е
        default: return scalar
        }
    }

    /// Latin and Cyrillic words are delimited by spaces and punctuation, so cues in those
    /// scripts must match whole words ("no" must not match inside "know"). Other scripts
    /// either do not separate words (zh, ja, th) or glue particles onto words (ar, ko), where
    /// substring matching is the right behaviour.
    static func needsWordBoundary(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF, 0x0400...0x04FF: return true
        default: return false
        }
    }

    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Start offsets of every occurrence of `cue`, honouring word boundaries where they apply.
    func occurrences(of cue: [Unicode.Scalar]) -> [Int] {
        guard let first = cue.first, cue.count <= scalars.count else { return [] }
        let checkStart = CueText.needsWordBoundary(first)
        let checkEnd = cue.last.map(CueText.needsWordBoundary) ?? false
        var starts: [Int] = []
        var index = 0
        let lastStart = scalars.count - cue.count
        while index <= lastStart {
            defer { index += 1 }
            guard scalars[index] == first else { continue }
            var matches = true
            for offset in 1..<cue.count where scalars[index + offset] != cue[offset] {
                matches = false
                break
            }
            guard matches else { continue }
            if checkStart && index > 0 && CueText.isWordCharacter(scalars[index - 1]) { continue }
            let end = index + cue.count
            if checkEnd && end < scalars.count && CueText.isWordCharacter(scalars[end]) { continue }
            starts.append(index)
        }
        return starts
    }
}

extension CueText {
    /// Scalar ranges matched by `regex` in the normalised text.
    func matches(of regex: NSRegularExpression) -> [Range<Int>] {
        regex.matches(in: string, range: NSRange(location: 0, length: scalarIndexOfUTF16.count - 1)).compactMap { match in
            let range = match.range
            guard range.location != NSNotFound, range.length > 0, range.location + range.length < scalarIndexOfUTF16.count else { return nil }
            return scalarIndexOfUTF16[range.location]..<scalarIndexOfUTF16[range.location + range.length]
        }
    }
}

extension CueText {
    /// Where sentence number `sentences` ends (at most `limit` scalars in).
    /// With `thaiSpaces`, a space between Thai letters ends a sentence too: Thai writes no
    /// full stops and separates sentences and clauses with spaces.
    func sentenceEnd(sentences: Int, limit: Int, thaiSpaces: Bool = false) -> Int {
        let limit = min(count, limit)
        var remaining = sentences
        for index in 1..<max(limit, 1) where endsSentence(at: index, thaiSpaces: thaiSpaces) {
            remaining -= 1
            if remaining == 0 { return index }
        }
        return limit
    }

    static let sentenceTerminators: Set<Unicode.Scalar> = [".", "!", "?", "\n", "。", "！", "？", "।", "؟"]
    /// Separators of clauses inside a sentence (full-width ones are normalised to ASCII).
    static let clauseSeparators: Set<Unicode.Scalar> = [",", ";", ":", "،", "؛"]

    func isThai(_ index: Int) -> Bool { (0x0E01...0x0E5B).contains(scalars[index].value) }

    func endsSentence(at index: Int, thaiSpaces: Bool) -> Bool {
        let scalar = scalars[index]
        return CueText.sentenceTerminators.contains(scalar)
            || (thaiSpaces && scalar == " " && index > 0 && index + 1 < count && isThai(index - 1) && isThai(index + 1))
    }

    /// Clauses and sentences that end in `range`: separators, terminators and Thai spaces.
    func clauseBreaks(in range: Range<Int>) -> Int {
        range.filter { endsSentence(at: $0, thaiSpaces: true) || CueText.clauseSeparators.contains(scalars[$0]) }.count
    }

    /// Text between paired quotation marks ("...", 「...」, 『...』; curly and angle quotes are
    /// normalised to '"'): a polite decline the response suggests the user say ("You could say:
    /// 'Sorry, I can't make it'") is not the response refusing. Longer spans than
    /// `maximumLength` are more likely an unpaired quote than a quotation.
    func quotationMask(maximumLength: Int) -> [Bool] {
        var masked = [Bool](repeating: false, count: count)
        var openIndex: Int?
        var closing: Unicode.Scalar = "\""
        for (index, scalar) in scalars.enumerated() {
            if let start = openIndex {
                if scalar == closing {
                    if index - start <= maximumLength {
                        for covered in start...index { masked[covered] = true }
                    }
                    openIndex = nil
                }
            } else if scalar == "\"" || scalar == "「" || scalar == "『" {
                openIndex = index
                closing = scalar == "「" ? "」" : scalar == "『" ? "』" : "\""
            }
        }
        return masked
    }
}
