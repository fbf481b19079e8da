/// Sarcasm and brush-offs that need the whole line: step words stuffed into a short line or heaped
/// before a brush-off, capitalised emphasis on an apology, a mocking emoji, and the tautology that
/// promises nothing ("You'll get it when you get it").
extension LineScan {
    /// Sarcasm carried by the shape of the words: an ALL-CAPS emphasis word next to an apology or
    /// thanks ("I'm SO sorry"), or apologies and thanks stuffed into a short line.
    mutating func addSarcasmCues() {
        var words = 0, capsWords = 0, apologies = 0, thanks = 0
        for t in tokens where t.cls.contains(.word) {
            words += 1
            if t.cls.contains(.caps) { capsWords += 1 }
            if t.cls.contains(.apol) { apologies += 1 }
            if t.cls.contains(.thank) { thanks += 1 }
        }
        // Step words heaped before a brush-off ("I hear you, I hear you, apologies, thanks, now can we
        // move on?") are the brush-off's wrapping, however few of each kind.
        let stuffed = apologies >= 3 || (apologies >= 2 && thanks >= 2) || thanks >= 4
            || (apologies + thanks >= 1 && hits.contains { $0.alive && $0.kind == .dismissal }
                && apologies + thanks + hits.filter({ $0.alive && $0.kind == .acknowledgement }).count >= 3)
        if words <= 40 && stuffed {
            hits.append(Hit(cue: .mockery, priority: 3, first: 0, last: tokens.count - 1))
        }
        // A line shouted in capitals is angry, not sarcastic; emphasis stands out from lowercase.
        if capsWords > 0 && capsWords * 2 < words {
            // Which sentences hold an apology or thanks, found once rather than per capitalised word.
            var polite = [Bool](repeating: false, count: sentences.count)
            for (i, t) in tokens.enumerated() where !t.cls.isDisjoint(with: [.apol, .thank]) { polite[sentenceOf[i]] = true }
            for (i, t) in tokens.enumerated() where t.cls.contains(.caps) && !t.cls.isDisjoint(with: [.intens, .apol, .thank, .emo]) {
                if polite[sentenceOf[i]] { hits.append(Hit(cue: .mockery, priority: 3, first: i, last: i)) }
            }
        }
        if words > 0, let e = tokens.firstIndex(where: { $0.cls.contains(.sarcEmoji) }) {
            // A mocking emoji turns the step words of the line into the mockery.
            hits.append(Hit(cue: .mockery, priority: 3, first: e, last: e))
        }
    }

    /// "You'll get it when you get it", "It'll be ready when it's ready": a clause repeated after
    /// "when" names no time at all; said to the customer it is a brush-off.
    mutating func addTautologies() {
        guard let whenID = vocab.whenID, tokens.contains(where: { $0.id == whenID }) else { return }
        for k in tokens.indices where tokens[k].id == whenID && k > 0 {
            // The words after "when" up to the clause's end, and before it back to the clause's start
            // with "will" and "be" left out ("it'll be ready" is "it ready" as "it's ready" is).
            var after: [Int] = []
            var j = k + 1
            while j < tokens.count && tokens[j].cls.contains(.word) && after.count <= 5 { after.append(j); j += 1 }
            guard (2...5).contains(after.count), j >= tokens.count || !tokens[j].cls.isDisjoint(with: .punct) else { continue }
            let said = after.filter { !isFiller(tokens[$0]) }
            var before: [Int] = []
            var i = k - 1
            while i >= 0 && tokens[i].cls.contains(.word) && before.count < said.count {
                if !isFiller(tokens[i]) { before.insert(i, at: 0) }
                i -= 1
            }
            guard before.count == said.count, !said.isEmpty,
                  zip(before, said).allSatisfy({ tokens[$0.0].id == tokens[$0.1].id }),
                  let first = before.first, let last = after.last else { continue }
            hits.append(Hit(cue: .move(.dismissal), priority: 3, first: first, last: last))
        }
    }

