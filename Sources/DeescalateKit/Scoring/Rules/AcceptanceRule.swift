/// Solve: the customer accepted the solution — recorded by the simulator, or, in a chat log, words of
/// acceptance in the customer's last turn after an offer.
struct AcceptanceRule: ScoringRule {
    let id = "solve-accepted"

    func findings(in context: ScoringContext) -> [Finding] {
        guard let ending = context.ending, ending.outcome == .resolved, context.firstTurn(performing: .solve) != nil else { return [] }
        let turn = ending.inferred ? ending.turn : context.transcript.turns.count
        return [Finding(rule: id, step: .solve, turn: turn, words: ending.words, points: context.rubric.points("solve.accepted"),
                        message: ending.inferred ? "the customer accepted the solution (from their last words)"
                                                 : "the customer accepted the solution")]
    }
}
