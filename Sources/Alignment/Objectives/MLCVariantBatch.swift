import Foundation
import Tensor
import Models

/// A forward pass that already holds some variants' hidden states: the objective's own batch,
/// whose chosen (or SFT) row of example g starts with group g's source-language prompt. Under
/// causal attention the prompt's hidden states in that row are exactly those of the prompt run
/// alone, so that variant need not run again (`rows[g]`: the row of group g, nil = none).
public struct MLCSharedPass {
    public let pass: ForwardPass
    public let rows: [Int?]

    public init(pass: ForwardPass, rows: [Int?]) {
        self.pass = pass
        self.rows = rows
    }
}

/// Where every variant of a list of MLC groups lives (groups back to back): in the term's own
/// right-padded batch, or in a prefix of a row of a shared pass. Pools hidden states and
/// scatters the pooled gradients back.
struct MLCVariantBatch {
    enum Source { case own, shared }
    struct Location {
        let source: Source
        let row: Int
        let length: Int
    }

    let locations: [Location]
    let groupSizes: [Int]
    /// The own batch: [ownRows, seq] tokens of the variants not found in the shared pass.
    let tokens: [Int32]
    let ownRows: Int
    let seq: Int
    let sharedSeq: Int
    var rows: Int { locations.count }

    init(_ groups: [MLCVariantGroup], shared: MLCSharedPass? = nil) throws {
        guard !groups.isEmpty else { throw AlignOnceError("mlc batch", "has no prompt groups") }
        var locations: [Location] = [], own: [[Int32]] = []
        for (g, group) in groups.enumerated() {
            guard group.ids.count >= 2, group.languages.count == group.ids.count else {
                throw AlignOnceError("mlc group \(g)", "has \(group.ids.count) variants and \(group.languages.count) "
                    + "language names; MLC needs at least 2 variants, one language name each")
            }
            if let empty = group.ids.firstIndex(where: \.isEmpty) {
                throw AlignOnceError("mlc group \(g)", "variant '\(group.languages[empty])' has no tokens")
            }
            let sharedRow = shared.flatMap { g < $0.rows.count ? $0.rows[g] : nil }
            let sharedIndex = Self.sharedVariant(group, row: sharedRow, pass: shared?.pass)
            for (k, ids) in group.ids.enumerated() {
                if k == sharedIndex, let row = sharedRow {
                    locations.append(Location(source: .shared, row: row, length: ids.count))
                } else {
                    locations.append(Location(source: .own, row: own.count, length: ids.count))
                    own.append(ids)
                }
            }
        }
        self.locations = locations
        groupSizes = groups.map(\.ids.count)
        ownRows = own.count
        seq = own.map(\.count).max() ?? 1
        sharedSeq = shared?.pass.seq ?? 0
        var tokens = [Int32](repeating: SequenceBatch.padding, count: ownRows * seq)
        for (r, ids) in own.enumerated() { for t in ids.indices { tokens[r * seq + t] = ids[t] } }
        self.tokens = tokens
    }

    /// The first variant of `group` whose ids are a prefix of `row` of `pass`.
    private static func sharedVariant(_ group: MLCVariantGroup, row: Int?, pass: ForwardPass?) -> Int? {
        guard let row, let pass, row >= 0, row < pass.batch else { return nil }
        let start = row * pass.seq
        return group.ids.firstIndex { ids in
            ids.count <= pass.seq && ids.indices.allSatisfy { pass.tokens[start + $0] == ids[$0] }
        }
    }

    /// Positions the pooling reads in a variant's row, and the weight of each.
    private func pooledPositions(_ v: Location, _ pooling: MLCPooling) -> (Range<Int>, Float) {
        switch pooling {
        case .last: return ((v.length - 1)..<v.length, 1)
        case .mean: return (0..<v.length, 1 / Float(v.length))
        }
    }

    /// Start of row `v.row` in a [rows·seq, d] buffer of the variant's source.
    private func rowStart(_ v: Location, own: UnsafeMutablePointer<Float>?, shared: UnsafeMutablePointer<Float>?,
                          d: Int) throws -> UnsafeMutablePointer<Float> {
        let base = v.source == .own ? own : shared
        guard let base else { throw AlignOnceError("mlc", "a variant's hidden state is missing from its pass") }
        return base + v.row * (v.source == .own ? seq : sharedSeq) * d
    }

    /// [rows, d] pooled vectors, read from the own and the shared [rows·seq, d] hidden states.
    func pool(own: FloatBuffer?, shared: FloatBuffer?, dimension d: Int, _ pooling: MLCPooling) throws -> [Float] {
        var out = [Float](repeating: 0, count: rows * d)
        try out.withUnsafeMutableBufferPointer { o in
            for (r, v) in locations.enumerated() {
                let start = try rowStart(v, own: own?.pointer, shared: shared?.pointer, d: d)
                let (positions, w) = pooledPositions(v, pooling)
                for t in positions { for f in 0..<d { o[r * d + f] += w * start[t * d + f] } }
            }
        }
        return out
    }

    /// Adds the pooling's backward of `dPooled` ([rows, d]) into the own / shared gradient buffers.
    func scatter(_ dPooled: [Float], dimension d: Int, _ pooling: MLCPooling, own: FloatBuffer?, shared: FloatBuffer?) throws {
        try dPooled.withUnsafeBufferPointer { g in
            for (r, v) in locations.enumerated() {
                let start = try rowStart(v, own: own?.pointer, shared: shared?.pointer, d: d)
                let (positions, w) = pooledPositions(v, pooling)
                for t in positions { for f in 0..<d { start[t * d + f] += w * g[r * d + f] } }
            }
        }
    }

    /// The pooled row of each group's anchor variant (`anchors[g]`: its index in group g, nil
    /// for a group without one), in group order.
    func anchorRows(_ anchors: [Int?]) -> [Int] {
        var rows: [Int] = [], offset = 0
        for (g, m) in groupSizes.enumerated() {
            if let a = anchors[g], a < m { rows.append(offset + a) }
            offset += m
        }
        return rows
    }

    /// Mean over groups of the raw consistency score and mean pairwise cosine.
    func consistency(_ pooled: UnsafeBufferPointer<Float>, dimension d: Int) throws
        -> (score: Double, meanPairwiseCosine: Double) {
        var score = 0.0, cosine = 0.0, offset = 0
        for m in groupSizes {
            let group = UnsafeBufferPointer(rebasing: pooled[(offset * d)..<((offset + m) * d)])
            let c = try MLCGroupLoss.consistency(representations: group, m: m, p: d)
            score += c.score
            cosine += c.meanPairwiseCosine
            offset += m
        }
        let n = Double(groupSizes.count)
        return (score / n, cosine / n)
    }
}
