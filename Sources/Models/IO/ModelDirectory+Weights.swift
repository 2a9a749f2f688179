import Foundation
import Tensor

/// Loading and saving the weights of a model folder.
extension ModelDirectory {
    /// Files a tokenizer may consist of; `saveModel` callers copy the ones that exist.
    public static let tokenizerFileNames = [
        "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "added_tokens.json",
        "tokenizer.model", "vocab.json", "merges.txt", "chat_template.jinja", "chat_template.json",
    ]

    /// The tokenizer files present in `directory`, for `saveModel(extraFiles:)`.
    public static func tokenizerFiles(in directory: URL) -> [URL] {
        tokenizerFileNames.map { directory.appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Every parameter `config` implies, converted to float32, from `model.safetensors` or
    /// the shards listed in `model.safetensors.index.json`. Shapes are checked against the
    /// config; extra tensors (e.g. `rotary_emb.inv_freq`) are ignored. When embeddings are
    /// tied, `lm_head.weight` is not loaded (the model reuses `model.embed_tokens.weight`).
    public static func loadWeights(directory: URL, config: ModelConfig) throws -> [String: Tensor] {
        let source = try WeightSource(directory: directory)
        var weights: [String: Tensor] = [:]
        for (name, shape) in expectedParameterShapes(config) {
            let file = try source.file(containing: name, expectedShape: shape)
            let found = file.entry(name)?.shape ?? []
            guard found == shape else {
                throw AlignOnceError(file.url.path, "tensor '\(name)' has shape \(found), config.json implies \(shape)")
            }
            weights[name] = try file.floatTensor(name)
        }
        return weights
    }

    /// Writes a complete model folder: `config.json`, `model.safetensors` (or shards of at
    /// most `maxShardBytes` plus the index), `generation_config.json` and copies of
    /// `extraFiles` (tokenizer files). The folder is built under a temporary name and moved
    /// into place at the end; an existing folder is replaced only once the new one is complete.
    /// With tied embeddings `lm_head.weight` is not written (as `save_pretrained` does: it is
    /// the embedding matrix).
    public static func saveModel(
        directory: URL, config: ModelConfig, weights: [(String, Tensor)], dtype: SafetensorsDType = .f32,
        extraFiles: [URL] = [], maxShardBytes: Int = 5_000_000_000
    ) throws {
        try checkComplete(weights, config: config, location: directory.path)
        let generated: Set<String> = ["config.json", "generation_config.json", "model.safetensors", "model.safetensors.index.json"]
        for file in extraFiles {
            guard FileManager.default.fileExists(atPath: file.path) else {
                throw AlignOnceError(file.path, "file to copy into the model folder does not exist")
            }
            guard !generated.contains(file.lastPathComponent) else {
                throw AlignOnceError(file.path, "would overwrite the \(file.lastPathComponent) that saveModel writes")
            }
        }
        try AtomicFile.replaceDirectory(at: directory) { staging in
            try AtomicFile.write(config.jsonData(torchDtype: dtype.torchName), to: staging.appendingPathComponent("config.json"))
            try AtomicFile.write(config.generationConfigData(), to: staging.appendingPathComponent("generation_config.json"))
            let stored = weights.filter { !(config.tieWordEmbeddings && $0.0 == "lm_head.weight") }
            try SafetensorsWriter.writeSharded(
                stored.map { (name: $0.0, tensor: $0.1) }, dtype: dtype, maxShardBytes: maxShardBytes, directory: staging)
            for file in extraFiles {
                do {
                    try FileManager.default.copyItem(at: file, to: staging.appendingPathComponent(file.lastPathComponent))
                } catch {
                    throw AlignOnceError(file.path, "cannot copy into the model folder (\(error.localizedDescription))")
                }
            }
        }
    }

    /// Every parameter the config implies must be among `weights`, with the implied shape.
    private static func checkComplete(_ weights: [(String, Tensor)], config: ModelConfig, location: String) throws {
        let given = Dictionary(weights.map { ($0.0, $0.1.shape) }, uniquingKeysWith: { first, _ in first })
        for (name, shape) in expectedParameterShapes(config) {
            guard let found = given[name] else {
                throw AlignOnceError(location, "cannot save: tensor '\(name)' (shape \(shape)) is missing from the weights")
            }
            guard found == shape else {
                throw AlignOnceError(location, "cannot save: tensor '\(name)' has shape \(found), config implies \(shape)")
            }
        }
    }
}

/// Where each tensor of a model folder lives: one `model.safetensors`, or shards named by
/// `model.safetensors.index.json`. Each file is opened (memory-mapped) once.
private struct WeightSource {
    let single: SafetensorsFile?
    let index: URL?
    let weightMap: [String: String]
    let shards: [String: SafetensorsFile]

    init(directory: URL) throws {
        let singleURL = directory.appendingPathComponent("model.safetensors")
        let indexURL = directory.appendingPathComponent("model.safetensors.index.json")
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: singleURL.path) {
            single = try SafetensorsFile(url: singleURL)
            index = nil; weightMap = [:]; shards = [:]
            return
        }
        guard fileManager.fileExists(atPath: indexURL.path) else {
            throw AlignOnceError(directory.path, "no model.safetensors or model.safetensors.index.json in the model folder")
        }
        let fields = try JSONFields(JSONValue.parse(contentsOf: indexURL), source: indexURL.path)
        guard let map = try fields.nested("weight_map") else { throw fields.error("weight_map", "is missing (required)") }
        var weightMap: [String: String] = [:]
        for key in map.object.keys {
            guard let shard = try map.optionalString(key) else { throw map.error(key, "must be a shard file name") }
            weightMap[key] = shard
        }
        var shards: [String: SafetensorsFile] = [:]
        for shard in Set(weightMap.values).sorted() {
            let url = directory.appendingPathComponent(shard)
            guard !shard.contains("/"), fileManager.fileExists(atPath: url.path) else {
                throw AlignOnceError(indexURL.path, "shard '\(shard)' listed in weight_map is missing from \(directory.path)")
            }
            shards[shard] = try SafetensorsFile(url: url)
        }
        single = nil; index = indexURL; self.weightMap = weightMap; self.shards = shards
    }

    func file(containing name: String, expectedShape: [Int]) throws -> SafetensorsFile {
        if let single {
            guard single.contains(name) else {
                throw AlignOnceError(single.url.path, "tensor '\(name)' is missing (config.json implies shape \(expectedShape))")
            }
            return single
        }
        guard let shardName = weightMap[name], let shard = shards[shardName] else {
            throw AlignOnceError(index?.path ?? "", "tensor '\(name)' is not in weight_map (config.json implies shape \(expectedShape))")
        }
        guard shard.contains(name) else {
            throw AlignOnceError(shard.url.path, "tensor '\(name)' is missing, although weight_map lists it in this shard")
        }
        return shard
    }
}
