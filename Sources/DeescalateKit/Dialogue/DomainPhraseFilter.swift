/// A persona's trade phrases, honoured in a trainee's line: a move whose evidence lies inside an
/// occurrence of a declared phrase is dropped ("make up your prescription" is a pharmacy's wording,
/// not calling the customer a liar). Phrases match whole words, ignoring case. The grader applies
/// the same phrases, which a simulator transcript records, so a grade stays a function of the
/// transcript alone.
public struct DomainPhraseFilter: Sendable {
    private let phrases: [[Substring]]

    /// A filter for `phrases` (empty phrases are ignored).
    public init(phrases: [String]) {
        self.phrases = phrases.map(PhraseMatcher.words(of:)).filter { !$0.isEmpty }
    }

    /// Whether there is nothing to filter.
    public var isEmpty: Bool { phrases.isEmpty }

    /// `analysis` without the moves read inside a declared phrase. Linear in the line's length
    /// times the phrases' words.
    public func filter(_ analysis: Analysis) -> Analysis {
        guard !phrases.isEmpty, !analysis.moves.isEmpty else { return analysis }
        let spans = occurrences(in: analysis.text)
        guard !spans.isEmpty else { return analysis }
        let kept = analysis.moves.filter { move in
            !spans.contains { $0.lowerBound <= move.evidence.start && move.evidence.end <= $0.upperBound }
        }
        return kept.count == analysis.moves.count ? analysis : Analysis(text: analysis.text, moves: kept)
    }

    /// The Unicode scalar ranges of every occurrence of a phrase in `text`.
    func occurrences(in text: String) -> [Range<Int>] {
        // Words with their scalar offsets, lowercased and with curly apostrophes straightened.
        var words: [(word: String, start: Int, end: Int)] = []
        var current = ""
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            let character = Character(scalar == "\u{2019}" ? "'" : scalar)
            if character.isLetter || character.isNumber || character == "'" {
                if current.isEmpty { start = offset }
                current += character.lowercased()
            } else if !current.isEmpty {
                words.append((current, start, offset))
                current = ""
            }
            offset += 1
        }
        if !current.isEmpty { words.append((current, start, offset)) }
        var spans: [Range<Int>] = []
        for phrase in phrases where phrase.count <= words.count {
            for first in 0...(words.count - phrase.count) {
                let matches = phrase.indices.allSatisfy { index in
                    let word = Substring(words[first + index].word)
                    return word == phrase[index] || (index == phrase.count - 1 && PhraseMatcher.isInflection(word, of: phrase[index]))
                }
                if matches { spans.append(words[first].start..<words[first + phrase.count - 1].end) }
            }
        }
        return spans
    }
}
