/// How the conversation ended: recorded by the simulator, or read from a chat log's last customer turn
/// (a chat log with no clear ending gets no finding, so it is neither helped nor hurt).
struct OutcomeRule: ScoringRule {
    let id = "outcome"

    func findings(in context: ScoringContext) -> [Finding] {
        guard let ending = context.ending else { return [] }
        return [Finding(rule: id, step: nil, turn: ending.inferred ? ending.turn : context.transcript.turns.count, words: ending.words,
                        points: context.rubric.points("outcome.\(ending.outcome.rawValue)"),
                        message: "the conversation ended \(ending.outcome.rawValue)" + (ending.inferred ? " (from the customer's last words)" : ""))]
    }
}
