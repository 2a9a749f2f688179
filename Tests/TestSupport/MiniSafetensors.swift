import Foundation
import Tensor

/// Minimal F32/I64 safetensors reader for tests only (the product reader is Models' SafetensorsFile).
public enum MiniSafetensors {
    public static func read(_ url: URL) throws -> (floats: [String: Tensor], ints: [String: [Int64]]) {
        let data = try Data(contentsOf: url)
        let n = data.prefix(8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        let header = try JSONSerialization.jsonObject(with: data.subdata(in: 8..<(8 + Int(n)))) as? [String: Any] ?? [:]
        var floats: [String: Tensor] = [:], ints: [String: [Int64]] = [:]
        let base = 8 + Int(n)
        for (name, v) in header where name != "__metadata__" {
            guard let info = v as? [String: Any], let dtype = info["dtype"] as? String,
                  let shape = info["shape"] as? [Int], let off = info["data_offsets"] as? [Int] else { continue }
            let bytes = data.subdata(in: (base + off[0])..<(base + off[1]))
            if dtype == "F32" {
                let vals = bytes.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
                floats[name] = Tensor(shape: shape, values: vals)
            } else if dtype == "I64" {
                ints[name] = bytes.withUnsafeBytes { Array($0.bindMemory(to: Int64.self)) }
            }
        }
        return (floats, ints)
    }
}
