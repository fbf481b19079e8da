/// The rules that need more than one pattern: they look at whole sentences and the whole line.
extension LineScan {
    /// "Sorry," that apologises for the conversation (a bad line, a repeat, an interruption) rather
    /// than for the customer's experience is not an apology: bare "sorry" opening a sentence, followed
    /// by a question or by talk about the line, the account lookup or a pause.
    mutating func dropDiscourseSorry() {
        guard hits.contains(where: { $0.alive && $0.kind == .apology }) else { return }
        let bySentence = hitsBySentence()
        for i in hits.indices where hits[i].alive && hits[i].kind == .apology && hits[i].first == hits[i].last {
            let k = hits[i].first
            guard tokens[k].id == vocab.sorryID, tokens[k].cls.contains(.sentStart) else { continue }
            if k > 0 && tokens[k - 1].cls.contains(.intens) { continue }          // "so sorry"
            let sentence = sentences[sentenceOf[k]]
            var next = k + 1
            if next < sentence.upperBound && tokens[next].id == vocab.toID {   // "sorry to interrupt"
                next += 1
                if next < sentence.upperBound && vocab.learnIDs.contains(tokens[next].id) { continue }   // "sorry to hear that"
            }
            else if next < sentence.upperBound && tokens[next].cls.contains(.word) { continue }  // "sorry about..."
            let rest = (next..<sentence.upperBound)
            if rest.contains(where: { tokens[$0].cls.contains(.contrast) }) { continue }  // "Sorry, but..."
            let isQuestion = tokens[sentence.upperBound - 1].cls.contains(.qmark)
            let wordsAfter = rest.filter { tokens[$0].cls.contains(.word) }
            let talksAboutLine = wordsAfter.contains {
                !tokens[$0].cls.isDisjoint(with: [.comms, .admin]) || tokens[$0].id == vocab.justID
            }
            if (isQuestion && !wordsAfter.isEmpty) || talksAboutLine { hits[i].alive = false; continue }
            // "Sorry, wrong chat." / "Sorry, I'm new here.": a bare "Sorry," before a statement that
            // says nothing about the customer, their feelings, a fault or a fix is a discourse marker.
            // "Sorry, I couldn't book it": bad news about the customer's request is apologised for.
            let aboutCustomer = wordsAfter.contains { !tokens[$0].cls.isDisjoint(with: [.you, .emo, .neg]) || vocab.faultIDs.contains(tokens[$0].id) }
            let movesAfter = bySentence[sentenceOf[k]].contains { j in
                let h = hits[j]
                return h.alive && h.first > k && (h.kind != nil || h.cue == .excuse || h.cue == .passOff)
            }
            if k + 1 < sentence.upperBound && tokens[k + 1].cls.contains(.comma) && !wordsAfter.isEmpty && !aboutCustomer && !movesAfter { hits[i].alive = false }
        }
    }

