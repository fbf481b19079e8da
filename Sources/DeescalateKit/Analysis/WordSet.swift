/// A set of word ids as bits, for the whole-line passes: asking whether a token is one of a few
/// words costs a shift and a mask, where a `Set<Int32>` would hash the id every time.
struct WordSet: Sendable {
    private let bits: [UInt64]

    /// The ids of `words` as the rule book reads a literal ("booked" is "book"); unknown words are left out.
    init(literals words: [String]) { self.init(ids: words.compactMap(Lexicon.shared.literalID)) }

    /// The ids of `words` exactly as interned; unknown words are left out.
    init(names words: [String]) { self.init(ids: words.compactMap { Lexicon.shared.id(of: $0) }) }

    init(ids: [Int32]) {
        var bits = [UInt64](repeating: 0, count: (ids.map(Int.init).max() ?? 0) / 64 + 1)
        for id in ids where id >= 0 { bits[Int(id) >> 6] |= 1 << UInt64(id & 63) }
        self.bits = bits
    }

    @inline(__always) func contains(_ id: Int32) -> Bool {
        let word = Int(id) >> 6
        return id >= 0 && word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
    }
}
