import Foundation
import Models
import Tensor

/// Reads the JSONL datasets of a run. Blank lines are skipped; every error is an
/// `AlignOnceError` at `file:line` naming the field. Accepted record shapes:
///
/// - SFT: `{"prompt": str, "completion": str}`, TRL's conversational prompt-completion form
///   (`prompt` a list of messages, `completion` a list holding one assistant message), or
///   `{"messages": [...]}` whose last message (role `assistant`) is the completion.
/// - Preference: `{"prompt", "chosen", "rejected"}` as strings, TRL's conversational form
///   (`prompt` a list of messages, `chosen` / `rejected` lists holding one assistant message),
///   or TRL's implicit-prompt form (no `prompt`; `chosen` / `rejected` full conversations that
///   share every message but the last).
/// - Any record may carry `"lang"` (its prompt's language, default "en") and
///   `"variants": {"<lang>": "<prompt text>"}`; the record's own text under its `lang` must not
///   contradict `variants[lang]`.
/// - MLC file: `{"variants": {...}, "id"?: str|number}` with at least two languages.
public enum DatasetReader {
    public static func readSFT(_ url: URL) throws -> [SFTExample] {
        try JSONLines.nonEmptyRecords(at: url).map { record in
            let prompt: [ChatMessage]
            let completion: String
            if record.has("messages") {
                var turns = try record.messages("messages")
                guard let last = turns.last, last.role == "assistant" else {
                    throw record.error("messages", "the last message must have role \"assistant\" (it is the completion)")
                }
                turns.removeLast()
                prompt = try checkedPrompt(turns, record: record, field: "messages")
                completion = last.content
            } else {
                prompt = try promptTurns(record)
                completion = try response(record, "completion")
            }
            let (lang, variants) = try languageFields(record, prompt: prompt)
            return SFTExample(prompt: prompt, completion: completion, lang: lang,
                              variants: variants, source: record.location)
        }
    }

    public static func readPreference(_ url: URL) throws -> [PreferenceExample] {
        try JSONLines.nonEmptyRecords(at: url).map { record in
            let prompt: [ChatMessage]
            let chosen: String, rejected: String
            if record.has("prompt") {
                prompt = try promptTurns(record)
                chosen = try response(record, "chosen")
                rejected = try response(record, "rejected")
            } else if record.isList("chosen") && record.isList("rejected") {
                (prompt, chosen, rejected) = try implicitPrompt(record)
            } else {
                throw record.error("prompt", "missing; expected a string or a list of messages (or conversational chosen/rejected sharing their prompt)")
            }
            let (lang, variants) = try languageFields(record, prompt: prompt)
            return PreferenceExample(prompt: prompt, chosen: chosen, rejected: rejected, lang: lang,
                                     variants: variants, source: record.location)
        }
    }

    /// Reads a language-text file (`mlc-language-text`): `{"lang": "sw", "text": "..."}` per line.
    public static func readLanguageText(_ url: URL) throws -> [(lang: String, text: String)] {
        try JSONLines.nonEmptyRecords(at: url).map { record in
            let lang = try record.string("lang"), text = try record.string("text")
            guard !lang.isEmpty else { throw record.error("lang", "must be a non-empty language code") }
            return (lang, text)
        }
    }

    /// Reads a prompts-only MLC file. Groups without an `id` are named `<file name>:<line>`.
    public static func readPromptGroups(_ url: URL, anchor: String? = "en") throws -> [PromptGroup] {
        var seen: Set<String> = []
        return try JSONLines.nonEmptyRecords(at: url).map { record in
            let texts = try record.stringMap("variants")
            guard texts.count >= 2 else {
                throw record.error("variants", "needs at least 2 languages, got \(texts.count)")
            }
            let id: String
            switch record.object["id"] {
            case nil, is NSNull:
                id = "\(url.lastPathComponent):\(record.location.split(separator: ":").last ?? "")"
            case let text as String: id = text
            case let number as NSNumber: id = number.stringValue
            case let other?: throw record.error("id", "expected a string or number, got \(JSONLines.kind(of: other))")
            }
            guard seen.insert(id).inserted else { throw record.error("id", "duplicate group id \"\(id)\"") }
            return PromptGroup(id: id, texts: texts, anchor: anchor, source: record.location)
        }
    }

