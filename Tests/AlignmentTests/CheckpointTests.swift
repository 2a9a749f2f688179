import XCTest
import Tensor
import TestSupport
@testable import Alignment

final class CheckpointTests: XCTestCase {
    private func makeCheckpoint(step: Int, size: Int = 1000) throws -> Checkpoint {
        var rng = SeededGenerator(seed: UInt64(step))
        let parameters = (0..<size).map { _ in rng.nextUnitFloat() * 2 - 1 }
        // Values whose bits must survive exactly: subnormals, -0, extremes, NaN payload.
        let special: [Float] = [.leastNonzeroMagnitude, -0.0, .greatestFiniteMagnitude, -.infinity,
                                Float(bitPattern: 0x7FC0_1234), 1.0 / 3.0]
        var optimizer = try AdamW(parameterCount: size, learningRate: 1e-4, weightDecay: 0.01, noDecayRanges: [0..<10])
        optimizer.step = step
        optimizer.m = parameters.map { $0 * 0.1 }
        optimizer.v = parameters.map { $0 * $0 }
        let state = TrainingState(step: step, epoch: step / 10, sampler: .init(epoch: step / 10, batch: step % 10),
                                  rng: rng, optimizer: optimizer.scalarState, configHash: "00ff00ff00ff00ff",
                                  metrics: ["loss": 0.6931471805599453, "mlc_loss": 1e-7])
        return Checkpoint(state: state, tensors: [("parameters", parameters), ("adamw.m", optimizer.m),
                                                  ("adamw.v", optimizer.v), ("special", special), ("empty", [])])
    }

    private func bits(_ values: [Float]) -> [UInt32] { values.map(\.bitPattern) }

    func testRoundTripIsBitExact() throws {
        let store = CheckpointStore(directory: try Fixtures.temporaryDirectory("ckpt"), keepLast: 3)
        let original = try makeCheckpoint(step: 123)
        let url = try store.save(original)
        XCTAssertEqual(url.lastPathComponent, "step-000123")
        let loaded = try store.load(url)
        XCTAssertEqual(loaded.state, original.state)
        XCTAssertEqual(loaded.tensors.map(\.name), original.tensors.map(\.name))
        for (a, b) in zip(loaded.tensors, original.tensors) {
            XCTAssertEqual(bits(a.values), bits(b.values), a.name)
        }
        var resumedRNG = loaded.state.rng
        var originalRNG = original.state.rng
        XCTAssertEqual(resumedRNG.next(), originalRNG.next())
        XCTAssertEqual(try loaded.tensor("adamw.m").count, 1000)
        XCTAssertThrowsError(try loaded.tensor("extractor.weight"))
        XCTAssertEqual(CheckpointStore.latest(in: store.directory)?.path, url.path)
    }

    func testCorruptionAndTruncationAreDetectedNamingTheFile() throws {
        let store = CheckpointStore(directory: try Fixtures.temporaryDirectory("ckpt"))
        let url = try store.save(try makeCheckpoint(step: 5))
        let tensors = url.appendingPathComponent("tensors.bin")
        let pristine = try Data(contentsOf: tensors)

        func expectFailure(_ mutate: (inout Data) -> Void, mentions: String, file: StaticString = #filePath, line: UInt = #line) throws {
            var damaged = pristine
            mutate(&damaged)
            try damaged.write(to: tensors)
            XCTAssertThrowsError(try store.load(url), file: file, line: line) { error in
                let error = error as? AlignOnceError
                XCTAssertEqual(error?.location, tensors.path, file: file, line: line)
                XCTAssertTrue(error?.problem.contains(mentions) ?? false, "\(String(describing: error))", file: file, line: line)
            }
        }
        try expectFailure({ $0[$0.count - 10] ^= 0x01 }, mentions: "corrupted tensor \"special\"")
        try expectFailure({ $0[$0.count - 1000] ^= 0x80 }, mentions: "corrupted tensor \"adamw.v\"")
        try expectFailure({ $0 = $0.prefix($0.count - 3) }, mentions: "truncated")
        try expectFailure({ $0[30] ^= 0x20 }, mentions: "header")
        try expectFailure({ $0 = $0.prefix(12) }, mentions: "truncated preamble")

        try pristine.write(to: tensors)
        XCTAssertNoThrow(try store.load(url))
        let state = url.appendingPathComponent("state.json")
        let text = try String(contentsOf: state, encoding: .utf8)
        try text.replacingOccurrences(of: "\"step\" : 5", with: "\"step\" : 6").write(to: state, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try store.load(url)) { error in
            XCTAssertEqual((error as? AlignOnceError)?.location, state.path)
            XCTAssertTrue((error as? AlignOnceError)?.problem.contains("checksum") ?? false)
        }
        try String(text.prefix(40)).write(to: state, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try store.load(url)) { error in
            XCTAssertEqual((error as? AlignOnceError)?.location, state.path)
        }
    }

