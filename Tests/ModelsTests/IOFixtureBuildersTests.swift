import Foundation
import Tensor
import XCTest
@testable import Models

/// Builders for hand-made (often deliberately broken) files, shared by the IO/Config tests.
enum IOBuilders {
    /// A safetensors file from a literal header and raw data bytes. `declaredLength` overrides
    /// the 8-byte length field to fake truncated or lying files.
    static func rawSafetensors(header: String, data: [UInt8] = [], declaredLength: UInt64? = nil) -> Data {
        let headerBytes = Array(header.utf8)
        var length = (declaredLength ?? UInt64(headerBytes.count)).littleEndian
        var file = Data(bytes: &length, count: 8)
        file.append(contentsOf: headerBytes)
        file.append(contentsOf: data)
        return file
    }

    static func write(_ data: Data, named name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// A deterministic tensor with distinct, non-round values.
    static func tensor(_ shape: [Int], seed: Float) -> Tensor {
        let count = shape.reduce(1, *)
        return Tensor(shape: shape, values: (0..<count).map { i in sin(Float(i) * 0.7 + seed) * (1 + Float(i % 5)) })
    }

    /// Deterministic weights with exactly the shapes `config` implies.
    static func weights(for config: ModelConfig) -> [(String, Tensor)] {
        ModelDirectory.expectedParameterShapes(config).enumerated().map { index, entry in
            (entry.0, tensor(entry.1, seed: Float(index)))
        }
    }

    static func tinyConfig(modelType: String = "llama", tied: Bool = false) -> ModelConfig {
        ModelConfig(
            modelType: modelType, vocabSize: 32, hiddenSize: 8, intermediateSize: 12, numLayers: 2,
            numHeads: 2, numKVHeads: 1, headDim: 4, ropeTheta: 10000, maxPositions: 64,
            tieWordEmbeddings: tied, attentionBias: modelType == "qwen2", eosTokenIds: [0])
    }
}

/// Asserts `body` throws a one-line `AlignOnceError` whose text contains every fragment.
func assertAlignOnceError<T>(
    _ body: @autoclosure () throws -> T, contains fragments: [String],
    file: StaticString = #filePath, line: UInt = #line
) {
    do {
        _ = try body()
        XCTFail("expected an error containing \(fragments)", file: file, line: line)
    } catch let error as AlignOnceError {
        let text = error.description
        XCTAssertFalse(text.contains("\n"), "error is not one line: \(text)", file: file, line: line)
        for fragment in fragments {
            XCTAssertTrue(text.contains(fragment), "error '\(text)' lacks '\(fragment)'", file: file, line: line)
        }
    } catch {
        XCTFail("expected AlignOnceError, got \(error)", file: file, line: line)
    }
}

final class IOFixtureBuildersTests: XCTestCase {
    func testRawSafetensorsLayout() {
        let file = IOBuilders.rawSafetensors(header: "{}", data: [1, 2])
        XCTAssertEqual(Array(file), [2, 0, 0, 0, 0, 0, 0, 0, 0x7B, 0x7D, 1, 2])
    }
}
