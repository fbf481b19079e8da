/// Apologize: empathy that names or validates the customer's feeling ("that must be frustrating").
struct EmpathyRule: ScoringRule {
    let id = "empathy"

    func findings(in context: ScoringContext) -> [Finding] {
        guard let turn = context.firstTurn(with: .empathy), let move = turn.first(.empathy) else { return [] }
        return [Finding(rule: id, step: .apologize, turn: turn.number, words: move.evidence.words,
                        points: context.rubric.points("apologize.empathy"), message: "named or validated the feeling")]
    }
}
