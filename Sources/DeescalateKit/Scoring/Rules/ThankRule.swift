/// Thank: gratitude in the closing turns (the last two of the trainee's); thanks only earlier counts for less.
struct ThankRule: ScoringRule {
    let id = "thank"

    func findings(in context: ScoringContext) -> [Finding] {
        let turns = context.traineeTurns
        guard let thanking = turns.last(where: { $0.credits(.thank) }), let move = thanking.first(.thank) else { return [] }
        let closing = thanking.position >= turns.count - 2
        return [Finding(rule: id, step: .thank, turn: thanking.number, words: move.evidence.words,
                        points: context.rubric.points(closing ? "thank.closing" : "thank.early-only"),
                        message: closing ? "thanked the customer in closing" : "thanked the customer, but not at the close")]
    }
}
