import Foundation

/// One turn of a conversation (`role` is "system", "user" or "assistant").
public struct ChatMessage: Codable, Equatable, Sendable {
    public var role: String
    public var content: String

    public init(role: String, content: String) {
        self.role = role
        self.content = content
    }
}

/// The chat formats AlignOnce renders natively instead of running Jinja. A model's
/// `chat_template` is recognised by its marker tokens (`detect`); any template-specific
/// default system prompt (Qwen's) is found separately by `defaultSystemPrompt(in:)` and
/// passed to `render`, so the enum keeps simple raw values.
///
/// * `chatml`: `<|im_start|>{role}\n{content}<|im_end|>\n` per message, then
///   `<|im_start|>assistant\n` for the generation prompt.
/// * `llama3`: `<|begin_of_text|>`, then `<|start_header_id|>{role}<|end_header_id|>\n\n`
///   `{content}<|eot_id|>` per message (content trimmed of surrounding whitespace, as the
///   Llama 3 template's `| trim` does), then `<|start_header_id|>assistant<|end_header_id|>\n\n`.
/// * `plain` (no recognised template): `{Role}: {content}\n` per message with the role
///   capitalised ("User: hi\n"), then `Assistant:` for the generation prompt (no trailing
///   space: byte-level BPE attaches the space to the next word). It has no end-of-turn
///   token; generation stops on EOS.
public enum ChatTemplate: String, CaseIterable, Sendable {
    case chatml
    case llama3
    case plain

    /// Recognises ChatML by `<|im_start|>` and Llama 3 by `<|start_header_id|>`.
    public static func detect(_ templateText: String?) -> ChatTemplate {
        guard let templateText else { return .plain }
        if templateText.contains("<|im_start|>") { return .chatml }
        if templateText.contains("<|start_header_id|>") { return .llama3 }
        return .plain
    }

    /// The literal system message a ChatML template writes when the conversation has no
    /// system turn (Qwen2 / Qwen2.5: `'<|im_start|>system\nYou are Qwen, …<|im_end|>\n'`),
    /// or nil. Only a quoted literal counts, not `… + messages[0]['content'] + …`.
    public static func defaultSystemPrompt(in templateText: String?) -> String? {
        guard let templateText, detect(templateText) == .chatml,
              let regex = try? NSRegularExpression(pattern: #"<\|im_start\|>system(?:\\n|\n)([^'"{}+]+?)<\|im_end\|>"#)
        else { return nil }
        let text = templateText as NSString
        guard let match = regex.firstMatch(in: templateText, range: NSRange(location: 0, length: text.length)) else {
            return nil
        }
        // The literal is Jinja source: undo its string escapes.
        return text.substring(with: match.range(at: 1))
            .replacingOccurrences(of: #"\n"#, with: "\n")
            .replacingOccurrences(of: #"\'"#, with: "'")
    }

    /// The conversation as the model sees it. `defaultSystem`, when given, is inserted as
    /// a first system turn if `messages` does not start with one (chatml only).
    public func render(_ messages: [ChatMessage], addGenerationPrompt: Bool, defaultSystem: String? = nil) -> String {
        var text = ""
        switch self {
        case .chatml:
            var turns = messages
            if let defaultSystem, turns.first?.role != "system" {
                turns.insert(ChatMessage(role: "system", content: defaultSystem), at: 0)
            }
            for turn in turns { text += "<|im_start|>\(turn.role)\n\(turn.content)<|im_end|>\n" }
            if addGenerationPrompt { text += "<|im_start|>assistant\n" }
        case .llama3:
            text = "<|begin_of_text|>"
            for turn in messages {
                let content = turn.content.trimmingCharacters(in: .whitespacesAndNewlines)
                text += "<|start_header_id|>\(turn.role)<|end_header_id|>\n\n\(content)<|eot_id|>"
            }
            if addGenerationPrompt { text += "<|start_header_id|>assistant<|end_header_id|>\n\n" }
        case .plain:
            for turn in messages { text += "\(turn.role.prefix(1).uppercased() + turn.role.dropFirst()): \(turn.content)\n" }
            if addGenerationPrompt { text += "Assistant:" }
        }
        return text
    }

    /// Token strings that end an assistant turn (generation stops on them).
    public var stopStrings: [String] {
        switch self {
        case .chatml: return ["<|im_end|>"]
        case .llama3: return ["<|eot_id|>"]
        case .plain: return []
        }
    }

    /// A Hugging Face `chat_template` (Jinja) that renders like `render` without a default
    /// system prompt; written into `tokenizer_config.json` by `Tokenizer.save`.
    public var jinjaSource: String {
        switch self {
        case .chatml:
            return "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
        case .llama3:
            return "{{ '<|begin_of_text|>' }}{% for message in messages %}{{ '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n' + message['content'] | trim + '<|eot_id|>' }}{% endfor %}{% if add_generation_prompt %}{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{% endif %}"
        case .plain:
            return "{% for message in messages %}{{ message['role'] | capitalize + ': ' + message['content'] + '\\n' }}{% endfor %}{% if add_generation_prompt %}{{ 'Assistant:' }}{% endif %}"
        }
    }
}
