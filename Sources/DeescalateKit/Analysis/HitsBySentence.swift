/// The hits of a line grouped by the sentence they start in, found on demand: a line has a handful
/// of hits and sentences, so scanning is cheaper than building an array per sentence.
struct HitsBySentence: RandomAccessCollection {
    let hits: [Hit]
    let sentenceOf: [Int]
    /// Precomputed groups for long lines, else empty.
    let groups: [[Int]]
    let count: Int
    var startIndex: Int { 0 }
    var endIndex: Int { count }
    subscript(s: Int) -> SentenceHits {
        SentenceHits(hits: hits, sentenceOf: sentenceOf, group: groups.isEmpty ? nil : groups[s], sentence: s)
    }
}

/// The indices of the hits that start in one sentence.
struct SentenceHits: Sequence {
    let hits: [Hit]
    let sentenceOf: [Int]
    let group: [Int]?
    let sentence: Int

    struct Iterator: IteratorProtocol {
        let base: SentenceHits
        var i = 0
        mutating func next() -> Int? {
            if let group = base.group {
                defer { i += 1 }
                return i < group.count ? group[i] : nil
            }
            while i < base.hits.count {
                defer { i += 1 }
                if base.sentenceOf[base.hits[i].first] == base.sentence { return i }
            }
            return nil
        }
    }

    func makeIterator() -> Iterator { Iterator(base: self) }
}
