/// Solve: the trainee offered a way forward — an action, options or a referral.
struct SolveRule: ScoringRule {
    let id = "solve"

    func findings(in context: ScoringContext) -> [Finding] {
        guard let first = context.firstTurn(performing: .solve), let move = first.first(.solve) else { return [] }
        return [Finding(rule: id, step: .solve, turn: first.number, words: move.evidence.words,
                        points: context.rubric.points("solve.offer"), message: "offered a way forward (\(move.kind.label))")]
    }
}
