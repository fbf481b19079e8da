/// Solve: the offer is concrete — someone will do something by a stated time.
struct CommitmentRule: ScoringRule {
    let id = "solve-commitment"

    func findings(in context: ScoringContext) -> [Finding] {
        guard let turn = context.firstTurn(with: .commitment), let move = turn.first(.commitment) else { return [] }
        return [Finding(rule: id, step: .solve, turn: turn.number, words: move.evidence.words,
                        points: context.rubric.points("solve.concrete"), message: "committed to a concrete step with a time")]
    }
}
