/// "Sure." opening a reply is assent: "Sure. It's at 12 Bush Street", "Sure! Booking it now". The
/// same word closing a reply, after the customer's claim is repeated, is doubt: "So it broke by
/// itself? Sure." Only the second is an accusation.
extension LineScan {
    static let sureID = Lexicon.shared.id(of: "sure")!

    mutating func dropAssent() {
        guard let opening = sentences.first else { return }
        for i in hits.indices where hits[i].alive && hits[i].kind == .accusation {
            let k = hits[i].first
            if tokens[k].id == Self.sureID && opening.contains(k) && hits[i].last <= k + 1 { hits[i].alive = false }
        }
    }
}
