import Foundation

/// What a `Split` pre-tokenizer does with the pieces its pattern matches (the delimiters),
/// named as in `tokenizer.json`.
enum SplitBehavior: String, CaseIterable {
    /// Delimiters are dropped.
    case removed = "Removed"
    /// Every delimiter and every gap is its own piece.
    case isolated = "Isolated"
    /// A delimiter is glued to the end of the gap before it.
    case mergedWithPrevious = "MergedWithPrevious"
    /// A delimiter is glued to the start of the gap after it.
    case mergedWithNext = "MergedWithNext"
    /// Consecutive delimiters form one piece (and consecutive gaps another).
    case contiguous = "Contiguous"
}

/// Cuts text at the matches of an ICU regular expression (`tokenizers` uses Oniguruma; the
/// constructs the published Llama/Qwen/GPT-2 patterns use — `\p{L}`, `\p{N}`, `\s`,
/// `(?i:…)`, `(?!…)`, `{1,3}` — mean the same in both). Works on UTF-16 offsets of an
/// `NSString`; ICU matches whole code points, so no surrogate pair is ever cut and
/// grapheme clusters (ZWJ emoji, flags, combining marks) may be split exactly as
/// `tokenizers` splits them.
struct RegexSplitter {
    /// The pattern of GPT-2's byte-level pre-tokenizer.
    static let gpt2Pattern = #"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"#

    let regex: NSRegularExpression
    let behavior: SplitBehavior
    /// When true the matches are the content and the gaps the delimiters.
    let invert: Bool

    /// A UTF-16 range of the input and whether it is a delimiter.
    private struct Span {
        var start: Int
        var end: Int
        let isDelimiter: Bool
    }

    /// Appends the non-empty pieces of `text` to `pieces`.
    func split(_ text: String, into pieces: inout [String]) {
        let string = text as NSString
        let length = string.length
        guard length > 0 else { return }
        var spans: [Span] = []
        var previousEnd = 0
        regex.enumerateMatches(in: text, options: [], range: NSRange(location: 0, length: length)) { result, _, _ in
            guard let range = result?.range else { return }
            if range.location > previousEnd {
                spans.append(Span(start: previousEnd, end: range.location, isDelimiter: invert))
            }
            spans.append(Span(start: range.location, end: range.location + range.length, isDelimiter: !invert))
            previousEnd = range.location + range.length
        }
        if previousEnd < length { spans.append(Span(start: previousEnd, end: length, isDelimiter: invert)) }

        for span in apply(behavior, to: spans) where span.end > span.start {
            pieces.append(string.substring(with: NSRange(location: span.start, length: span.end - span.start)))
        }
    }

    /// The `tokenizers` rules for combining delimiter spans with their neighbours
    /// (empty spans still count as neighbours, as there).
    private func apply(_ behavior: SplitBehavior, to spans: [Span]) -> [Span] {
        switch behavior {
        case .isolated:
            return spans
        case .removed:
            return spans.filter { !$0.isDelimiter }
        case .mergedWithPrevious:
            var merged: [Span] = []
            var previousWasDelimiter = false
            for span in spans {
                if span.isDelimiter && !previousWasDelimiter, !merged.isEmpty {
                    merged[merged.count - 1].end = span.end
                } else {
                    merged.append(span)
                }
                previousWasDelimiter = span.isDelimiter
            }
            return merged
        case .mergedWithNext:
            var merged: [Span] = []
            var nextWasDelimiter = false
            for span in spans.reversed() {
                if span.isDelimiter && !nextWasDelimiter, !merged.isEmpty {
                    merged[merged.count - 1].start = span.start
                } else {
                    merged.append(span)
                }
                nextWasDelimiter = span.isDelimiter
            }
            return merged.reversed()
        case .contiguous:
            var merged: [Span] = []
            var previousWasDelimiter = false
            for span in spans {
                if span.isDelimiter == previousWasDelimiter, !merged.isEmpty {
                    merged[merged.count - 1].end = span.end
                } else {
                    merged.append(span)
                }
                previousWasDelimiter = span.isDelimiter
            }
            return merged
        }
    }
}
