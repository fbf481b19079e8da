/// "Sure." opening a reply, or followed by more of it, is assent: "Sure. It's at 12 Bush Street",
/// "Why not? Sure. I can help with that". The same word closing a reply, after the customer's claim
/// is repeated, is doubt: "So it broke by itself? Sure." Only that is an accusation.
extension LineScan {

    mutating func dropAssent() {
        guard let opening = sentences.first, let lastWord = tokens.lastIndex(where: { $0.cls.contains(.word) }) else { return }
        for i in hits.indices where hits[i].alive && hits[i].kind == .accusation {
            let k = hits[i].first
            guard tokens[k].id == vocab.sureID, hits[i].last <= k + 1 else { continue }
            // A word after "Sure." means the reply goes on.
            if opening.contains(k) || lastWord > hits[i].last { hits[i].alive = false }
        }
    }
}
