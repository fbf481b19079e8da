/// Finds a persona's phrases (offers, trigger words) in a trainee's line, on word boundaries and
/// ignoring case, so "refund" matches "Refunds" and "refunded" but not "refundable", which a trainer
/// would list on its own.
struct PhraseMatcher {
    private let words: [Substring]

    /// Words that cancel a phrase when they stand just before it ("no refund", "can't offer a refund").
    private static let negators: Set<Substring> = [
        "no", "not", "never", "cant", "cannot", "can't", "wont", "won't", "dont", "don't", "unable", "without", "nor",
    ]

    init(_ text: String) {
        words = Self.words(of: text)
    }

    /// Lowercased words of `text`, apostrophes kept inside words so "can't" stays one word (a curly
    /// apostrophe reads as a straight one). One pass over the scalars, ASCII lowercased by hand: the
    /// engine reads every trainee line with it, pastes included.
    static func words(of text: String) -> [Substring] {
        var words: [Substring] = []
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            let word = Substring(String(current)).trimmingApostrophes()
            if !word.isEmpty { words.append(word) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if value >= 0x41 && value <= 0x5A, let lower = Unicode.Scalar(value + 0x20) {
                    current.append(lower)
                } else if (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || value == 0x27 {
                    current.append(scalar)
                } else {
                    flush()
                }
                continue
            }
            let properties = scalar.properties
            if scalar == "\u{2019}" {
                current.append("'")
            } else if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
                current.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// Whether `phrase` occurs, not negated in the three words before it.
    func contains(_ phrase: String, allowNegated: Bool = false) -> Bool {
        contains(words: Self.words(of: phrase), allowNegated: allowNegated)
    }

    /// Whether the already tokenised phrase `target` occurs (personas tokenise theirs once).
    func contains(words target: [Substring], allowNegated: Bool = false) -> Bool {
        guard !target.isEmpty, target.count <= words.count else { return false }
        for start in 0...(words.count - target.count) where matches(target, at: start) {
            if allowNegated { return true }
            let window = words[max(0, start - 3)..<start]
            if !window.contains(where: Self.negators.contains) { return true }
        }
        return false
    }

    /// The word count of the longest of the tokenised `phrases` that occurs (not negated), if any does.
    func longestMatch(among phrases: [[Substring]]) -> Int? {
        phrases.filter { contains(words: $0) }.map(\.count).max()
    }

    /// Whether any of the tokenised `phrases` occurs.
    func containsAny(_ phrases: [[Substring]], allowNegated: Bool = false) -> Bool {
        phrases.contains { contains(words: $0, allowNegated: allowNegated) }
    }

    private func matches(_ target: [Substring], at start: Int) -> Bool {
        for (offset, word) in target.enumerated() {
            let candidate = words[start + offset]
            if candidate == word { continue }
            guard offset == target.count - 1, Self.isInflection(candidate, of: word) else { return false }
        }
        return true
    }
}

extension PhraseMatcher {
    /// Whether `candidate` is `word` with a regular English ending: refund → refunds, refunded,
    /// refunding; replace → replacing, replaced; policy → policies, policy's.
    static func isInflection(_ candidate: Substring, of word: Substring) -> Bool {
        guard word.count >= 4 else { return false }
        if candidate.hasPrefix(word), ["s", "es", "ed", "d", "ing", "'s"].contains(String(candidate.dropFirst(word.count))) {
            return true
        }
        if word.hasSuffix("e"), candidate.hasPrefix(word.dropLast()), ["ing", "ed"].contains(String(candidate.dropFirst(word.count - 1))) {
            return true
        }
        if word.hasSuffix("y"), candidate.hasPrefix(word.dropLast()), ["ies", "ied"].contains(String(candidate.dropFirst(word.count - 1))) {
            return true
        }
        return false
    }
}

private extension Substring {
    func trimmingApostrophes() -> Substring {
        var result = self
        while result.first == "'" { result = result.dropFirst() }
        while result.last == "'" { result = result.dropLast() }
        return result
    }
}