    /// Questions about the problem are listening; a question that blames (already a harm), asks for
    /// an identifier, offers a sale or only offers options is not.
    mutating func addQuestions() {
        let bySentence = hitsBySentence()
        // Each sentence's words are gathered in one buffer on the stack, sized for the longest
        // sentence: a list built per sentence was an allocation for most lines.
        let longest = sentences.reduce(1) { max($0, $1.count) }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: longest) { buffer in
            for (s, sentence) in sentences.enumerated() {
                let last = closingMark(of: sentence)
                // A sentence closed by a full stop or "!" asks nothing: decided before any word is gathered.
                if !tokens[last].cls.contains(.qmark) && tokens[last].cls.contains(.end) { continue }
                var wordCount = 0
                for k in sentence where tokens[k].cls.contains(.word) { buffer[wordCount] = k; wordCount += 1 }
                let words = UnsafeBufferPointer(rebasing: buffer[0..<wordCount])
                guard var firstWord = words.first else { continue }
                var isQuestion = tokens[last].cls.contains(.qmark)
                if !isQuestion && !tokens[last].cls.contains(.end) {
                    // Unpunctuated: "wat happend when u tried to log in", "did u get the email".
                    let w = words.firstIndex { !tokens[$0].cls.contains(.disc) || tokens[$0].cls.contains(.wh) } ?? 0
                    let head = tokens[words[w]], after = w + 1 < words.count ? tokens[words[w + 1]].cls : []
                    isQuestion = (head.cls.contains(.wh) && !after.isDisjoint(with: [.be, .have, .doVerb, .modal, .past, .verb]))
                        || (!head.cls.isDisjoint(with: [.doVerb]) && after.contains(.you))
                }
                guard isQuestion, words.count >= 2 || tokens[firstWord].cls.contains(.wh) else { continue }
                if bySentence[s].contains(where: { i in
                    let h = hits[i]
                    return h.alive && (h.kind == .options || h.kind == .reflection || h.kind == .question)
                }) { continue }
                let harms = bySentence[s].filter { hits[$0].alive && hits[$0].isHarm }
                if !harms.isEmpty {
                    // "Allegedly it broke on day one, so when exactly did you first notice?": a harmful
                    // lead-in does not stop a later clause from asking about the incident.
                    // A tag ("..., do you?") or a two-word retort ("what now?") is no question about the incident.
                    guard let clause = questionClause(in: sentence, admin: harms),
                          harms.allSatisfy({ hits[$0].last < clause }),
                          (clause..<sentence.upperBound).filter({ tokens[$0].cls.contains(.word) }).count >= 3 else { continue }
                    firstWord = clause
                }
                if isSlotQuestion(sentence) { continue }
                if bySentence[s].contains(where: { hits[$0].alive && hits[$0].isAdmin }) {
                    // "Who did you speak to, if you caught their name?": the identifier is in another clause;
                    // the question stands when one clause opens like a question and asks for no identifier.
                    guard let clause = questionClause(in: sentence, admin: bySentence[s].filter { hits[$0].alive && hits[$0].isAdmin }) else { continue }
                    firstWord = clause
                }
                if isTagQuestion(words) { continue }
                if tokens[firstWord].cls.contains(.wh) {
                    // "Which part has been most frustrating?" asks; it does not validate a feeling.
                    for i in bySentence[s] where hits[i].kind == .empathy { hits[i].alive = false }
                }
                hits.append(Hit(cue: .move(.question), priority: 2, first: firstWord, last: last))
            }
        }
    }

    /// The first word of a clause of `sentence` that opens like a question (a question word, or an
    /// auxiliary before its subject) and holds none of the `admin` cues.
    private func questionClause(in sentence: Range<Int>, admin: [Int]) -> Int? {
        var start = sentence.lowerBound
        for k in sentence where k == sentence.upperBound - 1 || tokens[k].cls.contains(.comma) {
            let clause = start..<(k + 1)
            start = k + 1
            guard let head = clause.first(where: { tokens[$0].cls.contains(.word) && !tokens[$0].cls.contains(.disc) }) else { continue }
            let opens = tokens[head].cls.contains(.wh) || (!tokens[head].cls.isDisjoint(with: [.be, .doVerb, .have, .modal])
                && head + 1 < clause.upperBound && !tokens[head + 1].cls.isDisjoint(with: [.you, .third, .det, .fp]))
            if opens && !admin.contains(where: { clause.contains(hits[$0].first) }) { return head }
        }
        return nil
    }

    /// "Lovely weather, isn't it?": a statement with a tag is small talk, not a question about the problem.
    private func isTagQuestion(_ words: UnsafeBufferPointer<Int>) -> Bool {
        guard words.count >= 4 else { return false }
        let n = words.count
        let a = tokens[words[n - 3]].cls, b = tokens[words[n - 2]].cls, c = tokens[words[n - 1]].cls
        return (a.contains(.be) || a.contains(.doVerb)) && b.contains(.neg) && c.contains(.third)
            && !tokens[words[0]].cls.contains(.wh) && !tokens[words[0]].cls.contains(.you)
            && (words[n - 3] > 0 && tokens[words[n - 3] - 1].cls.contains(.comma))
    }

    /// In a summary ("So you were told it would come Monday?") the customer's story is not blame;
    /// and a sentence that is a non-apology ("sorry you feel we let you down") apologises for nothing.
    mutating func dropBlameInReflections() {
        // Nothing to do without a harm, a summary or a non-apology in the line (most lines).
        guard hits.contains(where: { h in
            h.alive && (h.isHarm || h.kind == .reflection || h.kind == .nonApology)
        }) else { return }
        // "Nothing I can do, sorry." A "sorry" tacked onto a harm apologises for nothing.
        for indices in hitsBySentence() {
            guard let harm = indices.first(where: { hits[$0].alive && hits[$0].isHarm }) else { continue }
            for i in indices where hits[i].kind == .apology && hits[i].first > hits[harm].last
                && hits[i].first == hits[i].last && tokens[hits[i].first].id == vocab.sorryID
                && !(hits[i].first + 1 < tokens.count && tokens[hits[i].first + 1].cls.contains(.word)) {
                hits[i].alive = false
            }
        }
        // "You've been told three different things. Have I got that right?": a sentence followed by a
        // confirmation tag is the summary the tag asks about.
        let bySentence = hitsBySentence()
        var tagged = Set<Int>()
        for (s, indices) in bySentence.enumerated() where s > 0 && tokens[sentences[s].upperBound - 1].cls.contains(.qmark) {
            // The sentence's first and last words that are not discourse markers.
            let toks = tokens
            let isContent = { (k: Int) in toks[k].cls.contains(.word) && !toks[k].cls.contains(.disc) }
            if let first = sentences[s].first(where: isContent), let last = sentences[s].last(where: isContent), indices.contains(where: { i in
                hits[i].alive && hits[i].kind == .reflection && hits[i].first <= first && hits[i].last >= last - 1
            }) { tagged.insert(s - 1) }
        }
        for (s, indices) in bySentence.enumerated() {
            let nonApology = indices.contains { hits[$0].alive && hits[$0].kind == .nonApology }
            let reflections = indices.filter { hits[$0].alive && hits[$0].kind == .reflection }
            let reflection = !reflections.isEmpty || tagged.contains(s)
            // "So you're telling me it broke by itself?": a summary that carries doubt is the doubt.
            let doubt = indices.contains { hits[$0].alive && hits[$0].kind == .accusation }
            // Empathy inside a reflection, swept in order: the furthest a reflection starting at or
            // before the empathy reaches (one pass, however many of each a long sentence has).
            var reach = -1, r = 0
            let empathies = reflections.isEmpty ? [] : indices.filter { hits[$0].kind == .empathy }.sorted { hits[$0].first < hits[$1].first }
            let starts = reflections.sorted { hits[$0].first < hits[$1].first }
            var insideReflection = Set<Int>()
            for e in empathies {
                while r < starts.count && hits[starts[r]].first <= hits[e].first { reach = max(reach, hits[starts[r]].last); r += 1 }
                if hits[e].last <= reach + 1 { insideReflection.insert(e) }
            }
            for i in indices {
                switch hits[i].kind {
                case .apology, .empathy:
                    if nonApology || insideReflection.contains(i) {
                        hits[i].alive = false
                    }
                case .reflection: if doubt { hits[i].alive = false }
                // Inside a summary, "the refund went through" is the customer's story, not our fix,
                // and "(make sure) I understand" is part of the summary frame, not empathy.
                case .action: if reflection && !tokens[hits[i].first].cls.contains(.fp) { hits[i].alive = false }
                case .blame: if reflection && !doubt { hits[i].alive = false }
                default: break
                }
            }
        }
    }

    /// A calm limit on abuse: abuse words with a first-person limit ("I can't continue if you
    /// swear", "I need you to stop", "only if we stay civil"), and no threat in the line.
    mutating func addBoundaries() {
        // No abuse, insult or profanity anywhere in the line: no boundary to find.
        guard tokens.contains(where: { !$0.cls.isDisjoint(with: [.abuse, .insult, .profane]) || $0.id == vocab.namesID }) else { return }
        guard !alive({ $0 == .threat }) else { return }
        let bySentence = hitsBySentence()
        // "I'm still here to help, but I need you to stop calling me names": with help still offered,
        // the limit inside a first-person sentence is the boundary, not a command to calm down.
        let helpOffered = tokens.contains { vocab.helpOfferIDs.contains($0.id) }
        for (s, sentence) in sentences.enumerated()
        where sentence.contains(where: { (tokens[$0].cls.contains(.abuse) && !tokens[$0].cls.contains(.name)) || tokens[$0].id == vocab.namesID })
            && !sentenceHasLink(sentence) || namesAnInsultAtMe(sentence) {
            let firstPerson = sentence.first { tokens[$0].cls.contains(.fpSubj) }
            let limit = sentence.contains { tokens[$0].cls.contains(.neg) || vocab.limitIDs.contains(tokens[$0].id) }
            guard let start = firstPerson ?? sentence.first(where: { tokens[$0].cls.contains(.word) }), limit,
                  let end = sentence.last(where: { tokens[$0].cls.contains(.word) }) else { continue }
            hits.append(Hit(cue: .move(.boundary), priority: 3, first: start, last: end))
            if helpOffered && sentence.contains(where: { tokens[$0].cls.contains(.fp) }) {
                for i in bySentence[s] where hits[i].alive && (hits[i].kind == .calmDown || hits[i].kind == .dismissal)
                    && !tokens[hits[i].first].cls.contains(.clauseStart)
                    && (hits[i].first...hits[i].last).contains(where: { tokens[$0].cls.contains(.abuse) || tokens[$0].id == vocab.namesID }) {
                    hits[i].alive = false
                }
            }
            // "I'm happy to keep going, but only if...": the offer to continue is the boundary's own
            // wording, not an acknowledgement or a fix.
            // "as long as we can both stay respectful": the condition's own "we can" is no fix either;
            // "I'll keep working on your refund, but..." names a remedy and stays.
            let condition = sentence.first { tokens[$0].cls.contains(.contrast) || vocab.conditionIDs.contains(tokens[$0].id) } ?? sentence.upperBound
            let lastAbuse = sentence.last { tokens[$0].cls.contains(.abuse) } ?? -1
            for i in bySentence[s] {
                let h = hits[i]
                let names = (h.first..<min(h.last + 5, sentence.upperBound)).contains { !tokens[$0].cls.isDisjoint(with: [.act, .soln]) }
                let inCondition = h.first > condition && lastAbuse >= h.last
                if h.kind == .refusal || h.kind == .acknowledgement
                    || (h.kind == .action && ((h.first < condition && !names) || inCondition)) { hits[i].alive = false }
            }
        }
    }

    /// "Can't" followed by what we can do, and policy quoted while solving, are not walls.
    mutating func dropRefusalsWithAlternatives() {
        let solves = alive({ $0.category == .solve })
        let alternative = hits.first { $0.alive && $0.cue == .alternative }
        guard solves || alternative != nil else { return }
        // "I can't do Monday, but Tuesday morning is free": the alternative is itself the offer.
        if !solves, let alternative, hits.contains(where: { $0.alive && $0.kind == .refusal && $0.first < alternative.first }) {
            hits.append(Hit(cue: .move(.options), priority: 2, first: alternative.first, last: alternative.last))
        }
        for i in hits.indices where hits[i].kind == .refusal || hits[i].kind == .policyWall { hits[i].alive = false }
    }

    /// A fix with a concrete time or a named owner in its sentence is a commitment. Concrete: a clock
    /// time ("5pm", "at 9", "by 14:00"), a day ("today", "tomorrow", "Friday", "this afternoon"), an
    /// immediate time ("now", "straight away"), or a counted span ("within 3 days", "in an hour", "by end
    /// of day"). Vague times ("soon", "shortly", "later", "asap", "at some point") promise nothing: a
    /// deadline nobody can check is not a commitment. "asap" counts as vague because it sets no deadline.
    mutating func addCommitments() {
        // Each sentence is searched once, found or not: the first 64 marked in a word's bits, the
        // rest (a long paste) in a list made only then.
        var searchedBits: UInt64 = 0, searched: [Bool] = []
        for h in hits where h.alive && (h.kind == .action || h.kind == .followUp || h.kind == .referral) {
            let s = sentenceOf[h.first]
            if s < 64 {
                guard searchedBits & (1 << UInt64(s)) == 0 else { continue }
                searchedBits |= 1 << UInt64(s)
            } else {
                if searched.isEmpty { searched = [Bool](repeating: false, count: sentences.count) }
                guard !searched[s] else { continue }
                searched[s] = true
            }
            guard let k = sentences[s].first(where: isConcreteTime) else { continue }
            // The evidence is the whole deadline: "in ten minutes", "within 3 days", "by Friday", not "minutes".
            var start = k
            while start > max(sentences[s].lowerBound, k - 5), tokens[start - 1].cls.contains(.num)
                    || vocab.unitQualifierIDs.contains(tokens[start - 1].id) || vocab.timePrepositions.contains(tokens[start - 1].id) {
                start -= 1
            }
            hits.append(Hit(cue: .move(.commitment), priority: 2, first: start, last: k))
        }
    }

    /// Whether token `k` names a concrete time or an owner (see `addCommitments`).
    func isConcreteTime(_ k: Int) -> Bool {
        let t = tokens[k]
        if t.cls.contains(.owner) { return true }
        let before = k > 0 ? tokens[k - 1] : nil
        if t.cls.contains(.num) {
            // "5pm" is a time; a bare number is one after "by/at/before/until" ("by 5", "at 14:10").
            return t.cls.contains(.time) || before.map { vocab.clockPrepositions.contains($0.id) } == true
        }
        guard t.cls.contains(.time), !vocab.vagueTimeIDs.contains(t.id) else { return false }
        guard vocab.timeUnitIDs.contains(t.id) else { return true }
        // "hours", "days", "week": counted or pointed at ("within 3 days", "an hour", "this week", "end of the day").
        guard let before else { return false }
        return before.cls.contains(.num) || vocab.unitQualifierIDs.contains(before.id)
    }

    /// "Report it on our Abuse page: LINK" routes a report; a boundary carries no link.
    private func sentenceHasLink(_ sentence: Range<Int>) -> Bool {
        sentence.contains { tokens[$0].cls.contains(.link) }
    }

    /// "don't call me an idiot": the customer's insult, named to set a limit, counts as naming abuse.
    private func namesAnInsultAtMe(_ sentence: Range<Int>) -> Bool {
        sentence.contains { i in
            vocab.callIDs.contains(tokens[i].id) && i + 1 < sentence.upperBound && tokens[i + 1].id == vocab.meID
                && (i + 2..<min(i + 5, sentence.upperBound)).contains { !tokens[$0].cls.isDisjoint(with: [.insult, .profane]) }
        }
    }

}
