/// The second pass over a line's tokens, once each token's neighbours are known: "ill"/"id" split
/// before a verb, sentence and clause starts, links that end a sentence, and names.
extension Tokenizer {
    /// Fixes what needs the next word, and marks where sentences and clauses start and which words
    /// are names.
    func finish(_ tokens: inout [Token]) {
        splitIllAndId(&tokens)
        var atSentence = true, atClause = true, titled = 0
        for k in tokens.indices {
            var t = tokens[k]
            if t.id == ids.no, k > 0, numberBefore.contains(tokens[k - 1].id) {
                t.id = ids.number; t.cls = lexicon.classes[Int(ids.number)]   // "order no." is a number
            }
            // "you should of checked": "of" after a modal is a misheard "have".
            if t.id == spoken.of, k > 0, tokens[k - 1].cls.contains(.modal) {
                t.id = spoken.have; t.cls = lexicon.classes[Int(spoken.have)]
            }
            // "Still, the contractors cut the cable": a sentence opened by "Still," turns like "but".
            if t.id == spoken.still, atSentence, k + 1 < tokens.count, tokens[k + 1].cls.contains(.comma) { t.cls.insert(.contrast) }
            // "That said, …" turns the same way.
            if t.id == spoken.say, t.cls.contains(.past), k > 0, tokens[k - 1].id == spoken.that, tokens[k - 1].cls.contains(.sentStart),
               k + 1 < tokens.count, tokens[k + 1].cls.contains(.comma) { t.cls.insert(.contrast) }
            if t.cls.contains(.word) {
                if t.cls.contains(.title) { titled += 1 }
                if atSentence { t.cls.insert(.sentStart) }
                if atClause { t.cls.insert(.clauseStart) }
                if !t.cls.contains(.disc) { atSentence = false }
                atClause = false
            } else if t.cls.contains(.link) {
                // A link ends its sentence when a capitalised word follows it: "…steps here: LINK Let us know".
                if k + 1 < tokens.count, tokens[k + 1].cls.contains(.title) { t.cls.insert(.end); atSentence = true; atClause = true }
            } else if !t.cls.contains(.entity) {
                // Handles, tags and numbers are transparent; punctuation ends a clause or a sentence.
                atClause = true
                if !t.cls.contains(.comma) { atSentence = true }
            }
            tokens[k] = t
        }
        // A name needs a capitalised word that does not open the line.
        if titled > 1 || (titled == 1 && tokens.first(where: { $0.cls.contains(.word) }).map { !$0.cls.contains(.title) } == true) {
            markNames(&tokens)
        }
    }

    /// "ill get it" is "I'll get it"; "feeling ill" stays ill. Split in one pass into a new array,
    /// only when a line has such a word (an insert per word would cost the rest of the line each time).
    private func splitIllAndId(_ tokens: inout [Token]) {
        func splits(_ k: Int) -> Bool {
            (tokens[k].id == ids.ill || tokens[k].id == ids.id) && k + 1 < tokens.count
                && !tokens[k + 1].cls.isDisjoint(with: .act | .nonAct | .verb | .be | .have | .adv | .contact)
        }
        guard tokens.contains(where: { $0.id == ids.ill || $0.id == ids.id }), tokens.indices.contains(where: splits) else { return }
        var out: [Token] = []
        out.reserveCapacity(tokens.count + 8)
        for k in tokens.indices {
            guard splits(k) else { out.append(tokens[k]); continue }
            var t = tokens[k]
            let second = t.id == ids.ill ? ids.will : ids.would
            t.id = ids.i; t.cls = lexicon.classes[Int(ids.i)]
            var t2 = t; t2.id = second; t2.cls = lexicon.classes[Int(second)]
            out.append(t); out.append(t2)
        }
        tokens = out
    }

    /// Words that are part of a name or a title: a capitalised word inside a sentence ("listen to
    /// Consequences", "12 Darling Drive"), or one opening a sentence when another capitalised word
    /// follows ("Bloody Mary is..."). A sentence written with every word capitalised has no names.
    private func markNames(_ tokens: inout [Token]) {
        // One pass: each sentence's words are counted as it goes, and its capitalised words (but
        // the opening one) marked at its end unless every word of it is capitalised.
        var start = -1, words = 0, titled = 0, firstWord = -1, secondTitled = false
        func close(_ end: Int) {
            guard start >= 0, titled > 0, !(words >= 3 && titled == words) else { return }
            for j in start..<end where tokens[j].cls.contains(.title) && tokens[j].id != ids.i {
                // The opening word is a name only when the next word is capitalised too ("Bloody Mary …").
                if j != firstWord || secondTitled { tokens[j].cls.insert(.name) }
            }
        }
        for k in tokens.indices where tokens[k].cls.contains(.word) {
            let t = tokens[k]
            if t.cls.contains(.sentStart) { close(k); start = k; words = 0; titled = 0; firstWord = k; secondTitled = false }
            guard start >= 0 else { continue }
            words += 1
            let capital = t.cls.contains(.title) || t.id == ids.i
            if capital { titled += 1 }
            if words == 2 { secondTitled = t.cls.contains(.title) && t.id != ids.i }
        }
        close(tokens.count)
    }
}
