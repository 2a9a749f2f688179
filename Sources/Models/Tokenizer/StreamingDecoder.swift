/// Incremental decoding for generation: `append` returns only the text completed by the
/// new id. Bytes of a character that is not finished yet are held back until a later id
/// completes it, so the concatenated outputs (plus `finish()`) equal `decode` of all ids.
public struct StreamingDecoder {
    public let tokenizer: Tokenizer
    public let skipSpecialTokens: Bool
    private var pending: [UInt8] = []
    private var isFirst = true

    public init(tokenizer: Tokenizer, skipSpecialTokens: Bool = false) {
        self.tokenizer = tokenizer
        self.skipSpecialTokens = skipSpecialTokens
    }

    /// The newly completed text (possibly empty).
    public mutating func append(_ id: Int) -> String {
        tokenizer.appendBytes(of: id, skipSpecialTokens: skipSpecialTokens, isFirst: &isFirst, to: &pending)
        let complete = pending.count - UTF8Repair.incompleteSuffixLength(pending)
        guard complete > 0 else { return "" }
        let text = UTF8Repair.lossyString(pending[..<complete])
        pending.removeFirst(complete)
        return text
    }

    /// Flushes held-back bytes of an unfinished character (as U+FFFD) at the end of a stream.
    public mutating func finish() -> String {
        defer { pending.removeAll() }
        return UTF8Repair.lossyString(pending)
    }
}
