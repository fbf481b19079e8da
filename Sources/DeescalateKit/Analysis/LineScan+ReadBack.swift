/// Booking talk as a service desk writes it. A read-back ("I'll book you 2 rooms at the Inn for 4
/// nights, is that correct?", "Please confirm: a table for 2 at 7 pm") asks the customer to check the
/// request: the commitment inside it is not yet the action, so the line listens and solves nothing.
/// "Which would you prefer?" offers a choice only where the line names the choices ("a refund or a
/// voucher"); "Which restaurant do you prefer?" asks for a slot.
extension LineScan {
    mutating func readBookingTalk() {
        guard hits.contains(where: { $0.alive && ($0.kind == .reflection || $0.kind == .options) }) else { return }
        dropChoicelessPreferences()
        dropStepsInReadBacks()
    }

    /// "Which suits you better?" after the choices are named offers them; with no choice in the line
    /// ("What type of car would you prefer?") it asks, and the question passes read it.
    private mutating func dropChoicelessPreferences() {
        let choices = tokens.contains { vocab.choiceIDs.contains($0.id) }
        guard !choices else { return }
        for i in hits.indices where hits[i].alive && hits[i].kind == .options {
            let k = hits[i].first
            guard vocab.whichWhatIDs.contains(tokens[k].id), k + 1 < tokens.count, tokens[k + 1].id != vocab.aboutID,
                  isQuestion(sentenceOf[k]) else { continue }
            hits[i].alive = false
        }
    }

    /// A line that asks the customer to confirm the request read back to them ("please confirm", "can
    /// you confirm", "is that correct?", "…, right?") performs none of it yet. A line with a link is
    /// help on offer, and keeps it.
    private mutating func dropStepsInReadBacks() {
        guard !tokens.contains(where: { $0.cls.contains(.link) }) else { return }
        let readBack = hits.contains { h in
            h.alive && h.kind == .reflection && (h.first...h.last).contains { k in
                (tokens[k].id == vocab.confirmID && isConfirmationRequest(k))
                    || (vocab.tagIDs.contains(tokens[k].id) && k + 1 < tokens.count && tokens[k + 1].cls.contains(.qmark))
            }
        }
        guard readBack else { return }
        for i in hits.indices where hits[i].alive && hits[i].kind?.category == .solve { hits[i].alive = false }
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
