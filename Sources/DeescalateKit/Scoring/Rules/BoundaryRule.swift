/// With an abusive customer, a calm, firm limit while the offer to help stands is a skill. The
/// analyzer's boundary move is that limit (it is not found beside a threat); the customer's abuse is
/// read from the customer's own words.
struct BoundaryRule: ScoringRule {
    let id = "boundary"

    func findings(in context: ScoringContext) -> [Finding] {
        guard let turn = context.traineeTurns.first(where: { !$0.isHostile && $0.has(.boundary) }),
              let move = turn.first(.boundary), context.customerWasAbusive else { return [] }
        return [Finding(rule: id, step: nil, turn: turn.number, words: move.evidence.words,
                        points: context.rubric.points("boundary.held"),
                        message: "set a calm boundary on abuse while the offer to help stood")]
    }
}
