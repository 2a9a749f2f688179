import Foundation
import Models
import Tensor

/// A minimal self-contained file of named flat Float32 arrays (the Models safetensors writer is
/// separate; checkpoints must not depend on it). Layout, all integers little-endian:
///
///     "AOTENSR2"                      8-byte magic
///     UInt64 header byte count
///     UInt64 FNV-1a 64 of the header bytes
///     header: JSON {"tensors": [{"name", "count", "offset", "fnv1a64w"}]}  (offset into data;
///             fnv1a64w = `FNV1a64.hashWords` of the array's bytes, as 16 hex digits)
///     data: the arrays' Float32 values back to back
///
/// Each array carries its own checksum, so a corrupted file is reported with the array named,
/// and a truncated one by its missing bytes. Only little-endian hosts are supported (x86, ARM).
public enum TensorArchive {
    static let magic = Array("AOTENSR2".utf8)

    struct Entry: Codable {
        var name: String
        var count: Int
        var offset: Int
        var fnv1a64w: String
    }

    struct Header: Codable {
        var tensors: [Entry]
    }

    /// Writes `arrays` to `url` (replacing it) and syncs the file to disk.
    public static func write(_ arrays: [(name: String, values: [Float])], to url: URL) throws {
        var names: Set<String> = []
        for array in arrays where !names.insert(array.name).inserted || array.name.isEmpty {
            throw AlignOnceError(url.path, "tensor names must be unique and non-empty, got \"\(array.name)\" twice or empty")
        }
        var entries: [Entry] = []
        var offset = 0
        var checksums = [UInt64](repeating: 0, count: arrays.count)
        checksums.withUnsafeMutableBufferPointer { sums in
            Parallel.forEach(arrays.count, costPerItem: 1 << 20) { i in
                sums[i] = arrays[i].values.withUnsafeBytes { FNV1a64.hashWords($0) }
            }
        }
        for (index, array) in arrays.enumerated() {
            entries.append(Entry(name: array.name, count: array.values.count, offset: offset,
                                 fnv1a64w: String(format: "%016llx", checksums[index])))
            offset += array.values.count * MemoryLayout<Float>.size
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let header = try encoder.encode(Header(tensors: entries))

        guard AtomicFile.createEmptyFile(url) else {
            throw AlignOnceError(url.path, "cannot create file")
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var preamble = Data(magic)
        appendLittleEndian(UInt64(header.count), to: &preamble)
        appendLittleEndian(FNV1a64.hash(header), to: &preamble)
        try handle.write(contentsOf: preamble + header)
        // Chunked so a multi-GB array is never copied whole into a Data.
        let chunkBytes = 1 << 26
        for array in arrays {
            try array.values.withUnsafeBytes { bytes in
                var start = 0
                while start < bytes.count {
                    let end = min(bytes.count, start + chunkBytes)
                    try handle.write(contentsOf: Data(bytes[start..<end]))
                    start = end
                }
            }
        }
        try handle.synchronize()
    }

    /// Reads every array back, verifying sizes and checksums; any mismatch names the file.
    public static func read(_ url: URL) throws -> [(name: String, values: [Float])] {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw AlignOnceError(url.path, "cannot read tensor file (\(error.localizedDescription))")
        }
        let preambleSize = magic.count + 16
        guard data.count >= preambleSize, Array(data.prefix(magic.count)) == magic else {
            throw AlignOnceError(url.path, "not an AlignOnce tensor file (bad magic or truncated preamble)")
        }
        let headerSize = readLittleEndian(data, at: magic.count)
        let headerChecksum = readLittleEndian(data, at: magic.count + 8)
        guard headerSize <= UInt64(data.count - preambleSize) else {
            throw AlignOnceError(url.path, "truncated: header of \(headerSize) bytes does not fit")
        }
        let headerData = data.subdata(in: preambleSize..<(preambleSize + Int(headerSize)))
        guard FNV1a64.hash(headerData) == headerChecksum,
              let header = try? JSONDecoder().decode(Header.self, from: headerData) else {
            throw AlignOnceError(url.path, "corrupted header (checksum mismatch)")
        }
        let dataStart = preambleSize + Int(headerSize)
        var expectedBytes = 0
        for entry in header.tensors {
            guard entry.count >= 0, entry.offset == expectedBytes else {
                throw AlignOnceError(url.path, "corrupted header: tensor \"\(entry.name)\" has an inconsistent offset or count")
            }
            expectedBytes += entry.count * MemoryLayout<Float>.size
        }
        guard data.count - dataStart == expectedBytes else {
            throw AlignOnceError(url.path, "truncated or padded: \(data.count - dataStart) data bytes, header describes \(expectedBytes)")
        }
        return try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            try header.tensors.map { entry in
                let start = dataStart + entry.offset
                let bytes = UnsafeRawBufferPointer(rebasing: raw[start..<(start + entry.count * MemoryLayout<Float>.size)])
                guard String(format: "%016llx", FNV1a64.hashWords(bytes)) == entry.fnv1a64w else {
                    throw AlignOnceError(url.path, "corrupted tensor \"\(entry.name)\" (checksum mismatch)")
                }
                let values = [Float](unsafeUninitializedCapacity: entry.count) { buffer, initialized in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(from: bytes)
                    initialized = entry.count
                }
                return (entry.name, values)
            }
        }
    }

    private static func appendLittleEndian(_ value: UInt64, to data: inout Data) {
        withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
    }

    private static func readLittleEndian(_ data: Data, at offset: Int) -> UInt64 {
        var value: UInt64 = 0
        for i in 0..<8 { value |= UInt64(data[data.startIndex + offset + i]) << (8 * UInt64(i)) }
        return value
    }
}
