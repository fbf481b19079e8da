/// Which of the customer's facts a listening line asks about, matched on the facts' own words (their
/// summary, what the customer says, and any `about` words the author added).
///
/// Only the sentence holding the listening move counts ("I'm sorry. Who did you speak to?" asks
/// about whom they spoke to, not about the apology), less the words any question uses ("tell me
/// what happened"). Each remaining word weighs 1 / the number of facts that use it, so a word
/// every fact shares ("prescription" to a pharmacy customer) picks none of them. A line whose
/// words pick no fact is an open question: the customer tells the next fact in order.
enum FactFinder {
    /// The facts the line is about, best first (ties in persona order), with their weights.
    static func candidates(for analysis: Analysis, text: String, facts: [Fact]) -> [(index: Int, score: Double)] {
        guard !facts.isEmpty, let listen = analysis.moves.first(where: { $0.kind.category == .listen }) else { return [] }
        // Words any question uses say nothing, unless an author listed one in a fact's `about`.
        let asked = Set(WordStems.stems(of: sentence(of: text, around: listen.evidence.start), skipping: []).filter { word in
            !WordStems.listeningWords.contains(word) || facts.contains { $0.aboutStems.contains(word) }
        })
        guard !asked.isEmpty else { return [] }
        var scores = [Double](repeating: 0, count: facts.count)
        for word in asked {
            let using = facts.indices.filter { facts[$0].keywords.contains(word) }
            // A word every fact uses says nothing about which one is meant.
            guard !using.isEmpty, using.count < facts.count || facts.count == 1 else { continue }
            // A word the author listed in `about` says what the fact is about: it counts double.
            for index in using { scores[index] += (facts[index].aboutStems.contains(word) ? 2 : 1) / Double(using.count) }
        }
        return scores.indices.filter { scores[$0] > 0 }
            .sorted { (scores[$0], -$0) > (scores[$1], -$1) }
            .map { ($0, scores[$0]) }
    }

    /// The sentence of `text` around the Unicode scalar offset `offset` (the whole text when it has one sentence).
    static func sentence(of text: String, around offset: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return text }
        let at = min(max(0, offset), scalars.count - 1)
        func isEnd(_ index: Int) -> Bool {
            let scalar = scalars[index]
            if scalar == "?" || scalar == "!" || scalar == ";" || scalar == "\n" { return true }
            guard scalar == "." else { return false }
            // "5.30" and "e.g." are not the end of a sentence: a full stop counts before a space or the end.
            return index + 1 == scalars.count || scalars[index + 1] == " "
        }
        var start = at
        while start > 0, !isEnd(start - 1) { start -= 1 }
        var end = at
        while end < scalars.count, !isEnd(end) { end += 1 }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[start..<min(scalars.count, end + 1)])
        return String(result)
    }
}