    func testCrashLeftoversDoNotBreakLatest() throws {
        let directory = try Fixtures.temporaryDirectory("ckpt")
        let store = CheckpointStore(directory: directory, keepLast: 2)
        let first = try store.save(try makeCheckpoint(step: 10))

        // A save of step 20 that died half-way: temp dir with a partial tensor file, no state.
        let stale = directory.appendingPathComponent("step-000020.tmp-99999")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try Data([1, 2, 3]).write(to: stale.appendingPathComponent("tensors.bin"))
        try Data("junk".utf8).write(to: directory.appendingPathComponent("latest.tmp-99999"))
        XCTAssertEqual(CheckpointStore.latest(in: directory)?.path, first.path)
        XCTAssertEqual(try store.loadLatest()?.state.step, 10)

        // A pointer naming a missing directory falls back to the newest complete one.
        try Data("step-000030\n".utf8).write(to: directory.appendingPathComponent("latest"))
        XCTAssertEqual(CheckpointStore.latest(in: directory)?.path, first.path)

        // The next save cleans the leftovers.
        try store.save(try makeCheckpoint(step: 20))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        XCTAssertEqual(names, ["latest", "step-000010", "step-000020"])
        XCTAssertThrowsError(try store.save(Checkpoint(state: try makeCheckpoint(step: 40).state,
                                                       tensors: [("a", [1]), ("a", [2])])))
        XCTAssertEqual(CheckpointStore.latest(in: directory)?.lastPathComponent, "step-000020", "a failed save leaves latest alone")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(), names, "and cleans its temporary")
        XCTAssertEqual(try store.loadLatest()?.state.step, 20)
    }

    func testRotationKeepsNewestAndResavingAStepReplacesIt() throws {
        let directory = try Fixtures.temporaryDirectory("ckpt")
        let store = CheckpointStore(directory: directory, keepLast: 2)
        for step in [5, 10, 15, 20] { try store.save(try makeCheckpoint(step: step, size: 50)) }
        XCTAssertEqual(CheckpointStore.completeCheckpoints(in: directory).map(\.step), [15, 20])
        XCTAssertEqual(try String(contentsOf: directory.appendingPathComponent("latest"), encoding: .utf8), "step-000020\n")

        var replacement = try makeCheckpoint(step: 20, size: 50)
        replacement.state.metrics = ["loss": 0.25]
        try store.save(replacement)
        XCTAssertEqual(try store.loadLatest()?.state.metrics, ["loss": 0.25])
        XCTAssertEqual(CheckpointStore.completeCheckpoints(in: directory).map(\.step), [15, 20])

        let keepAll = CheckpointStore(directory: directory, keepLast: 0)
        try keepAll.save(try makeCheckpoint(step: 25, size: 50))
        try keepAll.save(try makeCheckpoint(step: 30, size: 50))
        XCTAssertEqual(CheckpointStore.completeCheckpoints(in: directory).map(\.step), [15, 20, 25, 30])
        XCTAssertNil(CheckpointStore.latest(in: try Fixtures.temporaryDirectory("empty")))
    }
}

final class ChecksumTests: XCTestCase {
    /// Published FNV-1a 64 test vectors.
    func testFNV1aKnownVectors() {
        XCTAssertEqual(FNV1a64.hash(Data()), 0xCBF2_9CE4_8422_2325)
        XCTAssertEqual(FNV1a64.hash(Data("a".utf8)), 0xAF63_DC4C_8601_EC8C)
        XCTAssertEqual(FNV1a64.hash(Data("foobar".utf8)), 0x8594_4171_F739_67E8)
    }

    func testWordHashDetectsEveryWordChangeAndHandlesTails() {
        let base = (0..<37).map { UInt8($0 &* 7) }
        let reference = base.withUnsafeBytes { FNV1a64.hashWords($0) }
        for position in [0, 8, 31, 36] {
            var changed = base
            changed[position] ^= 0x01
            XCTAssertNotEqual(changed.withUnsafeBytes { FNV1a64.hashWords($0) }, reference, "byte \(position)")
        }
        XCTAssertNotEqual(Array(base.prefix(36)).withUnsafeBytes { FNV1a64.hashWords($0) }, reference)
        // Fewer than 8 bytes: plain byte-wise FNV-1a.
        XCTAssertEqual(Array("foobar".utf8).withUnsafeBytes { FNV1a64.hashWords($0) }, 0x8594_4171_F739_67E8)
    }
}
