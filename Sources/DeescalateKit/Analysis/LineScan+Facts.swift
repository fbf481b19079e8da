/// The information asked for, stated as a fact about the thing: a measure ("74 degrees", "3
/// bedrooms", "a 4.4 rating"), a price, an address ("40 King Street"), or what the thing is, has or
/// allows ("it's not refundable", "the free plan only allows 3 devices", "the airport is operating at
/// limited capacity"). A fact answers only in a statement about the thing, not about the people:
/// "you were charged $40" is the customer's story, and "our store is open till 8" tells of the
/// company, not what was asked. Nor in a line that apologises, summarises or harms: there a number
/// is the complaint or the excuse, not an answer.
extension LineScan {
    mutating func addFacts() {
        guard tokens.contains(where: { !$0.cls.isDisjoint(with: [.num, .price]) || vocab.stateIDs.contains($0.id) }) else { return }
        guard !hits.contains(where: { h in
            h.alive && (h.kind == .apology || h.kind == .empathy || h.kind == .reflection || h.kind == .nonApology || h.isHarm
                || h.cue == .excuse || h.cue == .passOff)
        }) else { return }
        for (s, sentence) in sentences.enumerated() where !isQuestion(s) {
            // "Our store is open till 8" tells of the company; "I have a flight at 9 am for $260" offers it.
            guard !sentence.contains(where: { !tokens[$0].cls.isDisjoint(with: [.youSubject, .qmark])
                    || (tokens[$0].cls.contains(.fp) && !tokens[$0].cls.contains(.fpSubj)) }),
                  !hits.contains(where: { $0.alive && ($0.kind?.category == .solve || $0.cue == .neutral) && sentenceOf[$0.first] == s }),
                  let (first, last) = fact(in: sentence) else { continue }
            hits.append(Hit(cue: .move(.action), priority: 1, first: first, last: last))
        }
    }

    /// The words that state a fact in `sentence`, if any: a number with its measure, an address, the
    /// words before a price, or a state word with what it says. (Walked in place: most lines with a
    /// number reach here.)
    private func fact(in sentence: Range<Int>) -> (Int, Int)? {
        func nextWord(after k: Int) -> Int? { (k + 1..<sentence.upperBound).first { tokens[$0].cls.contains(.word) } }
        var previous: Int?, subject = false, negated = false
        for k in sentence where tokens[k].cls.contains(.word) {
            let t = tokens[k]
            defer {
                previous = k
                if t.cls.contains(.fpSubj) { subject = true }
                if t.cls.contains(.neg) { negated = true }
            }
            if t.cls.contains(.num) && !t.cls.contains(.time), k + 1 < sentence.upperBound, tokens[k + 1].cls.contains(.word) {
                // "64 degrees", "3 bedrooms", "2 stops"; "40 King Street".
                let next = tokens[k + 1]
                if vocab.measureIDs.contains(next.id) { return (k, k + 1) }
                if next.cls.contains(.name), let after = nextWord(after: k + 1), tokens[after].cls.contains(.name) { return (k, k + 1) }
            }
            if vocab.stateIDs.contains(t.id), let p = previous, !subject {
                // "It's not refundable", "is open until 9 pm", "is operating at limited capacity", "only available";
                // "No tables were available" is bad news, not an answer, but "not refundable" answers either way.
                let before = tokens[p]
                // "is operating" states; "Just opening your file" is the agent at work, not a fact.
                let stated = (!before.cls.isDisjoint(with: [.be, .neg, .adv]) || before.id == vocab.onlyID)
                    && (!t.cls.contains(.ing) || before.cls.contains(.be))
                if stated && (!negated || vocab.eitherWayIDs.contains(t.id)) { return (p, k) }
            }
            if vocab.allowIDs.contains(t.id), let n = nextWord(after: k), tokens[n].cls.contains(.num) || vocab.upToIDs.contains(tokens[n].id) {
                return (k, n)   // "only allows 3 devices", "includes up to 5 users"
            }
        }
        // "Tickets are $30 each": the words up to the price.
        guard let price = sentence.first(where: { tokens[$0].cls.contains(.price) }),
              let first = sentence.first(where: { tokens[$0].cls.contains(.word) }), first < price,
              let before = (first..<price).last(where: { tokens[$0].cls.contains(.word) }) else { return nil }
        let words = sentence.lazy.filter { self.tokens[$0].cls.contains(.word) }.count
        return tokens[before].cls.contains(.be) || words >= 3 ? (first, before) : nil
    }
}
