/// A booking detail asked for is not listening: "What day do you fly out?", "How many tickets do
/// you want?", "Do you prefer any location?", "Anything else?". Listening asks what happened or what
/// the customer is seeing ("When did it arrive?", "What kind of film do you like?", "What would you
/// like to happen now?"), so a question with a past, an incident or a kind in it stays a question.
extension LineScan {
    /// Drops the questions the rules found in sentences that only ask for a slot of a booking, close
    /// the talk, sell something, or carry their own hostility ("Have you tried actually reading it?").
    /// `addQuestions` applies the same tests to the questions it reads from a question mark.
    mutating func dropQuestionsThatDoNotListen() {
        guard hits.contains(where: { $0.alive && $0.kind == .question }) else { return }
        // Per sentence: whether it sells, and where its harms start (in order), found in one pass.
        var sells = [Bool](repeating: false, count: sentences.count)
        var harmStarts: [Int] = []
        for h in hits where h.alive {
            if h.cue == .sale { sells[sentenceOf[h.first]] = true }
            if h.isHarm { harmStarts.append(h.first) }
        }
        harmStarts.sort()
        var slot: [Int: Bool] = [:]
        for i in hits.indices where hits[i].alive && hits[i].kind == .question {
            let q = hits[i], s = sentenceOf[q.first]
            // The first harm starting at or after the question, if it starts inside it or just after.
            var lo = 0, hi = harmStarts.count
            while lo < hi { let mid = (lo + hi) / 2; if harmStarts[mid] < q.first { lo = mid + 1 } else { hi = mid } }
            let hostile = lo < harmStarts.count && harmStarts[lo] <= min(q.last + 3, sentences[s].upperBound - 1)
            if slot[s] == nil { slot[s] = isSlotQuestion(sentences[s]) }
            if hostile || sells[s] || slot[s] == true { hits[i].alive = false }
        }
    }

    /// Whether `sentence` asks for a when, where, how many or which place, for a plan rather than an
    /// incident, or is a bare "anything else?".
    func isSlotQuestion(_ sentence: Range<Int>) -> Bool {
        var words = 0, plan = false, slot = false, anything = false, what = false, elseWord = false, helping = false
        // A read-back ("You want to pick it up on the 6th?") confirms; only a question form asks for a slot.
        guard let opener = sentence.first(where: { tokens[$0].cls.contains(.word) && !tokens[$0].cls.contains(.disc) }),
              !tokens[opener].cls.isDisjoint(with: [.wh, .doVerb, .modal, .be, .have]) || vocab.anythingIDs.contains(tokens[opener].id)
                || tokens[opener].id == vocab.thereID
        else { return false }
        for k in sentence {
            let t = tokens[k]
            guard t.cls.contains(.word) else { continue }
            words += 1
            if t.cls.contains(.past) || t.cls.contains(.neg) || vocab.incidentIDs.contains(t.id) { return false }
            if vocab.planIDs.contains(t.id) || (t.cls.contains(.fpSubj) && k > sentence.lowerBound && tokens[k - 1].cls.contains(.modal)) { plan = true }
            if vocab.slotIDs.contains(t.id) || (t.cls.contains(.time) && t.cls.contains(.num)) { slot = true }
            if vocab.anythingIDs.contains(t.id) { anything = true }
            if t.id == vocab.elseID { elseWord = true }
            let offersHelp = t.cls.contains(.fpSubj) && ((k + 1 < sentence.upperBound && vocab.canIDs.contains(tokens[k + 1].id))
                || (k > sentence.lowerBound && vocab.canIDs.contains(tokens[k - 1].id)))
            if vocab.helpIDs.contains(t.id) || offersHelp {
                helping = true
            }
            if t.id == vocab.whatID { what = true }
        }
        // "Anything else?", "Is there anything else I can help you with tonight?", "What else do you need from me?" close the
        // talk; "What else?" alone invites more.
        if elseWord && ((anything && (words <= 3 || helping)) || (what && helping)) { return true }
        return slot && (plan || words <= 4)
    }

}
