/// With an abusive customer, a calm, firm limit while the offer to help stands is a skill.
struct BoundaryRule: ScoringRule {
    let id = "boundary"

    func findings(in context: ScoringContext) -> [Finding] {
        guard let turn = context.traineeTurns.first(where: { !$0.isHostile && $0.reading.has(.boundary) && $0.reading.helpStands }),
              let move = turn.first(.boundary), context.customerWasAbusive else { return [] }
        return [Finding(rule: id, step: nil, turn: turn.number, words: move.evidence.words,
                        points: context.rubric.points("boundary.held"),
                        message: "set a calm boundary on abuse while the offer to help stood")]
    }
}
