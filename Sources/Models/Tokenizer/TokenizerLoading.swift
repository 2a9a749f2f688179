import Foundation
import Tensor

/// What the tokenizer uses from `tokenizer_config.json`.
struct TokenizerConfig {
    var eosToken: String?
    var padToken: String?
    /// The Jinja `chat_template` text (from the config or `chat_template.jinja`).
    var chatTemplate: String?

    init(eosToken: String? = nil, padToken: String? = nil, chatTemplate: String? = nil) {
        self.eosToken = eosToken
        self.padToken = padToken
        self.chatTemplate = chatTemplate
    }

    init(_ data: Data, source: String) throws {
        let json = try TokenizerJSONObject.parse(data, source: source)
        eosToken = try Self.tokenContent(json, "eos_token")
        padToken = try Self.tokenContent(json, "pad_token")
        chatTemplate = try Self.template(json)
    }

    /// A special token is written as a string or as `{"content": ...}` (older files).
    private static func tokenContent(_ json: TokenizerJSONObject, _ key: String) throws -> String? {
        if let object = json.value(key) as? [String: Any] {
            return try TokenizerJSONObject(object, path: json.fieldPath(key), source: json.source).optionalString("content")
        }
        return try json.optionalString(key)
    }

    /// `chat_template` is a string or a list of `{"name", "template"}` (the "default" one wins).
    private static func template(_ json: TokenizerJSONObject) throws -> String? {
        guard let value = json.value("chat_template") else { return nil }
        if let text = value as? String { return text }
        guard let named = value as? [[String: Any]] else {
            throw json.error("chat_template", "expected a string or a list of {\"name\", \"template\"}")
        }
        let chosen = named.first { $0["name"] as? String == "default" } ?? named.first
        return chosen?["template"] as? String
    }

    /// The `tokenizer_config.json` that `Tokenizer.load` reads back into this configuration.
    func serialized() throws -> Data {
        var object: [String: Any] = [
            "tokenizer_class": "PreTrainedTokenizerFast",
            "add_bos_token": false,
            "add_eos_token": false,
            "clean_up_tokenization_spaces": false,
        ]
        object["eos_token"] = eosToken ?? NSNull()
        object["pad_token"] = padToken ?? NSNull()
        if let chatTemplate { object["chat_template"] = chatTemplate }
        return try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    }
}

extension Tokenizer {
    /// Loads `tokenizer.json` from a Hugging Face model folder, plus `tokenizer_config.json`
    /// (EOS / PAD tokens, chat template) and `chat_template.jinja` when present.
    public static func load(directory: URL) throws -> Tokenizer {
        let tokenizerURL = directory.appendingPathComponent("tokenizer.json")
        guard let data = try? Data(contentsOf: tokenizerURL) else {
            throw AlignOnceError(tokenizerURL.path, "cannot read the file (expected a Hugging Face tokenizer.json)")
        }
        let configURL = directory.appendingPathComponent("tokenizer_config.json")
        var config = TokenizerConfig()
        if FileManager.default.fileExists(atPath: configURL.path) {
            guard let configData = try? Data(contentsOf: configURL) else {
                throw AlignOnceError(configURL.path, "cannot read the file")
            }
            config = try TokenizerConfig(configData, source: configURL.path)
        }
        let templateURL = directory.appendingPathComponent("chat_template.jinja")
        if config.chatTemplate == nil, let text = try? String(contentsOf: templateURL, encoding: .utf8) {
            config.chatTemplate = text
        }
        return try Tokenizer(root: TokenizerJSONObject.parse(data, source: tokenizerURL.path), config: config)
    }

    /// Builds a tokenizer from the bytes of a `tokenizer.json` (and optionally of its
    /// `tokenizer_config.json`); `source` is the path used in error messages.
    public convenience init(tokenizerJSON: Data, source: String, tokenizerConfigJSON: Data? = nil) throws {
        let configSource = source.hasSuffix("tokenizer.json")
            ? String(source.dropLast("tokenizer.json".count)) + "tokenizer_config.json"
            : "\(source) (tokenizer_config.json)"
        let config = try tokenizerConfigJSON.map { try TokenizerConfig($0, source: configSource) } ?? TokenizerConfig()
        try self.init(root: TokenizerJSONObject.parse(tokenizerJSON, source: source), config: config)
    }
}
