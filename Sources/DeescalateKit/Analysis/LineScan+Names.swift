/// Words inside a name, a title or a quotation are not said to the customer: "Bloody Mary" is a
/// song, "Ann Darling Apartments" a building, "Consequences" an album, and "Sorry" by a band is no
/// apology. The tokenizer marks such words (`.name`, `.quoted`); this pass drops the moves they
/// alone would make. A name aimed at the customer stays what it is: "your Majesty", ", Darling."
extension LineScan {

    mutating func dropMovesInNames() {
        for i in hits.indices where hits[i].alive {
            let h = hits[i]
            guard let kind = h.kind else { continue }
            var words = 0, named = 0, quoted = 0, namedHarmWord = false
            for k in h.first...h.last where tokens[k].cls.contains(.word) {
                words += 1
                if tokens[k].cls.contains(.quoted) { quoted += 1 }
                let inName = !tokens[k].cls.isDisjoint(with: [.name, .quoted])
                if inName { named += 1 }
                if inName && !tokens[k].cls.isDisjoint(with: vocab.harmVocabulary) && !isAddressed(k) { namedHarmWord = true }
            }
            let allNamed = words > 0 && named == words && !(h.first...h.last).contains(where: isAddressed)
            // A quotation says nothing to the customer; a name only speaks for the politeness words
            // and harms it is made of (a line written in Title Case still asks and solves).
            let polite = kind.isHarmful || kind == .apology || kind == .thanks || kind == .empathy
            if (words > 0 && quoted == words) || (polite && allNamed) || (kind.isHarmful && namedHarmWord) { hits[i].alive = false }
        }
    }

    /// A capitalised word said to the customer: after "you"/"your" ("your Majesty"), or alone after a
    /// comma at the end of its sentence (", Darling.").
    private func isAddressed(_ k: Int) -> Bool {
        guard tokens[k].cls.contains(.name), !tokens[k].cls.contains(.quoted) else { return false }
        if k > 0, tokens[k - 1].cls.contains(.you) { return true }
        let afterComma = k > 0 && tokens[k - 1].cls.contains(.comma)
        let atEnd = k + 1 >= tokens.count || !tokens[k + 1].cls.isDisjoint(with: [.end, .qmark, .emoji])
        return afterComma && atEnd
    }
}
