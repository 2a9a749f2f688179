import Foundation
import Models
import Tensor
import Yams

/// Reading, overriding and writing configs. All three go through one path: the defaults are
/// encoded to a YAML mapping, the user's values replace entries key by key, and the merged
/// mapping is decoded. So a file or a flag only has to name what differs from the defaults, and
/// type errors surface once, as an `AlignOnceError` naming the key.
extension TrainConfig {
    /// Keys whose values are lists; a flag may give them comma-separated (`--lora-targets q,k,v`).
    static let listKeys: Set<String> = ["mlc-layers", "lora-targets"]

    /// Allowed values of the enum-valued keys, for error messages.
    public static let allowedValues: [String: [String]] = [
        "objective": Objective.allCases.map(\.rawValue),
        "loss-type": DPOLossType.allCases.map(\.rawValue),
        "mlc": MLCLossKind.allCases.map(\.rawValue),
        "mlc-pooling": MLCPooling.allCases.map(\.rawValue),
        "mlc-centering": MLCCentering.allCases.map(\.rawValue),
        "mlc-extractor": MLCExtractor.allCases.map(\.rawValue),
        "lr-scheduler": LRSchedule.Kind.allCases.map(\.rawValue),
        "truncation-mode": TruncationMode.allCases.map(\.rawValue),
        "lora-targets": LoRATarget.allCases.map(\.rawValue),
    ]

    /// Loads a YAML file over the defaults. An unknown key is an error naming it at `file:line`
    /// (Yams itself rejects a repeated key, naming it).
    public static func load(yamlURL url: URL) throws -> TrainConfig {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw AlignOnceError(url.path, "cannot read config file (\(error.localizedDescription))")
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw AlignOnceError(url.path, "not valid YAML (\(String(describing: error).split(separator: "\n").joined(separator: " ")))")
        }
        var values: [(key: String, value: Node)] = []
        if let root {
            guard case let .mapping(mapping) = root else {
                throw AlignOnceError(url.path, "expected a mapping of key: value at the top level")
            }
            for (keyNode, value) in mapping {
                let key = keyNode.string ?? ""
                let location = keyNode.mark.map { "\(url.path):\($0.line)" } ?? url.path
                guard keys.contains(key) else {
                    throw AlignOnceError(location, "unknown key \"\(key)\"; known keys: \(keys.sorted().joined(separator: ", "))")
                }
                values.append((key, value))
            }
        }
        return try TrainConfig().replacing(values) { key in "\(url.path): \(key)" }
    }

    /// A copy with CLI overrides applied; keys are flag names without `--`. Values are read as
    /// YAML scalars (`1e-5`, `true`, `null`) or lists (`[1, 2]`, or `a,b` for list keys).
    public func merging(overrides: [String: String]) throws -> TrainConfig {
        var values: [(key: String, value: Node)] = []
        for key in overrides.keys.sorted() {
            guard Self.keys.contains(key) else {
                throw AlignOnceError("--\(key)", "unknown option; known: \(Self.keys.sorted().joined(separator: ", "))")
            }
            values.append((key, Self.overrideNode(key: key, text: overrides[key] ?? "")))
        }
        return try replacing(values) { key in "--\(key)" }
    }

    /// The resolved config as YAML (for `<run>/config.yaml`); `load` reads it back unchanged.
    public func yaml() throws -> String {
        try YAMLEncoder().encode(self)
    }

    /// Each key's default value as text (lists as `a,b`); keys without a default are absent.
    /// For help texts.
    public static var defaultValueTexts: [String: String] {
        guard let yaml = try? TrainConfig().yaml(), case let .mapping(mapping)? = try? Yams.compose(yaml: yaml) else { return [:] }
        var texts: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            // Yams writes floats in exponent form (1e-1); Swift's shortest form reads better.
            let text = value.string.map { s in s.contains("e") ? Double(s).map { "\($0)" } ?? s : s }
            texts[name] = value.sequence.map { $0.compactMap(\.string).joined(separator: ",") } ?? text
        }
        return texts
    }

    /// A stable hash of every setting, recorded in checkpoints to detect resuming with another config.
    public func fingerprint() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(format: "%016llx", FNV1a64.hash(try encoder.encode(self)))
    }

    // MARK: - Merging

    private func replacing(_ values: [(key: String, value: Node)], location: (String) -> String) throws -> TrainConfig {
        guard case var .mapping(merged) = try Yams.compose(yaml: try yaml()) ?? Node([(Node, Node)]()) else {
            throw AlignOnceError("config", "internal: defaults did not encode to a mapping")
        }
        for (key, value) in values { merged[key] = value }
        do {
            return try YAMLDecoder().decode(TrainConfig.self, from: .mapping(merged))
        } catch let error as DecodingError {
            throw Self.describe(error, location: location)
        }
    }

    private static func overrideNode(key: String, text: String) -> Node {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if listKeys.contains(key), !trimmed.hasPrefix("["), trimmed.lowercased() != "null" {
            let items = trimmed.split(separator: ",").map { Node($0.trimmingCharacters(in: .whitespaces)) }
            return Node(items)
        }
        // A value YAML would read as a mapping (e.g. a path with ": ") is taken as plain text.
        if let node = try? Yams.compose(yaml: trimmed), node.mapping == nil { return node }
        return trimmed.isEmpty ? Node("null") : Node(trimmed, Tag(.str))
    }

    private static func describe(_ error: DecodingError, location: (String) -> String) -> AlignOnceError {
        let path: [CodingKey]
        switch error {
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            path = context.codingPath
        case let .keyNotFound(key, context):
            path = context.codingPath + [key]
        @unknown default:
            path = []
        }
        let key = path.first?.stringValue ?? "config"
        let expected: String
        if let allowed = allowedValues[key] {
            expected = "one of \(allowed.joined(separator: ", "))"
        } else if let example = Self.expectedType(of: key) {
            expected = example
        } else {
            expected = "a valid value"
        }
        let item = path.count > 1 ? " (item \(path[1].intValue.map(String.init) ?? path[1].stringValue))" : ""
        return AlignOnceError(location(key), "invalid value\(item); expected \(expected)")
    }

    /// The expected type of a key, read off the default config's property (keys are the
    /// kebab-case spelling of the property names), for error messages.
    private static func expectedType(of key: String) -> String? {
        let parts = key.split(separator: "-")
        let label = (parts.first.map(String.init) ?? "") + parts.dropFirst().map { $0.capitalized }.joined()
        guard let value = Mirror(reflecting: TrainConfig()).children.first(where: { $0.label == label })?.value else {
            return nil
        }
        switch value {
        case is Bool: return "true or false"
        case is Int, is Int?: return "an integer"
        case is Double, is Double?: return "a number"
        case is [Int]?: return "a list of integers"
        case is String, is String?: return "a string"
        default: return nil
        }
    }
}
