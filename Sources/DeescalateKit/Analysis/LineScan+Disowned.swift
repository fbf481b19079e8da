/// Harm that the line itself disowns is not harm. Service staff often name the thing they are not
/// doing, to reassure: "I'm not saying it's your fault", "I'm not going to tell you to calm down",
/// "You're not overreacting", "Nobody is blaming you", "None of this was down to you". The harm
/// patterns match the words inside those sentences; this pass reads the frame around them.
extension LineScan {

    mutating func dropDisownedHarms() {
        guard hits.contains(where: { $0.alive && $0.isHarm }) else { return }
        // Contrast words counted up to each token, so "is there a 'but' between" costs nothing per harm.
        var contrasts = [Int32](repeating: 0, count: tokens.count + 1)
        for (k, t) in tokens.enumerated() { contrasts[k + 1] = contrasts[k] + (t.cls.contains(.contrast) ? 1 : 0) }
        func containsContrast(_ range: Range<Int>) -> Bool { contrasts[range.upperBound] > contrasts[range.lowerBound] }
        let bySentence = hitsBySentence()
        for s in sentences.indices {
            let sentence = sentences[s]
            // (a) "I'm not saying …", "I won't just tell you …", "we're not trying to …": a first-person
            // negation before a verb of saying or judging disowns what follows in the sentence.
            var disownedFrom: Int?
            var sawFirstPerson = false
            for k in sentence {
                let t = tokens[k]
                if t.cls.contains(.fpSubj) { sawFirstPerson = true }
                guard sawFirstPerson, t.cls.contains(.neg), isNot(t) else { continue }
                var v = k + 1
                while v < sentence.upperBound, tokens[v].cls.contains(.adv) { v += 1 }
                guard v < sentence.upperBound, vocab.disowningVerbIDs.contains(tokens[v].id) else { continue }
                // "I'm not going to tell you …" disowns; "I'm not going to refund it" is a refusal.
                if vocab.goIDs.contains(tokens[v].id) {
                    guard v + 2 < sentence.upperBound, tokens[v + 1].id == vocab.toID, vocab.disowningVerbIDs.contains(tokens[v + 2].id) else { continue }
                }
                disownedFrom = k
                break
            }
            // (c) A sentence whose subject is nobody: "Nobody is blaming you", "No one here thinks …".
            let opener = tokens[sentence].firstIndex { $0.cls.contains(.word) }
            var negativeSubject: Int?
            if let opener {
                let t = tokens[opener]
                if vocab.negativeSubjectIDs.contains(t.id) { negativeSubject = opener }
                if t.id == vocab.noID, opener + 1 < sentence.upperBound, tokens[opener + 1].id == vocab.oneID { negativeSubject = opener + 1 }
            }
            for i in bySentence[s] where hits[i].alive && hits[i].isHarm {
                let h = hits[i]
                if let k = disownedFrom {
                    // The refusal reading of "I'm not saying" itself goes too; harm after a "but" stays
                    // ("I'm not saying it's your fault, but you should have checked").
                    if (h.first > k && !containsContrast(k..<h.first)) || (h.kind == .refusal && h.first <= k && h.last >= k && h.last <= k + 3) {
                        hits[i].alive = false
                        continue
                    }
                }
                if let k = negativeSubject, h.first > k, !containsContrast(k..<h.first) { hits[i].alive = false; continue }
                // (b) "You're not overreacting", "It's not you being difficult", "that's not on you":
                // "BE not" right before the harm negates it (when the harm's own words carry no negation).
                var before = h.first - 1
                while before > sentence.lowerBound, tokens[before].cls.contains(.adv) { before -= 1 }
                // (A "but" between the frame and the harm keeps the harm: "Nobody's perfect, but you …".)
                if before > sentence.lowerBound, isNot(tokens[before]), tokens[before - 1].cls.contains(.be),
                   !(h.first...h.last).contains(where: { tokens[$0].cls.contains(.neg) }) {
                    hits[i].alive = false
                }
            }
        }
    }

    /// "not" or "never" (contractions are split by the lexicon: "isn't" is "is not").
    private func isNot(_ token: Token) -> Bool { token.id == vocab.notID || token.id == vocab.neverID }
}
