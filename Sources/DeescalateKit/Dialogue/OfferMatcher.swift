/// Finds which of a persona's offers a trainee's line makes, by meaning rather than by string: an
/// offer phrase matches when its words (stems, filler words left out) all stand in one sentence of
/// the line, in any order, with at most `insertedWords` other words among them, and no negator in
/// the three words before. So "I'll refund your full stay today" makes the offers "full refund" and
/// "refund your stay", and "I can't refund the stay" makes neither.
struct OfferMatcher {
    /// How many words a trainee may put among an offer's words ("refund *your full* stay").
    static let insertedWords = 3

    private let stems: [Substring]
    private let sentences: [Int32]

    /// Words that cancel an offer when they stand just before it ("no refund", "can't offer a refund").
    static let negators: Set<Substring> = [
        "no", "not", "never", "cant", "cannot", "can't", "wont", "won't", "dont", "don't", "unable", "without", "nor",
    ]

    init(_ text: String) {
        var stems: [Substring] = []
        var sentences: [Int32] = []
        var sentence: Int32 = 0
        var word = String.UnicodeScalarView()
        func flush() {
            let trimmed = String(word).lowercased().trimmingCharacters(in: "'")
            if !trimmed.isEmpty {
                stems.append(WordStems.stem(Substring(trimmed)))
                sentences.append(sentence)
            }
            word = String.UnicodeScalarView()
        }
        // One pass over the scalars (not Characters, which cost more on a long paste).
        var previous: Unicode.Scalar = " "
        var iterator = text.unicodeScalars.makeIterator()
        var current = iterator.next()
        while let scalar = current {
            let next = iterator.next()
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "'" || scalar == "\u{2019}" {
                word.append(scalar == "\u{2019}" ? "'" : scalar)
            } else {
                flush()
                // A full stop between digits ("5.30") is not the end of a sentence.
                let betweenDigits = previous.properties.numericType != nil && next?.properties.numericType != nil
                if scalar == "?" || scalar == "!" || scalar == ";" || (scalar == "." && !betweenDigits) {
                    sentence += 1
                }
            }
            previous = scalar
            current = next
        }
        flush()
        self.stems = stems
        self.sentences = sentences
    }

    /// The words an offer phrase needs, as stems, each once, filler words left out (an all-filler
    /// phrase keeps all its words).
    static func stems(ofPhrase phrase: String) -> [Substring] {
        let words = PhraseMatcher.words(of: phrase)
        let content = words.filter { !WordStems.offerFillerWords.contains($0) }
        var seen = Set<Substring>()
        return (content.isEmpty ? words : content).map(WordStems.stem).filter { seen.insert($0).inserted }
    }

    /// Whether the phrase (its `stems(ofPhrase:)`) is offered somewhere in the line, not negated.
    func matches(_ phrase: [Substring]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= stems.count else { return false }
        var lastSeen = [Int](repeating: -1, count: phrase.count)
        var sentence: Int32 = -1
        for (position, stem) in stems.enumerated() {
            if sentences[position] != sentence {
                sentence = sentences[position]
                for slot in lastSeen.indices { lastSeen[slot] = -1 }
            }
            guard let slot = phrase.firstIndex(of: stem) else { continue }
            lastSeen[slot] = position
            guard let start = lastSeen.min(), start >= 0 else { continue }
            // The smallest window ending here that holds every word of the phrase.
            guard position - start + 1 <= phrase.count + Self.insertedWords else { continue }
            let before = stems[max(0, start - 3)..<start].enumerated().filter { sentences[max(0, start - 3) + $0.offset] == sentence }
            if !before.contains(where: { Self.negators.contains($0.element) }) { return true }
        }
        return false
    }

    /// The number of words of the most specific of `phrases` the line offers, if it offers any.
    func mostSpecificMatch(among phrases: [[Substring]]) -> Int? {
        phrases.filter(matches).map(\.count).max()
    }

    /// The resolution the line offers: the most specific phrase wins; among equally specific ones,
    /// one that meets the need, then an acceptable one, then the first listed.
    static func offer(in text: String, persona: Persona) -> (index: Int, resolution: Resolution)? {
        let matcher = OfferMatcher(text)
        var best: (index: Int, rank: (Int, Int, Int))?
        for (index, resolution) in persona.resolutions.enumerated() {
            guard let words = matcher.mostSpecificMatch(among: resolution.offerStems) else { continue }
            let rank = (words, resolution.acceptable ? 1 : 0, resolution.acceptable && resolution.meetsNeed ? 1 : 0)
            if let current = best, rank <= current.rank { continue }
            best = (index, rank)
        }
        return best.map { ($0.index, persona.resolutions[$0.index]) }
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
