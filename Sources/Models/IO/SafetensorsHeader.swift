import Foundation
import Tensor

/// Validation of the JSON header entries of a safetensors file.
extension SafetensorsFile {
    static func parseMetadata(_ value: JSONValue, path: String) throws -> [String: String] {
        guard case .object(let fields) = value else {
            throw AlignOnceError(path, "malformed header: '__metadata__' must be an object of strings, got \(value.typeName)")
        }
        var metadata: [String: String] = [:]
        for (key, item) in fields {
            guard case .string(let text) = item else {
                throw AlignOnceError(path, "malformed header: '__metadata__.\(key)' must be a string, got \(item.typeName)")
            }
            metadata[key] = text
        }
        return metadata
    }

    /// One `name: {dtype, shape, data_offsets}` entry, checked against the file size. A shape
    /// too large for the file is caught by the byte-size check (overflow first, so it cannot wrap).
    static func parseEntry(_ name: String, _ value: JSONValue, dataStart: Int, fileSize: Int, path: String) throws -> Entry {
        func bad(_ problem: String) -> AlignOnceError {
            AlignOnceError(path, "tensor '\(name)': \(problem)")
        }
        guard case .object(let fields) = value else { throw bad("header entry must be an object, got \(value.typeName)") }
        guard case .string(let dtypeName)? = fields["dtype"] else { throw bad("missing or non-string 'dtype'") }
        guard let dtype = SafetensorsDType(rawValue: dtypeName) else {
            let known = SafetensorsDType.allCases.map(\.rawValue).joined(separator: ", ")
            throw bad("unsupported dtype '\(dtypeName)' (expected one of \(known))")
        }
        guard case .array(let shapeItems)? = fields["shape"] else { throw bad("missing or non-array 'shape'") }
        var shape: [Int] = []
        var elementCount = 1
        for item in shapeItems {
            guard case .int(let dim) = item, dim >= 0, let size = Int(exactly: dim) else {
                throw bad("shape \(describe(shapeItems)) must contain non-negative integers")
            }
            let (product, overflow) = elementCount.multipliedReportingOverflow(by: size)
            guard !overflow else { throw bad("shape \(describe(shapeItems)) is absurdly large") }
            shape.append(size)
            elementCount = product
        }
        guard case .array(let offsetItems)? = fields["data_offsets"], offsetItems.count == 2,
              case .int(let begin64) = offsetItems[0], case .int(let end64) = offsetItems[1],
              begin64 >= 0, end64 >= 0
        else { throw bad("'data_offsets' must be two non-negative integers [begin, end]") }
        let dataSize = fileSize - dataStart
        guard begin64 <= end64 else { throw bad("data_offsets begin \(begin64) is greater than end \(end64)") }
        guard end64 <= Int64(dataSize) else {
            throw bad("data_offsets end \(end64) is past the end of the data (\(dataSize) bytes)")
        }
        let begin = Int(begin64), end = Int(end64)
        let (expectedBytes, overflow) = elementCount.multipliedReportingOverflow(by: dtype.byteSize)
        guard !overflow else { throw bad("shape \(shape) is absurdly large") }
        guard end - begin == expectedBytes else {
            throw bad("byte size \(end - begin) does not match dtype \(dtypeName) x shape \(shape) = \(expectedBytes) bytes")
        }
        return Entry(dtype: dtype, shape: shape, byteRange: (dataStart + begin)..<(dataStart + end))
    }

    private static func describe(_ items: [JSONValue]) -> String {
        "[" + items.map { $0.serialized(indent: 0) }.joined(separator: ",") + "]"
    }
}
