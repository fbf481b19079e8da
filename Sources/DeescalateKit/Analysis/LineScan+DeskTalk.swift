/// Talk as a booking or care desk writes it, read by what it does for the customer:
/// - a read-back ("I'll reserve 3 seats at the Inn for Friday, is that correct?", "Please confirm:
///   a table for 2 at 7 pm") asks the customer to check the request; the commitment inside it is not
///   yet the action, so the line listens and solves nothing;
/// - "Which would you prefer?" offers a choice only where the line names the choices ("a refund or a
///   voucher"); "Which venue do you prefer?" asks for a slot;
/// - a list of kinds ("Thai, Greek or something else?") asks what the customer likes;
/// - a link to look up what the agent just asked for helps the agent, not the customer.
extension LineScan {
    mutating func readDeskTalk() {
        readKindChoices()
        dropLookUpPointers()
        guard hits.contains(where: { $0.alive && ($0.kind == .reflection || $0.kind == .options) }) else { return }
        dropChoicelessPreferences()
        dropStepsInReadBacks()
    }

    /// "Which courier has it? You can find this information here: LINK": a link given so the
    /// customer can look up what the agent asked for helps the agent, not the customer. The pointer
    /// names the thing asked ("this", "that", "it"); "You can find the steps here" is help.
    private mutating func dropLookUpPointers() {
        guard tokens.contains(where: { $0.cls.contains(.qmark) }), hits.contains(where: { $0.alive && $0.kind?.category == .solve }) else { return }
        var asked = false
        for (s, sentence) in sentences.enumerated() {
            if asked, pointsBack(sentence) {
                for i in hits.indices where hits[i].alive && sentenceOf[hits[i].first] == s && hits[i].kind?.category == .solve {
                    hits[i].alive = false
                }
            }
            // "Which courier has it?", "Could you confirm the courier?": the agent asked for something.
            if isQuestion(s) && sentence.contains(where: { tokens[$0].cls.contains(.wh) || vocab.askForIDs.contains(tokens[$0].id) }) { asked = true }
        }
    }

    /// A look-up verb whose object is the thing just asked: "find this", "check that", "confirm it".
    private func pointsBack(_ sentence: Range<Int>) -> Bool {
        sentence.contains { k in
            vocab.lookUpIDs.contains(tokens[k].id) && k + 1 < sentence.upperBound
                && vocab.thisThatItIDs.contains(tokens[k + 1].id)
                && !(k + 2 < sentence.upperBound && vocab.stepNounIDs.contains(tokens[k + 2].id))
        }
    }

    /// A choice between kinds asks what the customer likes: "Would you prefer Thai, Indian or something
    /// else?", "Any preference, such as music or sports?", "You can pick Economy, Premium or anything else."
    /// A list that ends open ("or something else", "or any other") or is given as examples ("such as",
    /// "for example", "something like") names kinds, not options on offer; in a line that asks, the
    /// sentence listens and offers nothing.
    private mutating func readKindChoices() {
        guard tokens.contains(where: { $0.id == vocab.orID }), tokens.contains(where: { $0.cls.contains(.qmark) }) else { return }
        for (s, sentence) in sentences.enumerated() {
            guard let or = sentence.first(where: { tokens[$0].id == vocab.orID }) else { continue }
            let openEnded = openEnd(after: or, in: sentence)
            let examples = (sentence.lowerBound..<or).contains { k in
                vocab.exampleIDs.contains(tokens[k].id)
                    || (tokens[k].id == vocab.likeID && k > sentence.lowerBound && vocab.kindAnchorIDs.contains(tokens[k - 1].id))
            }
            guard openEnded || examples,
                  let first = sentence.first(where: { tokens[$0].cls.contains(.word) }),
                  let last = sentence.last(where: { tokens[$0].cls.contains(.word) }) else { continue }
            for i in hits.indices where hits[i].alive && sentenceOf[hits[i].first] == s
                && (hits[i].kind?.category == .solve || hits[i].isAdmin) {
                hits[i].alive = false
            }
            if !hits.contains(where: { $0.alive && $0.kind == .question && sentenceOf[$0.first] == s }) {
                hits.append(Hit(cue: .move(.question), priority: 2, first: first, last: last))
            }
        }
    }

