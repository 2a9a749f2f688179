import Foundation
import Tensor
import TestSupport
import XCTest
@testable import Models

final class IOSafetensorsTests: XCTestCase {
    func testReadsTheM1ExpectedFile() throws {
        let file = try SafetensorsFile(url: Fixtures.url("m1_llama/expected.safetensors"))
        let expected = try XCTUnwrap(Fixtures.json("m1_llama/expected.json") as? [String: Any])
        let sequences = try XCTUnwrap(expected["sequences"] as? [String: Any])
        let seq1 = try XCTUnwrap(sequences["seq1"] as? [String: Any])
        let ids = try XCTUnwrap(seq1["ids"] as? [Int])
        XCTAssertEqual(try file.int64Values("seq1.input_ids").map(Int.init), ids)
        XCTAssertEqual(ids.count, 17)
        XCTAssertEqual(file.metadata["description"], "fixture=m1_llama generator=tools/make_fixtures.py")
        XCTAssertEqual(file.info("seq1.logits")?.dtype, "F32")
        XCTAssertEqual(try file.floatTensor("seq1.logits").shape, [17, 1024])
        XCTAssertEqual(file.names.first, "gen.new_ids", "names are listed in data order")
        assertAlignOnceError(try file.floatTensor("seq1.input_ids"), contains: ["expected.safetensors", "dtype I64", "expected F32, F16 or BF16"])
        assertAlignOnceError(try file.int64Values("seq1.logits"), contains: ["expected.safetensors", "dtype F32", "expected I64 or I32"])
        assertAlignOnceError(try file.floatTensor("nope"), contains: ["expected.safetensors", "no tensor named 'nope'"])
    }

    /// Rewriting every tensor of the Python-written M1 checkpoint reproduces it byte for byte:
    /// same key order, same header JSON, same padding, same data order.
    func testWriterReproducesThePythonLibraryFileExactly() throws {
        let original = Fixtures.url("m1_llama/model.safetensors")
        let file = try SafetensorsFile(url: original)
        let tensors = try file.names.reversed().map { (name: $0, tensor: try file.floatTensor($0)) }
        let copy = try Fixtures.temporaryDirectory().appendingPathComponent("copy.safetensors")
        try SafetensorsWriter.write(tensors, dtype: .f32, to: copy)
        let written = try Data(contentsOf: copy)
        XCTAssertEqual(written.count, 896_360)
        XCTAssertEqual(written, try Data(contentsOf: original))
    }

