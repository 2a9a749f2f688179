import Foundation
import Tensor

/// One model input: prompt ids followed by response ids (already tokenized, template applied).
public struct TokenSequence: Equatable, Sendable {
    public var prompt: [Int32]
    public var response: [Int32]

    public init(prompt: [Int32], response: [Int32]) {
        self.prompt = prompt
        self.response = response
    }

    public var count: Int { prompt.count + response.count }
}

/// Which predicted tokens a loss counts.
public enum CountedTokens: Sendable {
    /// Response tokens only (DPO / SimPO log-probs, completion-only SFT).
    case response
    /// Every predicted token, prompt included (ORPO's NLL, SFT on whole sequences).
    case all
}

/// Sequences packed right-padded into one [batch, seq] forward.
///
/// Position t of a row predicts token t+1, so `targets[row]` is the next token at every real
/// position but the last, and -1 (ignored) elsewhere. Which of those predictions a loss counts
/// is a per-row 0/1 mask (`mask(_:)`): every target is scored once, each loss picks its tokens.
/// Padding uses id 0; causal attention keeps it invisible to the real positions before it.
public struct SequenceBatch: Sendable {
    public let batch: Int
    public let seq: Int
    public let tokens: [Int32]
    public let targets: [Int32]
    public let promptLengths: [Int]
    public let lengths: [Int]

    public static let padding: Int32 = 0

    /// Throws for an empty batch or a sequence with no tokens.
    public init(_ sequences: [TokenSequence]) throws {
        guard !sequences.isEmpty else { throw AlignOnceError("batch", "has no sequences") }
        if let empty = sequences.firstIndex(where: { $0.count == 0 }) {
            throw AlignOnceError("batch", "sequence \(empty) has no tokens (prompt and response both empty)")
        }
        batch = sequences.count
        seq = sequences.map(\.count).max() ?? 1
        var tokens = [Int32](repeating: Self.padding, count: batch * seq)
        var targets = [Int32](repeating: -1, count: batch * seq)
        for (b, s) in sequences.enumerated() {
            let ids = s.prompt + s.response
            for t in ids.indices { tokens[b * seq + t] = ids[t] }
            for t in 0..<(ids.count - 1) { targets[b * seq + t] = ids[t + 1] }
        }
        self.tokens = tokens
        self.targets = targets
        promptLengths = sequences.map(\.prompt.count)
        lengths = sequences.map(\.count)
    }

    public var rows: Int { batch * seq }

    /// Positions of row b whose predictions `counted` includes: the prediction of token j
    /// (made at position j-1) counts for `.all` when j >= 1, for `.response` when j >= prompt length.
    public func countedPositions(_ b: Int, _ counted: CountedTokens) -> Range<Int> {
        let firstPredicted = counted == .all ? 1 : max(promptLengths[b], 1)
        let start = firstPredicted - 1, end = lengths[b] - 1
        return start < end ? start..<end : start..<start
    }

    /// Number of counted predictions of each row.
    public func counts(_ counted: CountedTokens) -> [Int] {
        (0..<batch).map { countedPositions($0, counted).count }
    }

    /// [rows] 0/1 weights of the counted predictions.
    public func mask(_ counted: CountedTokens) -> [Float] {
        var m = [Float](repeating: 0, count: rows)
        for b in 0..<batch { for t in countedPositions(b, counted) { m[b * seq + t] = 1 } }
        return m
    }
}
