import Foundation
import Tensor

/// Writes float tensors as `.safetensors`, byte-compatible with the Python library's layout:
/// `__metadata__` first, tensors sorted by name with their data in that order, a compact JSON
/// header padded with spaces to a multiple of 8 bytes. Every file is written atomically.
public enum SafetensorsWriter {
    public typealias NamedTensor = (name: String, tensor: Tensor)

    public static func write(
        _ tensors: [NamedTensor], dtype: SafetensorsDType, metadata: [String: String] = ["format": "pt"], to url: URL
    ) throws {
        try check(tensors, dtype: dtype, location: url.path)
        let ordered = tensors.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        let header = headerBytes(ordered, dtype: dtype, metadata: metadata)
        try AtomicFile.write(to: url) { handle in
            var length = UInt64(header.count).littleEndian
            try handle.write(contentsOf: Data(bytes: &length, count: 8))
            try handle.write(contentsOf: header)
            for (_, tensor) in ordered {
                try handle.write(contentsOf: encode(tensor.values, as: dtype))
            }
        }
    }

    /// Writes `model-0000i-of-0000n.safetensors` shards of at most `maxShardBytes` each (a
    /// tensor larger than that gets a shard of its own) plus `model.safetensors.index.json`,
    /// splitting in the given order as `huggingface_hub` does. When everything fits in one
    /// shard, writes a single `model.safetensors` instead. Returns the file names written.
    @discardableResult
    public static func writeSharded(
        _ tensors: [NamedTensor], dtype: SafetensorsDType, maxShardBytes: Int,
        metadata: [String: String] = ["format": "pt"], directory: URL
    ) throws -> [String] {
        guard maxShardBytes > 0 else {
            throw AlignOnceError("max shard size", "must be positive, got \(maxShardBytes) bytes")
        }
        try check(tensors, dtype: dtype, location: directory.path)
        var shards: [[NamedTensor]] = []
        var currentBytes = 0
        for item in tensors {
            let size = item.tensor.count * dtype.byteSize
            if shards.isEmpty || (currentBytes + size > maxShardBytes && !(shards.last?.isEmpty ?? true)) {
                shards.append([])
                currentBytes = 0
            }
            shards[shards.count - 1].append(item)
            currentBytes += size
        }
        guard shards.count > 1 else {
            try write(tensors, dtype: dtype, metadata: metadata, to: directory.appendingPathComponent("model.safetensors"))
            return ["model.safetensors"]
        }
        var names: [String] = []
        var weightMap: [String: JSONValue] = [:]
        for (index, shard) in shards.enumerated() {
            let name = String(format: "model-%05d-of-%05d.safetensors", index + 1, shards.count)
            try write(shard, dtype: dtype, metadata: metadata, to: directory.appendingPathComponent(name))
            for item in shard { weightMap[item.name] = .string(name) }
            names.append(name)
        }
        let totalBytes = tensors.reduce(0) { $0 + $1.tensor.count * dtype.byteSize }
        let index = JSONValue.object([
            "metadata": .object(["total_size": .int(Int64(totalBytes))]),
            "weight_map": .object(weightMap),
        ])
        try AtomicFile.write(Data((index.serialized(indent: 2) + "\n").utf8),
                             to: directory.appendingPathComponent("model.safetensors.index.json"))
        return names + ["model.safetensors.index.json"]
    }

    private static func check(_ tensors: [NamedTensor], dtype: SafetensorsDType, location: String) throws {
        guard dtype.isFloatingPoint else {
            throw AlignOnceError(location, "cannot write float tensors as \(dtype.rawValue) (expected F32, F16 or BF16)")
        }
        var seen = Set<String>()
        for (name, tensor) in tensors {
            guard name != "__metadata__", seen.insert(name).inserted else {
                throw AlignOnceError(location, "tensor name '\(name)' is reserved or used twice")
            }
            guard tensor.shape.allSatisfy({ $0 >= 0 }), tensor.shape.reduce(1, *) == tensor.values.count else {
                throw AlignOnceError(location, "tensor '\(name)' has shape \(tensor.shape) but \(tensor.values.count) values")
            }
        }
    }

    /// Compact JSON header, field order dtype/shape/data_offsets as the Rust library emits it,
    /// space-padded so the data starts 8-byte aligned.
    static func headerBytes(_ ordered: [NamedTensor], dtype: SafetensorsDType, metadata: [String: String]) -> Data {
        var json = "{"
        var parts: [String] = []
        if !metadata.isEmpty {
            parts.append("\"__metadata__\":" + JSONValue.object(metadata.mapValues { .string($0) }).serialized(indent: 0))
        }
        var offset = 0
        for (name, tensor) in ordered {
            let end = offset + tensor.count * dtype.byteSize
            var part = ""
            JSONValue.writeString(name, into: &part)
            let shape = tensor.shape.map(String.init).joined(separator: ",")
            part += ":{\"dtype\":\"\(dtype.rawValue)\",\"shape\":[\(shape)],\"data_offsets\":[\(offset),\(end)]}"
            parts.append(part)
            offset = end
        }
        json += parts.joined(separator: ",") + "}"
        var bytes = Data(json.utf8)
        bytes.append(contentsOf: [UInt8](repeating: 0x20, count: (8 - bytes.count % 8) % 8))
        return bytes
    }

    /// Little-endian bytes of `values` in `dtype` (16-bit formats rounded to nearest even).
    static func encode(_ values: [Float], as dtype: SafetensorsDType) -> Data {
        var data = Data(count: values.count * dtype.byteSize)
        data.withUnsafeMutableBytes { raw in
            values.withUnsafeBufferPointer { source in
                guard let out = raw.baseAddress, let input = source.baseAddress else { return }
                Parallel.forEachChunk(source.count, costPerItem: 2) { range in
                    switch dtype {
                    case .bf16:
                        let halves = out.assumingMemoryBound(to: UInt16.self)
                        for i in range { halves[i] = HalfPrecision.bf16FromFloat(input[i]).littleEndian }
                    case .f16:
                        let halves = out.assumingMemoryBound(to: UInt16.self)
                        for i in range { halves[i] = HalfPrecision.f16FromFloat(input[i]).littleEndian }
                    default:
                        (out + range.lowerBound * 4).copyMemory(from: input + range.lowerBound, byteCount: range.count * 4)
                    }
                }
            }
        }
        return data
    }
}
