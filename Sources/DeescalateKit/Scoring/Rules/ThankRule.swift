/// Thank: gratitude in the closing turns (thanks only at the start counts for less).
struct ThankRule: ScoringRule {
    let id = "thank"

    func findings(in context: ScoringContext) -> [Finding] {
        let turns = context.traineeTurns
        guard let thanking = turns.last(where: { $0.analysis.performs(.thank) }),
              let move = context.firstMove(.thank, in: thanking) else { return [] }
        let closing = turns.suffix(2).contains { $0.number == thanking.number }
        return [Finding(rule: id, step: .thank, turn: thanking.number, words: move.evidence.words,
                        points: context.rubric.points(closing ? "thank.closing" : "thank.early-only"),
                        message: closing ? "thanked the customer in closing" : "thanked the customer, but not at the close")]
    }
}