    /// Whether the list ending at `or` ends open: "or something else", "or any other kind"; not "or is
    /// there anything else I can help with", nor "or else tell me".
    private func openEnd(after or: Int, in sentence: Range<Int>) -> Bool {
        let clause: WordClass = [.be, .modal, .doVerb, .have, .fp, .you, .verb, .nonAct]
        for k in or + 1..<min(or + 5, sentence.upperBound) {
            if !tokens[k].cls.isDisjoint(with: clause) || !tokens[k].cls.isDisjoint(with: [.comma, .end]) { return false }
            if vocab.openEndIDs.contains(tokens[k].id) {
                return k + 1 >= sentence.upperBound || tokens[k + 1].cls.isDisjoint(with: clause.union([.act, .contact]))
            }
        }
        return false
    }

    /// "Which suits you better?" after the choices are named offers them; with no choice in the line
    /// ("What type of room would you prefer?") it asks, and the question passes read it.
    private mutating func dropChoicelessPreferences() {
        let choices = tokens.contains { vocab.choiceIDs.contains($0.id) }
        guard !choices else { return }
        for i in hits.indices where hits[i].alive && hits[i].kind == .options {
            let k = hits[i].first, s = sentenceOf[k]
            guard isQuestion(s), (k...hits[i].last).contains(where: { vocab.preferenceIDs.contains(tokens[$0].id) }),
                  let opener = sentences[s].first(where: { tokens[$0].cls.contains(.word) && !tokens[$0].cls.contains(.disc) }),
                  vocab.whichWhatIDs.contains(tokens[opener].id), opener + 1 < tokens.count, tokens[opener + 1].id != vocab.aboutID
            else { continue }
            hits[i].alive = false
        }
    }

    /// A line that asks the customer to confirm the request read back to them ("please confirm", "can
    /// you confirm", "is that correct?", "…, right?") performs none of it yet. "Tell me if I got this
    /// right." frames the read-back without asking: the facts read back solve nothing, but what the
    /// agent reports done ("If I've got this right, you were charged twice. I've refunded it.") stands.
    /// A line with a link is help on offer, and keeps it.
    private mutating func dropStepsInReadBacks() {
        guard !tokens.contains(where: { $0.cls.contains(.link) }) else { return }
        var asks = false, frames = false
        for h in hits where h.alive && h.kind == .reflection {
            // "if I got this right": the tag may follow the words the rule matched.
            for k in h.first...min(h.last + 2, sentences[sentenceOf[h.first]].upperBound - 1) {
                if tokens[k].id == vocab.confirmID && isConfirmationRequest(k) { asks = true }
                guard vocab.tagIDs.contains(tokens[k].id) else { continue }
                if k + 1 < tokens.count && tokens[k + 1].cls.contains(.qmark) { asks = true }
                else if k + 1 == tokens.count || !tokens[k + 1].cls.isDisjoint(with: [.end, .comma]) { frames = true }
            }
        }
        guard asks || frames else { return }
        for i in hits.indices where hits[i].alive && hits[i].kind?.category == .solve && (asks || !reportedByUs(hits[i].first)) {
            hits[i].alive = false
        }
    }

    /// Whether the step at `k` is the agent's own ("I've refunded it"): it opens on "I" or "we", or on
    /// the verb of a contraction that does ("I've" is "I" and "have" over the same letters).
    private func reportedByUs(_ k: Int) -> Bool {
        tokens[k].cls.contains(.fp) || (k > 0 && tokens[k - 1].byteStart == tokens[k].byteStart && tokens[k - 1].cls.contains(.fp))
    }

    /// "confirm" at `k` asks the customer to confirm: "please confirm", "can you confirm", "Confirm the
    /// booking?"; not "the bank confirms the payment".
    private func isConfirmationRequest(_ k: Int) -> Bool {
        guard tokens[k].cls.isDisjoint(with: [.past, .ing]) else { return false }
        if tokens[k].cls.contains(.sentStart) { return true }
        let before = max(0, k - 3)..<k
        if before.contains(where: { vocab.pleaseIDs.contains(tokens[$0].id) }) { return true }
        // "Could you confirm whether another app is running?" asks about the problem.
        let asks = k + 1 < tokens.count && (!tokens[k + 1].cls.isDisjoint(with: [.wh, .be, .doVerb]) || vocab.ifIDs.contains(tokens[k + 1].id))
        return !asks && before.contains { tokens[$0].cls.contains(.you) }
    }
}
