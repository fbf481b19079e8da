/// The trainee's earlier lines, by their words, so the engine can tell a line that says again what
/// the trainee already said (a repeat: "You've said that") from a new line of the same kind (a
/// second, different question is more listening, not a repeat).
///
/// Two lines say the same when their content words (stems, function words left out) mostly agree:
/// at least `closeness` of the words of both together are shared, or the new line's three or more
/// words all appear in one earlier line. A line of function words only is compared word for word.
struct TraineeWordings: Sendable {
    /// The share of the two lines' words both must use for them to say the same.
    static let closeness = 0.7

    private var earlier: [Set<Substring>] = []

    /// The words of `line` as this comparison sees them.
    static func words(of line: String) -> Set<Substring> {
        let content = WordStems.stems(of: line, skipping: WordStems.functionWords)
        if !content.isEmpty { return Set(content) }
        let all = PhraseMatcher.words(of: line)
        return all.isEmpty ? [] : [Substring(all.joined(separator: " "))]
    }

    /// Whether `words` (from `words(of:)`) say again what an earlier line said. Time is linear in
    /// the words of the line times the lines so far.
    func repeats(_ words: Set<Substring>) -> Bool {
        guard !words.isEmpty else { return false }
        return earlier.contains { before in
            let shared = words.reduce(0) { $0 + (before.contains($1) ? 1 : 0) }
            let union = words.count + before.count - shared
            return Double(shared) >= Self.closeness * Double(union) || (shared == words.count && words.count >= 3)
        }
    }

    /// Remembers a line's words.
    mutating func remember(_ words: Set<Substring>) {
        if !words.isEmpty { earlier.append(words) }
    }
}
