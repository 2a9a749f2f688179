import Foundation
import Tensor

/// A `.safetensors` file, validated completely when opened.
///
/// The file is memory-mapped, not read: opening a multi-gigabyte checkpoint costs only the
/// header, and each tensor is converted straight from the mapped bytes into its `[Float]`
/// (one copy, no intermediate `Data`).
public struct SafetensorsFile {
    /// Where one tensor's bytes are, relative to the start of the file.
    public struct Entry: Sendable {
        public let dtype: SafetensorsDType
        public let shape: [Int]
        public let byteRange: Range<Int>
        public var elementCount: Int { shape.reduce(1, *) }
    }

    public let url: URL
    /// Tensor names in the order their data is stored.
    public let names: [String]
    /// The `__metadata__` strings (e.g. `["format": "pt"]`); empty when absent.
    public let metadata: [String: String]
    private let entries: [String: Entry]
    private let bytes: Data

    /// Safetensors' own limit; a larger header means a corrupt length field.
    static let maximumHeaderLength = 100_000_000

    public init(url: URL) throws {
        let path = url.path
        let bytes: Data
        do {
            bytes = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw AlignOnceError(path, "cannot read safetensors file (\(error.localizedDescription))")
        }
        guard bytes.count >= 8 else {
            throw AlignOnceError(path, "file is \(bytes.count) bytes, shorter than the 8-byte safetensors header length")
        }
        let headerLength = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        guard headerLength <= UInt64(bytes.count - 8) else {
            throw AlignOnceError(path, "header length \(headerLength) runs past the end of the file (\(bytes.count) bytes)")
        }
        guard headerLength <= UInt64(Self.maximumHeaderLength) else {
            throw AlignOnceError(path, "header length \(headerLength) exceeds the safetensors limit of \(Self.maximumHeaderLength) bytes")
        }
        let dataStart = 8 + Int(headerLength)
        let header = try JSONValue.parse(bytes.subdata(in: 8..<dataStart), source: path)
        guard case .object(let fields) = header else {
            throw AlignOnceError(path, "malformed header: expected a JSON object, got \(header.typeName)")
        }

        var metadata: [String: String] = [:]
        var entries: [String: Entry] = [:]
        for (name, value) in fields {
            if name == "__metadata__" {
                metadata = try Self.parseMetadata(value, path: path)
            } else {
                entries[name] = try Self.parseEntry(name, value, dataStart: dataStart, fileSize: bytes.count, path: path)
            }
        }
        let ordered = entries.sorted {
            ($0.value.byteRange.lowerBound, $0.value.byteRange.upperBound, $0.key)
                < ($1.value.byteRange.lowerBound, $1.value.byteRange.upperBound, $1.key)
        }
        for (previous, next) in zip(ordered, ordered.dropFirst())
        where previous.value.byteRange.upperBound > next.value.byteRange.lowerBound {
            throw AlignOnceError(path, "tensors '\(previous.key)' and '\(next.key)' overlap in the data section")
        }
        self.url = url
        self.names = ordered.map(\.key)
        self.metadata = metadata
        self.entries = entries
        self.bytes = bytes
    }

    public func contains(_ name: String) -> Bool { entries[name] != nil }

    public func entry(_ name: String) -> Entry? { entries[name] }

    public func info(_ name: String) -> (dtype: String, shape: [Int])? {
        entries[name].map { ($0.dtype.rawValue, $0.shape) }
    }

    /// A float tensor (F32, F16 or BF16) converted to float32.
    public func floatTensor(_ name: String) throws -> Tensor {
        let entry = try lookup(name)
        guard entry.dtype.isFloatingPoint else {
            throw AlignOnceError(url.path, "tensor '\(name)' has dtype \(entry.dtype.rawValue), expected F32, F16 or BF16")
        }
        let count = entry.elementCount
        let values = [Float](unsafeUninitializedCapacity: count) { out, initialized in
            bytes.withUnsafeBytes { raw in
                let source = UnsafeRawBufferPointer(rebasing: raw[entry.byteRange])
                Self.convert(source, dtype: entry.dtype, into: out)
            }
            initialized = count
        }
        return Tensor(shape: entry.shape, values: values)
    }

    /// An integer tensor (I64 or I32) as `Int64` values.
    public func int64Values(_ name: String) throws -> [Int64] {
        let entry = try lookup(name)
        guard entry.dtype == .i64 || entry.dtype == .i32 else {
            throw AlignOnceError(url.path, "tensor '\(name)' has dtype \(entry.dtype.rawValue), expected I64 or I32")
        }
        return bytes.withUnsafeBytes { raw in
            let source = UnsafeRawBufferPointer(rebasing: raw[entry.byteRange])
            return (0..<entry.elementCount).map { i in
                entry.dtype == .i64
                    ? Int64(littleEndian: source.loadUnaligned(fromByteOffset: i * 8, as: Int64.self))
                    : Int64(Int32(littleEndian: source.loadUnaligned(fromByteOffset: i * 4, as: Int32.self)))
            }
        }
    }

    private func lookup(_ name: String) throws -> Entry {
        guard let entry = entries[name] else {
            throw AlignOnceError(url.path, "no tensor named '\(name)'")
        }
        return entry
    }

    /// Decodes little-endian elements into float32, in parallel chunks for big tensors.
    private static func convert(_ source: UnsafeRawBufferPointer, dtype: SafetensorsDType, into out: UnsafeMutableBufferPointer<Float>) {
        guard let base = out.baseAddress, let sourceBase = source.baseAddress else { return }
        Parallel.forEachChunk(out.count, costPerItem: 2) { range in
            switch dtype {
            case .f32:
                // Data offsets need not be 4-aligned, so copy bytes rather than bind memory.
                // (Little-endian hosts only, like every platform Swift targets here.)
                UnsafeMutableRawPointer(base + range.lowerBound).copyMemory(
                    from: sourceBase + range.lowerBound * 4, byteCount: range.count * 4)
            case .bf16:
                for i in range {
                    base[i] = HalfPrecision.floatFromBF16(UInt16(littleEndian: source.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self)))
                }
            case .f16:
                for i in range {
                    base[i] = HalfPrecision.floatFromF16(UInt16(littleEndian: source.loadUnaligned(fromByteOffset: i * 2, as: UInt16.self)))
                }
            case .i64, .i32:
                break  // excluded by the caller
            }
        }
    }
}
