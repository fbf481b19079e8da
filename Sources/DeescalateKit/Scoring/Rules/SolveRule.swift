/// Solve: the trainee offered a way forward — an action, options or a referral. In a simulator
/// transcript, full points only for a solution the customer accepted (the engine records which);
/// an offer they never accepted earns a little. A chat log keeps the plain reading: any offer.
struct SolveRule: ScoringRule {
    let id = "solve"

    func findings(in context: ScoringContext) -> [Finding] {
        if context.isSimulator {
            if let accepted = context.acceptedSolution, !accepted.turn.isHostile {
                let words = accepted.turn.first(.solve)?.evidence.words ?? accepted.turn.turn.text
                return [Finding(rule: id, step: .solve, turn: accepted.turn.number, words: words, points: context.rubric.points("solve.offer"),
                                message: "offered a solution the customer accepted" + (accepted.resolution.map { " ('\($0)')" } ?? ""))]
            }
            guard let first = context.firstTurn(performing: .solve), let move = first.first(.solve) else { return [] }
            return [Finding(rule: "solve-unaccepted", step: .solve, turn: first.number, words: move.evidence.words,
                            points: context.rubric.points("solve.unaccepted"),
                            message: "offered a way forward (\(move.kind.label)) the customer did not accept")]
        }
        guard let first = context.firstTurn(performing: .solve), let move = first.first(.solve) else { return [] }
        return [Finding(rule: id, step: .solve, turn: first.number, words: move.evidence.words,
                        points: context.rubric.points("solve.offer"), message: "offered a way forward (\(move.kind.label))")]
    }
}
