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
            if hostile || sells[s] || slot[s] == true || asksSlotInRequest(q) { hits[i].alive = false }
        }
    }

    /// Whether `sentence` asks for a when, where, who, how many, which place or what name, for a plan
    /// rather than an incident, or is a bare "anything else?". A plan looks ahead (would like, want,
    /// shall, should, a travel or booking verb) or is a verbless fragment ("In which suburb?"); a
    /// question about the past, a problem, a kind or the customer's setup ("Which browser?") is not a slot.
    func isSlotQuestion(_ sentence: Range<Int>) -> Bool {
        var words = 0, plan = false, slot = false, anything = false, what = false, elseWord = false, helping = false
        var ahead = false   // a future modal seen: a participle after it is part of the plan
        var verbless = true // "And for how many guests?": a fragment asks for the slot of the plan under way
        // "What is the time of the show?" asks for a slot with a copula alone; "Who is the carrier on
        // your order?" asks about the problem: a copula fragment needs a slot noun.
        var copula = false, slotNoun = false
        // A read-back ("You want to pick it up on the 6th?") confirms; only a question form asks for a slot.
        guard var opener = sentence.first(where: { tokens[$0].cls.contains(.word) && !tokens[$0].cls.contains(.disc) }) else { return false }
        // "In which suburb?", "For how many guests?", "To whom?": a preposition before the question word.
        if vocab.slotPrepositionIDs.contains(tokens[opener].id), opener + 1 < sentence.upperBound, tokens[opener + 1].cls.contains(.wh) {
            opener += 1
        }
        guard !tokens[opener].cls.isDisjoint(with: [.wh, .doVerb, .modal, .be, .have]) || vocab.anythingIDs.contains(tokens[opener].id)
                || tokens[opener].id == vocab.thereID
        else { return false }
        for k in sentence {
            let t = tokens[k]
            guard t.cls.contains(.word) else { continue }
            words += 1
            if vocab.futureModalIDs.contains(t.id) { ahead = true }
            // "your preferred city" is a plan, however it is inflected.
            let participle = t.cls.contains(.past) && ((ahead && !(k > sentence.lowerBound && tokens[k - 1].cls.contains(.have)))
                || ((vocab.planIDs.contains(t.id) || t.id == vocab.planID) && k > sentence.lowerBound && !tokens[k - 1].cls.contains(.youSubject)))
            // "How much did you want to send?" is the plan asked politely, not an incident.
            let politePast = k + 2 < sentence.upperBound && tokens[k + 1].cls.contains(.youSubject) && vocab.planIDs.contains(tokens[k + 2].id)
            if (t.cls.contains(.past) && !participle) || t.cls.contains(.neg) || (vocab.incidentIDs.contains(t.id) && !politePast) { return false }
            if t.id == vocab.planID && k > sentence.lowerBound {
                // "Do you plan to…" looks ahead; "Which plan are you on?" asks about the customer's setup.
                let before = tokens[k - 1]
                if !before.cls.isDisjoint(with: [.you, .fpSubj, .be]) { plan = true }
                else if before.cls.contains(.wh) || before.id == vocab.yourID { return false }
            } else if vocab.setupIDs.contains(t.id) { return false }
            if !t.cls.isDisjoint(with: [.doVerb, .modal, .have, .verb, .nonAct, .ing, .past]) { verbless = false }
            if t.cls.contains(.be) { copula = true }
            // "Shall I…", "When will you be driving back?": a modal before its subject asks about what is ahead.
            let afterModal = k > sentence.lowerBound && (t.cls.contains(.fpSubj) && tokens[k - 1].cls.contains(.modal)
                || t.cls.contains(.youSubject) && vocab.futureModalIDs.contains(tokens[k - 1].id))
            if vocab.planIDs.contains(t.id) || afterModal { plan = true }
            if vocab.slotIDs.contains(t.id) || (t.cls.contains(.time) && t.cls.contains(.num)) {
                slot = true
                if !t.cls.contains(.wh) { slotNoun = true }
            }
            if vocab.anythingIDs.contains(t.id) { anything = true }
            if t.id == vocab.elseID || t.id == vocab.moreID { elseWord = true }   // "anything else?", "anything more?"
            let offersHelp = t.cls.contains(.fpSubj) && ((k + 1 < sentence.upperBound && vocab.canIDs.contains(tokens[k + 1].id))
                || (k > sentence.lowerBound && vocab.canIDs.contains(tokens[k - 1].id)))
            if vocab.helpIDs.contains(t.id) || offersHelp {
                helping = true
            }
            if t.id == vocab.whatID {
                what = true
                // "What song would you like?" names a thing as "which" does; "What would you like?" does not.
                if k + 1 < sentence.upperBound, isPlainNoun(tokens[k + 1]) { slot = true }
            }
        }
        // "Anything else?", "Is there anything else I can help you with tonight?", "What else do you need from me?" close the
        // talk; "What else?" alone invites more.
        if elseWord && ((anything && (words <= 3 || helping || onlyGlue(sentence))) || (what && helping)) { return true }
        return slot && (plan || (verbless && (!copula || slotNoun)) || words <= 4)
    }

    /// "Please tell me which town you'd like to stay in": a request that embeds a slot question asks for the slot.
    private func asksSlotInRequest(_ q: Hit) -> Bool {
        let sentence = sentences[sentenceOf[q.first]]
        guard q.first < q.last, let wh = (q.first + 1...q.last).first(where: { tokens[$0].cls.contains(.wh) }) else { return false }
        return isSlotQuestion(wh..<sentence.upperBound)
    }

    /// "Is there anything else for now?": besides "anything else", only function words, times and
    /// adverbs; "Is there anything else you'd like to tell me?" invites more.
    private func onlyGlue(_ sentence: Range<Int>) -> Bool {
        sentence.allSatisfy { k in
            let t = tokens[k]
            return !t.cls.contains(.word) || vocab.anythingIDs.contains(t.id) || t.id == vocab.elseID
                || !t.cls.isDisjoint(with: [.be, .time, .adv, .disc]) || (t.cls.contains(.function) && t.cls.isDisjoint(with: [.verb, .nonAct, .act]))
        }
    }

    /// A word that can only be a noun here: no verb, pronoun, determiner or function word ("song", "dish").
    private func isPlainNoun(_ t: Token) -> Bool {
        t.cls.contains(.word) && t.id != vocab.elseID && t.cls.isDisjoint(with: [
            .modal, .be, .doVerb, .have, .wh, .fp, .you, .det, .third, .neg, .adv, .intens, .verb, .nonAct, .function, .disc, .num,
        ])
    }
}
