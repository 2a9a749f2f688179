/// Which records' translated prompts MLC scores at a step: the step's own records (harmful ones
/// only if asked), then, when `mlcGroupsPerStep` asks for more, records from an MLC-only shuffle.
///
/// With `contrastPartners` (`--mlc-template-pairs`), half the groups are the step's first
/// records and each is followed by a request of the other kind written with the same template,
/// so a step's centering (`--mlc-centering`) removes what the pair shares (template, language)
/// and what must agree across languages is the harmful/benign difference.
struct MLCRecordPicker {
    private let eligible: [Int]
    private let harmful: [Bool]
    private let harmfulOnly: Bool
    private let count: Int
    private var extra: DemoBatchOrder
    private let contrastPartners: [[Int]]?
    /// Rotates through each record's partners, so every pairing is used over the run.
    private var pairings = 0

    /// `harmful[i]`: whether record i is a harmful request; `contrastPartners[i]`: the records
    /// of the other kind with record i's template (nil: no pairing).
    init(harmful: [Bool], groupsPerStep: Int, harmfulOnly: Bool, seed: UInt64, contrastPartners: [[Int]]? = nil) {
        self.harmful = harmful
        self.harmfulOnly = harmfulOnly
        eligible = harmful.indices.filter { !harmfulOnly || harmful[$0] }
        count = groupsPerStep
        extra = DemoBatchOrder(count: eligible.count, seed: seed ^ 0x31C6)
        self.contrastPartners = contrastPartners
    }

    mutating func records(for batch: [Int]) -> [Int] {
        if let partners = contrastPartners { return pairedRecords(for: batch, partners) }
        return leading(count, of: batch)
    }

    /// The first `wanted` eligible records of the batch, topped up from the MLC-only shuffle
    /// only when asked for more than a batch holds (or on an MLC-only step): at the default
    /// (groups <= batch) this draws nothing, so the default run is the one of before this
    /// option existed.
    private mutating func leading(_ wanted: Int, of batch: [Int]) -> [Int] {
        var out = Array(batch.filter { !harmfulOnly || harmful[$0] }.prefix(wanted))
        if out.count < wanted && (wanted > batch.count || batch.isEmpty) {
            out += extra.next(wanted - out.count).map { eligible[$0] }
        }
        return out
    }

    private mutating func pairedRecords(for batch: [Int], _ partners: [[Int]]) -> [Int] {
        var out: [Int] = []
        for record in leading((count + 1) / 2, of: batch) {
            out.append(record)
            let candidates = record < partners.count ? partners[record] : []
            if !candidates.isEmpty {
                out.append(candidates[pairings % candidates.count])
                pairings += 1
            }
        }
        return Array(out.prefix(count))
    }
}
