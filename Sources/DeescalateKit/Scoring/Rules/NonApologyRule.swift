/// "Sorry you feel that way" apologises for the customer's feeling, not the experience: it earns
/// nothing and costs a little.
struct NonApologyRule: ScoringRule {
    let id = "non-apology"

    func findings(in context: ScoringContext) -> [Finding] {
        guard let turn = context.traineeTurns.first(where: { $0.has(.nonApology) }),
              let move = turn.first(.nonApology) else { return [] }
        return [Finding(rule: id, step: .apologize, turn: turn.number, words: move.evidence.words,
                        points: context.rubric.points("apologize.non-apology"),
                        message: "apologised for the customer's feeling rather than the experience")]
    }
}
