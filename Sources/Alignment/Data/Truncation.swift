import Foundation

/// Which end of an over-long prompt survives (TRL's `truncation_mode`).
public enum TruncationMode: String, Codable, CaseIterable, Sendable {
    /// Keep the first `maxPromptLength` prompt tokens.
    case keepStart = "keep_start"
    /// Keep the last `maxPromptLength` prompt tokens (TRL's DPO default: the end of a prompt
    /// holds the request and the generation prompt).
    case keepEnd = "keep_end"
}

/// Counts of what truncation did to a dataset, for the run log.
public struct TruncationReport: Codable, Equatable, Sendable {
    public var truncated = 0
    public var dropped = 0
    public init(truncated: Int = 0, dropped: Int = 0) {
        self.truncated = truncated
        self.dropped = dropped
    }
}

/// A prompt and its response(s) after truncation.
public struct TruncatedSequences: Equatable, Sendable {
    public var prompt: [Int]
    public var responses: [[Int]]
}

/// Length limits, following TRL's DPO `tokenize_row` (the rule of TRL 0.8–0.11, which the
/// later versions keep in spirit):
///
/// Let `longest` be the longest response (for DPO, the longer of chosen / rejected, so the pair
/// is cut consistently).
/// 1. If `prompt + longest <= maxLength`, nothing changes.
/// 2. Otherwise the prompt is cut to `maxPromptLength` tokens: its first ones (`keep_start`) or
///    its last ones (`keep_end`). A prompt already within `maxPromptLength` is unchanged.
/// 3. If `prompt + longest` still exceeds `maxLength`, every response is cut to its first
///    `maxLength - maxPromptLength` tokens (the budget TRL reserves, even when the prompt ended
///    up shorter than `maxPromptLength`).
///
/// A prompt that alone exceeds the limits is therefore kept, truncated, as TRL does. The only
/// drop (our addition; TRL would train on an empty response) is when step 3 leaves a response
/// with no tokens, i.e. `maxPromptLength >= maxLength`: there is nothing to learn from.
public struct TruncationLimits: Equatable, Sendable {
    public var maxLength: Int
    public var maxPromptLength: Int
    public var mode: TruncationMode

    public init(maxLength: Int, maxPromptLength: Int, mode: TruncationMode = .keepEnd) {
        self.maxLength = maxLength
        self.maxPromptLength = maxPromptLength
        self.mode = mode
    }

    /// Applies the rule above to one prompt and its responses (one for SFT, two for DPO).
    /// Returns nil when the example must be dropped; updates `report` either way.
    public func apply(prompt: [Int], responses: [[Int]],
                      report: inout TruncationReport) -> TruncatedSequences? {
        let longest = responses.map(\.count).max() ?? 0
        guard prompt.count + longest > maxLength else {
            return TruncatedSequences(prompt: prompt, responses: responses)
        }
        var keptPrompt = prompt
        if prompt.count > maxPromptLength {
            let keep = max(0, maxPromptLength)
            keptPrompt = mode == .keepStart ? Array(prompt.prefix(keep)) : Array(prompt.suffix(keep))
        }
        var keptResponses = responses
        if keptPrompt.count + longest > maxLength {
            let budget = maxLength - maxPromptLength
            if budget < 1 {
                report.dropped += 1
                return nil
            }
            keptResponses = responses.map { Array($0.prefix(budget)) }
        }
        report.truncated += 1
        return TruncatedSequences(prompt: keptPrompt, responses: keptResponses)
    }

    /// Single-response convenience (SFT).
    public func apply(prompt: [Int], response: [Int],
                      report: inout TruncationReport) -> (prompt: [Int], response: [Int])? {
        guard let result = apply(prompt: prompt, responses: [response], report: &report) else { return nil }
        return (result.prompt, result.responses[0])
    }
}
