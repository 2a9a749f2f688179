import Foundation
import Tensor
import Models

extension Fixtures {
    /// Every float tensor (F32/F16/BF16) of a fixture safetensors file, by name.
    public static func tensors(_ relative: String) throws -> [String: Tensor] {
        let file = try SafetensorsFile(url: url(relative))
        var out: [String: Tensor] = [:]
        for name in file.names where file.info(name)?.dtype.hasPrefix("F") == true || file.info(name)?.dtype == "BF16" {
            out[name] = try file.floatTensor(name)
        }
        return out
    }

    /// An integer tensor (I64) of a fixture safetensors file, as Int32 token ids.
    public static func ids(_ relative: String, _ name: String) throws -> [Int32] {
        try SafetensorsFile(url: url(relative)).int64Values(name).map { Int32($0) }
    }

    /// A fixture model folder (e.g. "m1_llama") loaded the way users' folders are.
    public static func model(_ folder: String) throws -> LlamaModel {
        let dir = url(folder)
        let config = try ModelConfig.load(from: dir.appendingPathComponent("config.json"))
        let weights = try ModelDirectory.loadWeights(directory: dir, config: config)
        return try LlamaModel(config: config, weights: weights, source: dir.path)
    }
}
