import Foundation
import Tensor

extension Tokenizer {
    /// A `tokenizer.json` (the loaded one, re-emitted with sorted keys) that `tokenizers`
    /// and this class load back into the same tokenizer.
    public func serializedJSON() throws -> Data {
        // `.sortedKeys` keeps the output deterministic, but Foundation needs seconds to sort a
        // 150k-entry vocabulary that way; the vocabulary is therefore written separately,
        // in id order (as `tokenizers` writes it), in place of a placeholder string.
        var skeleton = root
        var modelObject = root["model"] as? [String: Any] ?? [:]
        let placeholder = "alignonce-vocabulary-\(UUID().uuidString)"
        modelObject["vocab"] = placeholder
        skeleton["model"] = modelObject
        guard JSONSerialization.isValidJSONObject(skeleton) else {
            throw AlignOnceError(source, "tokenizer holds a value that cannot be written as JSON")
        }
        var data = try JSONSerialization.data(withJSONObject: skeleton, options: [.prettyPrinted, .sortedKeys])
        guard let slot = data.range(of: Data("\"\(placeholder)\"".utf8)) else {
            throw AlignOnceError(source, "internal error: vocabulary placeholder missing from the written JSON")
        }
        data.replaceSubrange(slot, with: vocabularyJSON())
        return data
    }

    /// `{"token": id, ...}` in id order.
    private func vocabularyJSON() -> Data {
        var bytes: [UInt8] = Array("{".utf8)
        let entries = model.tokenToId.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
        for (index, entry) in entries.enumerated() {
            bytes.append(contentsOf: (index == 0 ? "\n      " : ",\n      ").utf8)
            appendJSONString(entry.key, to: &bytes)
            bytes.append(contentsOf: ": \(entry.value)".utf8)
        }
        bytes.append(contentsOf: "\n    }".utf8)
        return Data(bytes)
    }

    private func appendJSONString(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": bytes.append(contentsOf: #"\""#.utf8)
            case "\\": bytes.append(contentsOf: #"\\"#.utf8)
            case "\n": bytes.append(contentsOf: #"\n"#.utf8)
            case "\r": bytes.append(contentsOf: #"\r"#.utf8)
            case "\t": bytes.append(contentsOf: #"\t"#.utf8)
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default:
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes `tokenizer.json` and `tokenizer_config.json` into `directory` (created if
    /// needed), so `Tokenizer.load(directory:)` and `transformers` can read them. Arguments
    /// left nil keep this tokenizer's own EOS / PAD / chat template.
    public func save(to directory: URL, eosToken: String? = nil, padToken: String? = nil, chatTemplate: String? = nil) throws {
        var config = self.config
        if let eosToken { config.eosToken = eosToken }
        if let padToken { config.padToken = padToken }
        if let chatTemplate { config.chatTemplate = chatTemplate }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try serializedJSON().write(to: directory.appendingPathComponent("tokenizer.json"))
            try config.serialized().write(to: directory.appendingPathComponent("tokenizer_config.json"))
        } catch let error as AlignOnceError {
            throw error
        } catch {
            throw AlignOnceError(directory.path, "cannot write the tokenizer files (\(error.localizedDescription))")
        }
    }
}
