/// Solve: options offered for the customer to choose between.
struct OptionsRule: ScoringRule {
    let id = "solve-options"

    func findings(in context: ScoringContext) -> [Finding] {
        guard let turn = context.firstTurn(with: .options), let move = turn.first(.options) else { return [] }
        return [Finding(rule: id, step: .solve, turn: turn.number, words: move.evidence.words,
                        points: context.rubric.points("solve.options"), message: "offered options")]
    }
}
