/// Solve: a promised follow-up (a call back, a confirmation, an update).
struct FollowUpRule: ScoringRule {
    let id = "solve-follow-up"

    func findings(in context: ScoringContext) -> [Finding] {
        guard let turn = context.firstTurn(with: .followUp), let move = turn.first(.followUp) else { return [] }
        return [Finding(rule: id, step: .solve, turn: turn.number, words: move.evidence.words,
                        points: context.rubric.points("solve.follow-up"), message: "promised a follow-up")]
    }
}
