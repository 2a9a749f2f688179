import Foundation
import Tensor

/// Hashed text features of the learned refusal classifier: character 2-4-grams and word
/// unigrams and bigrams of the lower-cased NFC text. Character n-grams carry the signal in
/// scripts written without spaces (zh, ja, th) and across inflections; words and word pairs
/// carry it where spaces separate words. A word is a run of letters, combining marks and
/// digits, so Devanagari or Bengali vowel signs stay inside their word.
public enum RefusalFeatures {
    /// One non-zero feature: a bucket of the hashed feature space and its value.
    public struct Entry: Equatable, Sendable {
        public let bucket: Int32
        public let value: Float
    }

    static let characterGramLengths = 2...4

    /// The features of `text` in `buckets` buckets, sorted by bucket: each bucket's value is
    /// 1 + ln(count) of the features hashed into it, and the vector has unit length (so long
    /// and short answers weigh alike). Empty text has no features.
    public static func extract(_ text: String, buckets: Int) -> [Entry] {
        guard buckets > 0 else { return [] }
        let scalars = normalisedScalars(text)
        var counts: [Int32: Int] = [:]
        func add(_ hash: UInt64) { counts[Int32(truncatingIfNeeded: hash % UInt64(buckets)), default: 0] += 1 }

        for length in characterGramLengths where scalars.count >= length {
            for start in 0...(scalars.count - length) {
                var hash = FeatureHash.start(kind: UInt32(length))
                for offset in 0..<length { hash = FeatureHash.mix(hash, scalars[start + offset]) }
                add(hash)
            }
        }
        let words = wordRanges(scalars)
        for (index, word) in words.enumerated() {
            add(FeatureHash.of(scalars[word], kind: 0x77))
            if index + 1 < words.count {
                var hash = FeatureHash.of(scalars[word], kind: 0x62)
                hash = FeatureHash.mix(hash, 0x20)
                for scalar in scalars[words[index + 1]] { hash = FeatureHash.mix(hash, scalar) }
                add(hash)
            }
        }
        var entries = counts.map { Entry(bucket: $0.key, value: 1 + Float(log(Double($0.value)))) }
        entries.sort { $0.bucket < $1.bucket }
        let norm = entries.reduce(Float(0)) { $0 + $1.value * $1.value }.squareRoot()
        guard norm > 0 else { return [] }
        return entries.map { Entry(bucket: $0.bucket, value: $0.value / norm) }
    }

    /// NFC, lower-cased, whitespace runs collapsed to one space, one space at each end (so
    /// n-grams mark the start and end of the text), as scalar values.
    static func normalisedScalars(_ text: String) -> [UInt32] {
        let normalised = text.precomposedStringWithCanonicalMapping.lowercased()
        var scalars: [UInt32] = [0x20]
        scalars.reserveCapacity(normalised.unicodeScalars.count + 2)
        for scalar in normalised.unicodeScalars {
            if scalar.properties.isWhitespace {
                if scalars.last != 0x20 { scalars.append(0x20) }
            } else {
                scalars.append(scalar.value)
            }
        }
        if scalars.last != 0x20 { scalars.append(0x20) }
        return scalars.count == 2 ? [] : scalars
    }

    /// Runs of letters, marks and digits.
    static func wordRanges(_ scalars: [UInt32]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start: Int?
        for (index, value) in scalars.enumerated() {
            if isWordScalar(value) {
                if start == nil { start = index }
            } else if let begin = start {
                ranges.append(begin..<index)
                start = nil
            }
        }
        if let begin = start { ranges.append(begin..<scalars.count) }
        return ranges
    }

    private static func isWordScalar(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
        default: return false
        }
    }
}

/// FNV-1a (`FNV1a64`) over feature kind and scalar values, each as four little-endian bytes:
/// fixed across runs and platforms, so shipped weights keep meaning the same features.
enum FeatureHash {
    static func start(kind: UInt32) -> UInt64 { mix(FNV1a64.offsetBasis, kind) }

    static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        var result = hash
        var remaining = value
        for _ in 0..<4 {
            result = FNV1a64.step(result, UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
        return result
    }

    static func of(_ scalars: ArraySlice<UInt32>, kind: UInt32) -> UInt64 {
        scalars.reduce(start(kind: kind)) { mix($0, $1) }
    }
}
