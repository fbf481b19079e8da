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
                  !hits.contains(where: { $0.alive && $0.kind?.category == .solve && sentenceOf[$0.first] == s }),
                  let (first, last) = fact(in: sentence) else { continue }
            hits.append(Hit(cue: .move(.action), priority: 1, first: first, last: last))
        }
    }

    /// The words that state a fact in `sentence`, if any: a number with its measure, an address, the
    /// words before a price, or a state word with what it says.
    private func fact(in sentence: Range<Int>) -> (Int, Int)? {
        let words = sentence.filter { tokens[$0].cls.contains(.word) }
        for (n, k) in words.enumerated() {
            let t = tokens[k]
            let next = n + 1 < words.count ? tokens[words[n + 1]] : nil
            if t.cls.contains(.num) && !t.cls.contains(.time), let next, words[n + 1] == k + 1 {
                // "64 degrees", "3 bedrooms", "2 stops"; "40 King Street".
                if vocab.measureIDs.contains(next.id) || (next.cls.contains(.name) && n + 2 < words.count && tokens[words[n + 2]].cls.contains(.name)) {
                    return (k, words[n + 1])
                }
            }
            if vocab.stateIDs.contains(t.id), n > 0, !words[..<n].contains(where: { tokens[$0].cls.contains(.fpSubj) }) {
                let before = tokens[words[n - 1]]
                // "It's not refundable", "is open until 9 pm", "is operating at limited capacity"; "only allows 3".
                let stated = !before.cls.isDisjoint(with: [.be, .neg, .adv]) || vocab.onlyID == before.id
                // "No tables were available" is bad news, not an answer; "not refundable" answers either way.
                let negated = !vocab.eitherWayIDs.contains(t.id) && words[..<n].contains { tokens[$0].cls.contains(.neg) }
                if stated && !negated { return (words[n - 1], k) }
            }
            if vocab.allowIDs.contains(t.id), let next, next.cls.contains(.num) || vocab.upToIDs.contains(next.id) {
                return (k, words[n + 1])
            }
        }
        // "Tickets are $30 each": the words up to the price.
        if let price = sentence.first(where: { tokens[$0].cls.contains(.price) }),
           let before = words.last(where: { $0 < price }), let first = words.first, tokens[before].cls.contains(.be) || words.count >= 3 {
            return (first, before)
        }
        return nil
    }
}
