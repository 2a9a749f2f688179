import XCTest
import Tensor
@testable import Alignment

final class DataSamplingTests: XCTestCase {
    func testTruncationFollowsTRLRule() {
        var report = TruncationReport()
        let prompt = Array(0..<10), chosen = Array(100..<106), rejected = Array(200..<203)

        // Fits: untouched.
        let fits = TruncationLimits(maxLength: 16, maxPromptLength: 8, mode: .keepEnd)
        XCTAssertEqual(fits.apply(prompt: prompt, responses: [chosen, rejected], report: &report),
                       TruncatedSequences(prompt: prompt, responses: [chosen, rejected]))

        // 10 + 6 > 14: prompt cut to 8 (last 8 for keep_end); 8 + 6 = 14 fits, responses kept.
        let keepEnd = TruncationLimits(maxLength: 14, maxPromptLength: 8, mode: .keepEnd)
        XCTAssertEqual(keepEnd.apply(prompt: prompt, responses: [chosen, rejected], report: &report),
                       TruncatedSequences(prompt: Array(2..<10), responses: [chosen, rejected]))
        let keepStart = TruncationLimits(maxLength: 14, maxPromptLength: 8, mode: .keepStart)
        XCTAssertEqual(keepStart.apply(prompt: prompt, responses: [chosen, rejected], report: &report)?.prompt, Array(0..<8))

        // 8 + 6 > 12: responses cut to 12 - 8 = 4 tokens each (the shorter one is left whole).
        let tight = TruncationLimits(maxLength: 12, maxPromptLength: 8, mode: .keepEnd)
        XCTAssertEqual(tight.apply(prompt: prompt, responses: [chosen, rejected], report: &report),
                       TruncatedSequences(prompt: Array(2..<10), responses: [Array(100..<104), rejected]))

        // Short prompt, long response: TRL still reserves max_prompt_length, response gets 12 - 8.
        let single = tight.apply(prompt: [1, 2, 3], response: Array(0..<20), report: &report)
        XCTAssertEqual(single?.prompt, [1, 2, 3])
        XCTAssertEqual(single?.response, Array(0..<4))

        // No response budget: dropped.
        let impossible = TruncationLimits(maxLength: 8, maxPromptLength: 8, mode: .keepEnd)
        XCTAssertNil(impossible.apply(prompt: prompt, responses: [chosen], report: &report))
        XCTAssertEqual(report, TruncationReport(truncated: 4, dropped: 1))
    }

    func testGeneratorIsDeterministicAndResumable() throws {
        var a = SeededGenerator(seed: 42)
        var b = SeededGenerator(seed: 42)
        var c = SeededGenerator(seed: 43)
        let first = (0..<5).map { _ in a.next() }
        XCTAssertEqual(first, (0..<5).map { _ in b.next() })
        XCTAssertNotEqual(first, (0..<5).map { _ in c.next() })
        XCTAssertEqual(Set(first).count, 5)

        let saved = try JSONEncoder().encode(a)
        let expected = (0..<100).map { _ in a.next() }
        var restored = try JSONDecoder().decode(SeededGenerator.self, from: saved)
        XCTAssertEqual((0..<100).map { _ in restored.next() }, expected)

        XCTAssertThrowsError(try JSONDecoder().decode(SeededGenerator.self, from: Data(#"["0","0","0","0"]"#.utf8)))
        XCTAssertThrowsError(try JSONDecoder().decode(SeededGenerator.self, from: Data(#"["zz","1","2","3"]"#.utf8)))
    }

    func testBoundedIndicesAreUniformAndUnitFloatsInRange() {
        var g = SeededGenerator(seed: 7)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[g.nextIndex(below: 6)] += 1 }
        for count in counts { XCTAssertEqual(Double(count), 10_000, accuracy: 400) }  // ~4.4 sigma
        var sum = 0.0
        for _ in 0..<10_000 {
            let x = g.nextUnitFloat()
            XCTAssertTrue(x >= 0 && x < 1)
            sum += Double(x)
        }
        XCTAssertEqual(sum / 10_000, 0.5, accuracy: 0.01)
    }

    func testSamplerCoversEachEpochOnceAndReshuffles() throws {
        var sampler = try BatchSampler(count: 10, batchSize: 3, seed: 1)
        XCTAssertEqual(sampler.batchesPerEpoch, 4)
        let epoch0 = (0..<4).map { _ in sampler.next() }
        XCTAssertEqual(epoch0.map(\.count), [3, 3, 3, 1])
        XCTAssertEqual(epoch0.flatMap { $0 }.sorted(), Array(0..<10))
        let epoch1 = (0..<4).map { _ in sampler.next() }
        XCTAssertEqual(epoch1.flatMap { $0 }.sorted(), Array(0..<10))
        XCTAssertNotEqual(epoch0.flatMap { $0 }, epoch1.flatMap { $0 })
        XCTAssertEqual(sampler.position, BatchSampler.Position(epoch: 1, batch: 4))

        var dropping = try BatchSampler(count: 10, batchSize: 3, seed: 1, dropLast: true)
        XCTAssertEqual(dropping.batchesPerEpoch, 3)
        XCTAssertEqual((0..<3).map { _ in dropping.next() }, Array(epoch0.prefix(3)), "same seed, same order")
        XCTAssertEqual(dropping.next().count, 3)
        XCTAssertEqual(dropping.position, BatchSampler.Position(epoch: 1, batch: 1))

        let ordered = try BatchSampler(count: 5, batchSize: 2, seed: 9, shuffle: false)
        XCTAssertEqual(ordered.order(epoch: 3), [0, 1, 2, 3, 4])
    }

    func testSamplerResumesExactlyFromSavedPosition() throws {
        var original = try BatchSampler(count: 17, batchSize: 4, seed: 123)
        for _ in 0..<7 { _ = original.next() }
        let saved = try JSONEncoder().encode(original.position)
        let expected = (0..<9).map { _ in original.next() }

        let position = try JSONDecoder().decode(BatchSampler.Position.self, from: saved)
        var resumed = try BatchSampler(count: 17, batchSize: 4, seed: 123, position: position)
        XCTAssertEqual((0..<9).map { _ in resumed.next() }, expected)
    }

    func testSamplerRejectsBadSettings() {
        XCTAssertThrowsError(try BatchSampler(count: 0, batchSize: 2, seed: 0))
        XCTAssertThrowsError(try BatchSampler(count: 3, batchSize: 0, seed: 0)) { error in
            XCTAssertEqual((error as? AlignOnceError)?.location, "batch-size")
        }
        XCTAssertThrowsError(try BatchSampler(count: 3, batchSize: 4, seed: 0, dropLast: true))
        XCTAssertThrowsError(try BatchSampler(count: 3, batchSize: 1, seed: 0, position: .init(epoch: 0, batch: 9)))
    }
}