    /// MLC groups from records that carry `variants`: each record's own prompt (its last user
    /// turn) joins its translations under the record's `lang`. Records without variants are
    /// skipped; a record yielding fewer than 2 languages is an error at its `file:line`.
    public static func promptGroups<Example: PromptVariantCarrying>(
        from examples: [Example], anchor: String? = "en"
    ) throws -> [PromptGroup] {
        try examples.enumerated().compactMap { index, example in try promptGroup(of: example, index: index, anchor: anchor) }
    }

    /// The MLC group of one record (`index`: its position, for records built in code), or nil
    /// when it has no variants.
    public static func promptGroup<Example: PromptVariantCarrying>(
        of example: Example, index: Int, anchor: String? = "en"
    ) throws -> PromptGroup? {
        guard !example.variants.isEmpty else { return nil }
        let location = example.source.isEmpty ? "example \(index)" : example.source
        var texts = example.variants
        if let own = example.ownPromptText { texts[example.lang] = own }
        guard texts.count >= 2 else {
            throw AlignOnceError(location, "field \"variants\": an MLC group needs at least 2 languages, got \(texts.count) (\(texts.keys.sorted().joined(separator: ", ")))")
        }
        return PromptGroup(id: example.source.isEmpty ? "example-\(index)" : example.source,
                           texts: texts, anchor: anchor, source: example.source)
    }

    /// Throws naming the first group that has no variant in `anchor`.
    public static func validateAnchor(_ groups: [PromptGroup], anchor: String) throws {
        for group in groups where group.text(for: anchor) == nil {
            let location = group.source.isEmpty ? "prompt group \(group.id)" : group.source
            throw AlignOnceError(location, "prompt group \"\(group.id)\" has no variant in the anchor language \"\(anchor)\" (has \(group.languages.joined(separator: ", ")))")
        }
    }

    // MARK: - Record pieces

    private static func promptTurns(_ record: JSONLRecord) throws -> [ChatMessage] {
        if record.isList("prompt") {
            return try checkedPrompt(record.messages("prompt"), record: record, field: "prompt")
        }
        return [ChatMessage(role: "user", content: try record.string("prompt"))]
    }

    /// A prompt must hold a user turn: it is the request that MLC groups and the chat template use.
    private static func checkedPrompt(_ turns: [ChatMessage], record: JSONLRecord, field: String) throws -> [ChatMessage] {
        guard turns.contains(where: { $0.role == "user" }) else {
            throw record.error(field, "the prompt has no message with role \"user\"")
        }
        return turns
    }

    /// A response: a string, or (conversational) a list holding exactly one assistant message.
    private static func response(_ record: JSONLRecord, _ field: String) throws -> String {
        guard record.isList(field) else { return try record.string(field) }
        let turns = try record.messages(field)
        guard turns.count == 1, turns[0].role == "assistant" else {
            throw record.error(field, "expected exactly one message with role \"assistant\", got \(turns.count) message(s)")
        }
        return turns[0].content
    }

    private static func implicitPrompt(_ record: JSONLRecord) throws -> ([ChatMessage], String, String) {
        let chosen = try record.messages("chosen")
        let rejected = try record.messages("rejected")
        for (field, turns) in [("chosen", chosen), ("rejected", rejected)] {
            guard let last = turns.last, last.role == "assistant" else {
                throw record.error(field, "the last message must have role \"assistant\"")
            }
        }
        let prompt = Array(chosen.dropLast())
        guard prompt == Array(rejected.dropLast()) else {
            throw record.error("rejected", "without a \"prompt\" field, chosen and rejected must share every message but the last")
        }
        return (try checkedPrompt(prompt, record: record, field: "chosen"),
                chosen.last?.content ?? "", rejected.last?.content ?? "")
    }

    private static func languageFields(_ record: JSONLRecord, prompt: [ChatMessage]) throws -> (String, [String: String]) {
        let lang = try record.optionalString("lang") ?? "en"
        guard !lang.isEmpty else { throw record.error("lang", "must be a non-empty language code") }
        let variants = try record.stringMap("variants")
        let own = prompt.last(where: { $0.role == "user" })?.content
        if let listed = variants[lang], let own, listed != own {
            throw record.error("variants.\(lang)", "differs from the record's own prompt, whose language is \"\(lang)\"")
        }
        return (lang, variants)
    }
}