    /// "Sorry you didn't read the bit about the deposit", "I'm sorry that you chose the wrong fare":
    /// an apology whose object is the customer's own failing apologises for nothing; it is a
    /// non-apology, and the blame stays.
    mutating func addBlamingApologies() {
        guard hits.contains(where: { $0.alive && $0.kind == .blame }) else { return }
        for b in hits.indices where hits[b].alive && hits[b].kind == .blame && hits[b].first > 0 {
            var k = hits[b].first - 1
            if tokens[k].id == vocab.thatID && k > 0 { k -= 1 }
            guard let a = hits.firstIndex(where: { $0.alive && $0.kind == .apology && $0.last == k }) else { continue }
            hits[a].alive = false
            hits.append(Hit(cue: .move(.nonApology), priority: 3, first: hits[a].first, last: hits[b].last))
        }
    }

    /// "Rules are rules", "A bill is a bill", "Policy's policy": a clause that only says a thing is
    /// itself explains nothing and closes the matter; about the rules it is a policy wall.
    mutating func addIdentities() {
        var start = 0
        for end in 0...tokens.count where end == tokens.count || !tokens[end].cls.isDisjoint(with: .punct) {
            defer { start = end + 1 }
            guard end - start >= 2 && end - start <= 6 else { continue }
            // The clause's content words, counted with the first, second and last kept: at most six
            // tokens, so no list is built (one per clause was most of this pass's cost).
            var count = 0, first = -1, second = -1, last = -1
            for k in start..<end where tokens[k].cls.contains(.word) && tokens[k].cls.isDisjoint(with: [.det, .disc]) {
                if count == 0 { first = k } else if count == 1 { second = k }
                last = k
                count += 1
            }
            guard count >= 2 else { continue }
            let x = first, y = last
            // A word the lexicon does not know ("Deadlines are deadlines") is compared by its letters.
            guard tokens[x].id >= 0 ? tokens[x].id == tokens[y].id : sameLetters(tokens[x], tokens[y]),
                  tokens[x].cls.isDisjoint(with: Self.notThings) else { continue }
            // "X is X", or "X's X" where the "'s" is the verb.
            let linked = count == 3 && tokens[second].cls.contains(.be)
            let possessive = count == 2 && endsInApostropheS(tokens[x])
            guard linked || possessive else { continue }
            let kind: MoveKind = tokens[x].cls.contains(.policy) ? .policyWall : .dismissal
            hits.append(Hit(cue: .move(kind), priority: 3, first: x, last: y))
        }
    }

    /// Words that are no thing a tautology could be about ("sorry sorry", "no no", "it is it").
    private static let notThings: WordClass = [.apol, .thank, .fp, .you, .third, .be, .modal, .neg, .wh, .intens, .adv, .have, .doVerb]

    private func endsInApostropheS(_ t: Token) -> Bool {
        let end = Int(t.byteEnd)
        guard end - Int(t.byteStart) >= 3, bytes[end - 1] == 0x73 || bytes[end - 1] == 0x53 else { return false }
        return bytes[end - 2] == 0x27 || (end >= 4 && bytes[end - 4] == 0xE2 && bytes[end - 3] == 0x80 && bytes[end - 2] == 0x99)
    }

    /// Whether two tokens of unknown words are spelled alike, case aside (ASCII letters).
    private func sameLetters(_ a: Token, _ b: Token) -> Bool {
        let ra = Int(a.byteStart)..<Int(a.byteEnd), rb = Int(b.byteStart)..<Int(b.byteEnd)
        guard ra.count == rb.count, ra.count >= 3 else { return false }
        return zip(ra, rb).allSatisfy { bytes[$0.0] | 0x20 == bytes[$0.1] | 0x20 }
    }

    /// "will", "would" and any form of "be": what a tautology's two halves may differ by.
    private func isFiller(_ t: Token) -> Bool { t.cls.contains(.be) || t.cls.contains(.modal) }
}
