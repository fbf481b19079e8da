/// Excuses and brush-offs: what an apology's "but" goes on to say, and the problem placed outside
/// the agent's reach. Bad news is not an excuse ("Sorry, but there are no tables at 7", "I'm sorry,
/// I couldn't book it"): it says how things stand, not why they are nobody's fault. A question is
/// not an excuse either ("Sorry for the trouble. Which app is crashing?").
extension LineScan {
    /// The problem placed outside the agent's reach is dismissal when nothing else is offered; after
    /// an apology it is an excuse, which `addExcuses` reports. A route with the means to take it (a
    /// link or a phone number in the sentence) is a referral, and the route's own words offer nothing else.
    mutating func addPassOffs() {
        guard let cue = hits.first(where: { $0.alive && $0.cue == .passOff }) else { return }
        if sentenceHasMeans(sentenceOf[cue.first]) { return }
        let elsewhere = hits.contains { h in
            h.alive && (h.last < cue.first || h.first > cue.last) && (h.cue == .alternative || h.kind?.category == .solve)
        }
        if elsewhere { return }
        // "I'll try contacting the courier directly": the agent's own fix reaches the third party.
        if hits.contains(where: { h in
            h.alive && h.kind?.category == .solve && h.first < cue.first && tokens[h.first].cls.contains(.fpSubj)
                && sentenceOf[h.first] == sentenceOf[cue.first]
        }) { return }
        if hits.contains(where: { $0.alive && $0.kind == .apology && $0.last < cue.first }) { return }
        hits.append(Hit(cue: .move(.dismissal), priority: 3, first: cue.first, last: cue.last))
    }

    /// An explanation straight after an apology or empathy erases it: a "but/though/however" clause
    /// after one that offers no fix and is no plain bad news, or an excuse-shaped clause ("the system
    /// was down", "the courier is hopeless") after one, outside a question. Thanks is no anchor: real
    /// agents thank and then explain a limit ("Thanks for reaching out, but videos keep their language").
    mutating func addExcuses() {
        guard let owned = hits.first(where: { $0.alive && ($0.kind == .apology || $0.kind == .empathy) }) else { return }
        if let clause = contrastClause(after: owned.last), !isQuestion(sentenceOf[clause.lowerBound]),
           !isBadNews(clause) || hits.contains(where: { $0.alive && ($0.cue == .excuse || $0.cue == .passOff) && clause.contains($0.first) }) {
            hits.append(Hit(cue: .move(.excuse), priority: 3, first: clause.lowerBound, last: clause.upperBound - 1))
            return
        }
        // "I'm sorry the driver was rude" apologises for the driver; "Sorry. The driver is hopeless"
        // explains the failure away: the excuse is a clause of its own, after a comma, a dash or a stop.
        if let cue = hits.first(where: { h in
            h.alive && (h.cue == .excuse || h.cue == .passOff) && h.first > owned.last && !isQuestion(sentenceOf[h.first])
                && (owned.last + 1..<h.first).contains { !tokens[$0].cls.isDisjoint(with: [.comma, .end, .contrast]) }
        }) {
            hits.append(Hit(cue: .move(.excuse), priority: 3, first: cue.first, last: cue.last))
        }
    }

    /// The "but ..." clause after token `k` (same sentence, or a next one opening with it), up to its
    /// last word, when it offers nothing that helps.
    private func contrastClause(after k: Int) -> Range<Int>? {
        let s = sentenceOf[k]
        let limit = min(s + 1 < sentences.count ? sentences[s + 1].lowerBound + 1 : sentences[s].upperBound, tokens.count)
        guard k + 1 < limit, let c = (k + 1..<limit).first(where: { tokens[$0].cls.contains(.contrast) }) else { return nil }
        let clause = c..<sentences[sentenceOf[c]].upperBound
        let helps = hits.contains { h in
            h.alive && clause.contains(h.first) && (h.cue == .alternative || (h.kind.map { !$0.isHarmful } ?? false))
        }
        guard !helps, let end = clause.last(where: { tokens[$0].cls.contains(.word) }), end > c else { return nil }
        return c..<(end + 1)
    }

    /// Whether sentence `s` asks (ends with a question mark).
    func isQuestion(_ s: Int) -> Bool {
        let sentence = sentences[s]
        return !sentence.isEmpty && tokens[closingMark(of: sentence)].cls.contains(.qmark)
    }

    /// The token that closes `sentence`: its last, or the question mark before the links that end it
    /// ("Have you tried this? LINK Let us know" asks, though the link closes the sentence).
    func closingMark(of sentence: Range<Int>) -> Int {
        var last = sentence.upperBound - 1
        while last > sentence.lowerBound && tokens[last].cls.contains(.link) { last -= 1 }
        return tokens[last].cls.contains(.qmark) ? last : sentence.upperBound - 1
    }

    /// Plain bad news: the clause says what is not so ("there are no tables", "I couldn't book it",
    /// "it isn't refundable") and names no fault, no blame and no busy-ness.
    private func isBadNews(_ clause: Range<Int>) -> Bool {
        var negative = false
        for k in clause {
            let t = tokens[k]
            if vocab.excuseWordIDs.contains(t.id) { return false }
            if t.cls.contains(.neg) || vocab.unavailableIDs.contains(t.id) { negative = true }
        }
        return negative
    }

    /// A link or a phone or reference number in sentence `s`: the means to take a route.
    private func sentenceHasMeans(_ s: Int) -> Bool {
        sentences[s].contains { tokens[$0].cls.contains(.entity) && tokens[$0].cls.isDisjoint(with: [.signoff, .price]) }
    }

}
