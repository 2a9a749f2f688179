import Foundation
import Models

/// A record whose prompt may come with translations, the raw material of MLC prompt groups.
public protocol PromptVariantCarrying {
    /// The prompt turns, in order (system / user / assistant history).
    var prompt: [ChatMessage] { get }
    /// Language of `prompt` (default "en").
    var lang: String { get }
    /// Translations of the prompt's request: language -> text.
    var variants: [String: String] { get }
    /// Where the record came from, `file:line` (empty for records built in code).
    var source: String { get }
}

extension PromptVariantCarrying {
    /// The text this record contributes to its own MLC group: the content of the last user turn
    /// (the request itself; earlier turns and system prompts are context, not the request).
    public var ownPromptText: String? {
        prompt.last(where: { $0.role == "user" })?.content
    }
}

/// A supervised fine-tuning example: prompt turns and the assistant completion to learn.
public struct SFTExample: PromptVariantCarrying, Equatable, Sendable {
    public var prompt: [ChatMessage]
    public var completion: String
    public var lang: String
    public var variants: [String: String]
    public var source: String

    public init(prompt: [ChatMessage], completion: String, lang: String = "en",
                variants: [String: String] = [:], source: String = "") {
        self.prompt = prompt
        self.completion = completion
        self.lang = lang
        self.variants = variants
        self.source = source
    }
}

/// A preference pair: one prompt, a preferred and a dispreferred assistant response.
public struct PreferenceExample: PromptVariantCarrying, Equatable, Sendable {
    public var prompt: [ChatMessage]
    public var chosen: String
    public var rejected: String
    public var lang: String
    public var variants: [String: String]
    public var source: String

    public init(prompt: [ChatMessage], chosen: String, rejected: String, lang: String = "en",
                variants: [String: String] = [:], source: String = "") {
        self.prompt = prompt
        self.chosen = chosen
        self.rejected = rejected
        self.lang = lang
        self.variants = variants
        self.source = source
    }
}

/// The same request in several languages: one MLC group.
public struct PromptGroup: Equatable, Sendable {
    public struct Variant: Equatable, Sendable {
        public var lang: String
        public var text: String
        public init(lang: String, text: String) {
            self.lang = lang
            self.text = text
        }
    }

    public var id: String
    /// Anchor language first (when present), then the others sorted by language code, so that
    /// column order of the representation matrix is reproducible run to run.
    public var variants: [Variant]
    /// Where the group came from, `file:line` (empty for groups built in code).
    public var source: String

    /// Builds a group from a language -> text map in the canonical order.
    public init(id: String, texts: [String: String], anchor: String? = "en", source: String = "") {
        self.id = id
        self.source = source
        let ordered = texts.keys.sorted { a, b in
            if a == anchor { return b != anchor }
            if b == anchor { return false }
            return a < b
        }
        self.variants = ordered.map { Variant(lang: $0, text: texts[$0] ?? "") }
    }

    public var languages: [String] { variants.map(\.lang) }

    public func text(for lang: String) -> String? {
        variants.first(where: { $0.lang == lang })?.text
    }
}
