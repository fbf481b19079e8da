/// A customer's direct question ("So when is he coming?") met by a reply that neither answers it
/// (no way forward) nor asks back to understand it (no listening) costs points on the total, once:
/// more sympathy and thanks in its place is the polite non-answer that leaves the customer where
/// they were. A question in the customer's last turn is not counted: the log may end there.
struct UnansweredQuestionRule: ScoringRule {
    let id = "question-unanswered"

    func findings(in context: ScoringContext) -> [Finding] {
        let turns = context.transcript.turns
        // `number` is 1-based, so the turn before a reply is at index number - 2.
        for reply in context.traineeTurns where reply.number >= 2 && reply.number - 2 < turns.count {
            let asked = turns[reply.number - 2]
            guard asked.speaker == .customer, let question = CustomerQuestion.first(in: asked.text) else { continue }
            if reply.credits(.solve) || reply.credits(.listen) || reply.has(.refusal) || reply.isHostile { continue }
            return [Finding(rule: id, step: nil, turn: reply.number, words: question.words,
                            points: context.rubric.points("solve.question-unanswered"),
                            message: "left the customer's question unanswered")]
        }
        return []
    }
}
