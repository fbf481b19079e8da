/// Solving before the customer has been heard reads as "you're not listening": an offer made before
/// any question, reflection or invitation to say more costs points on the total.
struct ListenBeforeSolveRule: ScoringRule {
    let id = "listen-before-solve"

    func findings(in context: ScoringContext) -> [Finding] {
        guard let solving = context.firstTurn(performing: .solve), !Self.heardBeforeSolving(context),
              let move = solving.first(.solve) else { return [] }
        return [Finding(rule: id, step: nil, turn: solving.number, words: move.evidence.words,
                        points: context.rubric.points("listen.solved-before-heard"),
                        message: "offered a solution before the customer had been heard")]
    }

    /// Whether some listening came before the first offer (earlier in the same turn counts).
    static func heardBeforeSolving(_ context: ScoringContext) -> Bool {
        guard let listening = context.firstTurn(performing: .listen) else { return false }
        guard let solving = context.firstTurn(performing: .solve) else { return true }
        if listening.number != solving.number { return listening.number < solving.number }
        guard let heard = listening.first(.listen), let offer = solving.first(.solve) else { return false }
        return heard.evidence.start < offer.evidence.start
    }
}
