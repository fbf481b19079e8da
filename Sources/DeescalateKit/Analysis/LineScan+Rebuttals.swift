/// Harms that depend on what else the line does (`Cue.unlessHelped`): the record quoted and the loss
/// made small argue with the customer only when nothing in the line helps them.
extension LineScan {
    /// Each `unlessHelped` hit becomes its harm, unless the line has a fix the agent makes ("I'll open
    /// a trace", "I've refunded it": a solve move with "I/we" in it — "he'll catch up" is no fix), a
    /// "but" follows it in its sentence ("it's only a small amount, but it matters"), or an apology or
    /// empathy comes after it ("…so you were charged twice. That's not right, and I'm sorry").
    mutating func resolveUnlessHelped() {
        guard hits.contains(where: { h in
            if case .unlessHelped = h.cue { return h.alive }
            return false
        }) else { return }
        let fixes = hits.filter { h in
            h.alive && h.kind?.category == .solve && (h.first...h.last).contains { tokens[$0].cls.contains(.fpSubj) }
        }
        for i in hits.indices {
            guard hits[i].alive, case .unlessHelped(let kind) = hits[i].cue else { continue }
            let h = hits[i]
            // A fix helps unless a "but" turns from it to the harm: "I've waived it, but that's what the fee is for."
            let helps = fixes.contains { f in
                !(f.last < h.first && sentenceOf[f.last] == sentenceOf[h.first] && (f.last + 1..<h.first).contains { tokens[$0].cls.contains(.contrast) })
            }
            let sentence = sentences[sentenceOf[h.first]]
            let conceded = (h.last + 1..<sentence.upperBound).contains { tokens[$0].cls.contains(.contrast) }
            let soothed = hits.contains { $0.alive && $0.first > h.last && $0.kind?.category == .apologize }
            // Surprise put on is good news when its own sentence brings a fix ("Amazingly, a slot came free
            // and it's yours").
            let goodNews = kind == .sarcasm && hits.contains { $0.alive && $0.kind?.category == .solve && sentenceOf[$0.first] == sentenceOf[h.first] }
            if helps || conceded || soothed || goodNews {
                hits[i].alive = false
            } else {
                hits[i].cue = .move(kind)
            }
        }
    }
}