    func testF32RoundTripIsBitExact() throws {
        let special: [Float] = [0, -0.0, 1, -1, .infinity, -.infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 1e-30, .nan]
        let tensors = [
            (name: "b.weight", tensor: IOBuilders.tensor([3, 5], seed: 1)),
            (name: "a.special", tensor: Tensor(shape: [special.count], values: special)),
            (name: "c.empty", tensor: Tensor(shape: [0, 4], values: [])),
            (name: "d.scalar", tensor: Tensor(shape: [], values: [42.5])),
        ]
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("x.safetensors")
        try SafetensorsWriter.write(tensors, dtype: .f32, metadata: ["format": "pt", "note": "\"quoted\"\n"], to: url)
        let file = try SafetensorsFile(url: url)
        XCTAssertEqual(file.names, ["a.special", "b.weight", "c.empty", "d.scalar"])
        XCTAssertEqual(file.metadata, ["format": "pt", "note": "\"quoted\"\n"])
        for (name, tensor) in tensors {
            let read = try file.floatTensor(name)
            XCTAssertEqual(read.shape, tensor.shape)
            XCTAssertEqual(read.values.map(\.bitPattern), tensor.values.map(\.bitPattern), name)
        }
        let bytes = try Data(contentsOf: url)
        let headerLength = Int(bytes.prefix(8).reversed().reduce(0) { $0 << 8 | UInt64($1) })
        XCTAssertEqual(headerLength % 8, 0)
        XCTAssertEqual(bytes.count, 8 + headerLength + 4 * (special.count + 15 + 0 + 1))
        let header = String(decoding: bytes[8..<(8 + headerLength)], as: UTF8.self)
        XCTAssertTrue(header.hasPrefix(#"{"__metadata__":{"format":"pt","note":"\"quoted\"\n"},"a.special":{"dtype":"F32","shape":[10],"data_offsets":[0,40]}"#), header)
        XCTAssertTrue(header.contains(#""d.scalar":{"dtype":"F32","shape":[],"data_offsets":[100,104]}"#), header)
    }

    func testBF16RoundsToNearestEven() {
        func roundTrip(_ x: Float) -> Float { HalfPrecision.floatFromBF16(HalfPrecision.bf16FromFloat(x)) }
        XCTAssertEqual(HalfPrecision.bf16FromFloat(1.0), 0x3F80)
        XCTAssertEqual(roundTrip(3.14159), 3.140625)
        XCTAssertEqual(roundTrip(-2.5), -2.5)
        XCTAssertEqual(roundTrip(Float(bitPattern: 0x0001_16C2)).bitPattern, 0x0001_0000, "tiny (≈1e-40) rounds to the nearest bf16 subnormal")
        XCTAssertEqual(roundTrip(Float(bitPattern: 0x0001_8000)).bitPattern, 0x0002_0000, "subnormal tie goes to even")
        XCTAssertEqual(roundTrip(1 + 0x1p-8), 1, "tie goes to the even neighbour (down)")
        XCTAssertEqual(roundTrip(1 + 3 * 0x1p-8), 1 + 4 * 0x1p-8, "tie goes to the even neighbour (up)")
        XCTAssertEqual(roundTrip(1 + 0x1p-8 + 0x1p-20), 1 + 0x1p-7, "just above the tie rounds up")
        XCTAssertEqual(roundTrip(.greatestFiniteMagnitude), .infinity)
        XCTAssertTrue(roundTrip(.nan).isNaN)
        for exact: Float in [0, -0.0, 0.5, 96, -0.375, 1 + 0x1p-7, 0x1p-130] {
            XCTAssertEqual(roundTrip(exact).bitPattern, exact.bitPattern, "\(exact) is representable and must survive")
        }
        // Against an independent rule: pick the nearer of the two bf16 neighbours.
        for x in IOBuilders.tensor([4096], seed: 0.3).values {
            let down = Float(bitPattern: x.bitPattern & 0xFFFF_0000)
            let up = Float(bitPattern: (x.bitPattern & 0xFFFF_0000) + 0x1_0000)
            let dDown = abs(Double(x) - Double(down)), dUp = abs(Double(x) - Double(up))
            let expected = dDown < dUp ? down : (dUp < dDown ? up : ((down.bitPattern >> 16) & 1 == 0 ? down : up))
            XCTAssertEqual(roundTrip(x), expected)
        }
    }

    #if !(os(macOS) && arch(x86_64))
    func testF16ConversionsMatchFloat16() {
        for bits in 0...UInt16.max {
            let mine = HalfPrecision.floatFromF16(bits)
            let reference = Float(Float16(bitPattern: bits))
            XCTAssertTrue(mine.bitPattern == reference.bitPattern || (mine.isNaN && reference.isNaN), "f16 \(bits)")
        }
        var probes: [Float] = [65504, 65519.99, 65520, 1e6, 6e-8, 2.98e-8, 2.99e-8, 1e-10, 0x1p-14, 0x1p-15 * 1.5, 0.1, 1 + 0x1p-11, 1 + 3 * 0x1p-11]
        probes += IOBuilders.tensor([4096], seed: 0.9).values.map { $0 * 37 }
        probes += IOBuilders.tensor([1024], seed: 0.2).values.map { $0 * 1e-5 }
        for x in probes + probes.map({ -$0 }) {
            XCTAssertEqual(HalfPrecision.f16FromFloat(x), Float16(x).bitPattern, "\(x)")
        }
    }
    #endif

    func testHalfPrecisionFilesLoadLikeTheRoundedF32Twin() throws {
        let dir = try Fixtures.temporaryDirectory()
        let tensors = [(name: "w", tensor: IOBuilders.tensor([16, 9], seed: 2)), (name: "v", tensor: Tensor(shape: [4], values: [1, 3.14159, -1e-6, 65504]))]
        try SafetensorsWriter.write(tensors, dtype: .f32, to: dir.appendingPathComponent("f32.safetensors"))
        try SafetensorsWriter.write(tensors, dtype: .bf16, to: dir.appendingPathComponent("bf16.safetensors"))
        try SafetensorsWriter.write(tensors, dtype: .f16, to: dir.appendingPathComponent("f16.safetensors"))
        let f32 = try SafetensorsFile(url: dir.appendingPathComponent("f32.safetensors"))
        let bf16 = try SafetensorsFile(url: dir.appendingPathComponent("bf16.safetensors"))
        let f16 = try SafetensorsFile(url: dir.appendingPathComponent("f16.safetensors"))
        XCTAssertEqual(bf16.info("w")?.dtype, "BF16")
        XCTAssertEqual(f16.info("w")?.dtype, "F16")
        for name in ["w", "v"] {
            let exact = try f32.floatTensor(name)
            XCTAssertEqual(try bf16.floatTensor(name).values, exact.values.map { HalfPrecision.floatFromBF16(HalfPrecision.bf16FromFloat($0)) })
            XCTAssertEqual(try f16.floatTensor(name).values, exact.values.map { HalfPrecision.floatFromF16(HalfPrecision.f16FromFloat($0)) })
            XCTAssertLessThan(try bf16.floatTensor(name).maxAbsDifference(exact), 0.5 * 65504 * 0x1p-8 + 1e-6)
        }
        XCTAssertEqual(try bf16.floatTensor("v").values, [1, 3.140625, -9.98377799987793e-07, 65536])
        XCTAssertEqual(try f16.floatTensor("v").values, [1, 3.140625, -1.013278961181640625e-06, 65504])
    }

    /// Hand-written file with an unpadded header, so every tensor starts unaligned.
    func testReadsUnalignedHalfAndIntegerTensors() throws {
        let header = #"{"h":{"dtype":"F16","shape":[2],"data_offsets":[0,4]},"b":{"dtype":"BF16","shape":[1],"data_offsets":[4,6]},"i":{"dtype":"I32","shape":[2],"data_offsets":[6,14]},"f":{"dtype":"F32","shape":[1],"data_offsets":[14,18]}}"#
        let data: [UInt8] = [0x00, 0x3C, 0x00, 0xC1, 0x49, 0x40, 0xFE, 0xFF, 0xFF, 0xFF, 0x07, 0, 0, 0, 0x00, 0x00, 0x20, 0x41]
        let url = try IOBuilders.write(IOBuilders.rawSafetensors(header: header, data: data), named: "u.safetensors", in: Fixtures.temporaryDirectory())
        let file = try SafetensorsFile(url: url)
        XCTAssertEqual(try file.floatTensor("h").values, [1, -2.5])
        XCTAssertEqual(try file.floatTensor("b").values, [3.140625])
        XCTAssertEqual(try file.int64Values("i"), [-2, 7])
        XCTAssertEqual(try file.floatTensor("f").values, [10])
        XCTAssertEqual(file.metadata, [:])
    }

    func testEveryMalformedFileIsAOneLineErrorNamingTheFile() throws {
        let dir = try Fixtures.temporaryDirectory()
        func entry(_ name: String, _ dtype: String, _ shape: String, _ offsets: String) -> String {
            #""\#(name)":{"dtype":"\#(dtype)","shape":\#(shape),"data_offsets":\#(offsets)}"#
        }
        let cases: [(String, Data, [String])] = [
            ("short", Data([1, 2, 3]), ["3 bytes, shorter than the 8-byte"]),
            ("lying-length", IOBuilders.rawSafetensors(header: "{}", declaredLength: 1000), ["header length 1000 runs past the end of the file (10 bytes)"]),
            ("huge-length", IOBuilders.rawSafetensors(header: "{}", declaredLength: .max), ["runs past the end"]),
            ("bad-json", IOBuilders.rawSafetensors(header: "{\"a\": {"), ["malformed JSON"]),
            ("not-object", IOBuilders.rawSafetensors(header: "[1]"), ["expected a JSON object, got an array"]),
            ("unknown-dtype", IOBuilders.rawSafetensors(header: "{" + entry("a", "F64", "[1]", "[0,8]") + "}", data: [UInt8](repeating: 0, count: 8)),
             ["tensor 'a'", "unsupported dtype 'F64'"]),
            ("past-end", IOBuilders.rawSafetensors(header: "{" + entry("a", "F32", "[2]", "[0,8]") + "}", data: [0, 0, 0, 0]),
             ["tensor 'a'", "end 8 is past the end of the data (4 bytes)"]),
            ("begin-after-end", IOBuilders.rawSafetensors(header: "{" + entry("a", "F32", "[2]", "[8,0]") + "}", data: [UInt8](repeating: 0, count: 8)),
             ["tensor 'a'", "begin 8 is greater than end 0"]),
            ("overlap", IOBuilders.rawSafetensors(header: "{" + entry("a", "F32", "[2]", "[0,8]") + "," + entry("b", "F32", "[2]", "[4,12]") + "}", data: [UInt8](repeating: 0, count: 12)),
             ["'a' and 'b' overlap"]),
            ("size-mismatch", IOBuilders.rawSafetensors(header: "{" + entry("a", "F32", "[3]", "[0,8]") + "}", data: [UInt8](repeating: 0, count: 8)),
             ["tensor 'a'", "byte size 8 does not match dtype F32 x shape [3] = 12 bytes"]),
            ("negative-shape", IOBuilders.rawSafetensors(header: "{" + entry("a", "F32", "[-1]", "[0,0]") + "}"), ["tensor 'a'", "shape [-1] must contain non-negative integers"]),
            ("absurd-shape", IOBuilders.rawSafetensors(header: "{" + entry("a", "F32", "[1000000000,1000000000,1000000000]", "[0,4]") + "}", data: [0, 0, 0, 0]),
             ["tensor 'a'", "absurdly large"]),
            ("too-big-for-data", IOBuilders.rawSafetensors(header: "{" + entry("a", "F32", "[100000,100000]", "[0,4]") + "}", data: [0, 0, 0, 0]),
             ["tensor 'a'", "byte size 4 does not match dtype F32 x shape [100000, 100000] = 40000000000 bytes"]),
            ("bad-offsets", IOBuilders.rawSafetensors(header: "{" + entry("a", "F32", "[1]", "[0]") + "}"), ["'data_offsets' must be two"]),
            ("no-dtype", IOBuilders.rawSafetensors(header: #"{"a":{"shape":[1],"data_offsets":[0,4]}}"#), ["missing or non-string 'dtype'"]),
            ("bad-metadata", IOBuilders.rawSafetensors(header: #"{"__metadata__":{"format":1}}"#), ["'__metadata__.format' must be a string"]),
        ]
        for (name, bytes, fragments) in cases {
            let url = try IOBuilders.write(bytes, named: "\(name).safetensors", in: dir)
            assertAlignOnceError(try SafetensorsFile(url: url), contains: [url.path] + fragments)
        }
        assertAlignOnceError(try SafetensorsFile(url: dir.appendingPathComponent("absent.safetensors")), contains: ["absent.safetensors", "cannot read"])
    }

    func testWriterRejectsInconsistentInputAndLeavesNoTemporaryFiles() throws {
        let dir = try Fixtures.temporaryDirectory()
        let url = dir.appendingPathComponent("w.safetensors")
        assertAlignOnceError(try SafetensorsWriter.write([(name: "a", tensor: Tensor(shape: [2, 2], values: [1]))], dtype: .f32, to: url),
                             contains: [url.path, "tensor 'a' has shape [2, 2] but 1 values"])
        let one = IOBuilders.tensor([2], seed: 0)
        assertAlignOnceError(try SafetensorsWriter.write([(name: "a", tensor: one), (name: "a", tensor: one)], dtype: .f32, to: url),
                             contains: ["'a' is reserved or used twice"])
        assertAlignOnceError(try SafetensorsWriter.write([(name: "a", tensor: one)], dtype: .i64, to: url), contains: ["as I64"])
        // A missing output folder is created (as `--out new/dir/f.safetensors` expects).
        let newFolder = dir.appendingPathComponent("new/dir/w.safetensors")
        try SafetensorsWriter.write([(name: "a", tensor: one)], dtype: .f32, to: newFolder)
        XCTAssertEqual(try SafetensorsFile(url: newFolder).names, ["a"])
        try FileManager.default.removeItem(at: dir.appendingPathComponent("new"))
        // Overwriting replaces the file in one rename and leaves nothing else behind.
        try SafetensorsWriter.write([(name: "a", tensor: one)], dtype: .f32, to: url)
        try SafetensorsWriter.write([(name: "b", tensor: one)], dtype: .bf16, to: url)
        XCTAssertEqual(try SafetensorsFile(url: url).names, ["b"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), ["w.safetensors"])
    }
}
