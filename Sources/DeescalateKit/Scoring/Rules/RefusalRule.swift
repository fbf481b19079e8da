/// Solve: say what you *can* do. Each turn with "can't" and no alternative costs points on Solve.
struct RefusalRule: ScoringRule {
    let id = "cant-without-alternative"

    func findings(in context: ScoringContext) -> [Finding] {
        context.traineeTurns.compactMap { turn in
            guard let refusal = turn.first(.refusal) else { return nil }
            return Finding(rule: id, step: .solve, turn: turn.number, words: refusal.evidence.words,
                           points: context.rubric.points("solve.cant"), message: "said what can't be done with no alternative")
        }
    }
}
