/// For simulator transcripts: how the conversation ended.
struct OutcomeRule: ScoringRule {
    let id = "outcome"

    func findings(in context: ScoringContext) -> [Finding] {
        guard let outcome = context.transcript.outcome else { return [] }
        let curve = context.transcript.frustrationCurve
        let change = (curve.last ?? 0) - (curve.first ?? 0)
        return [Finding(rule: id, step: nil, turn: context.transcript.turns.count, words: "",
                        points: context.rubric.points("outcome.\(outcome.rawValue)"),
                        message: "the conversation ended \(outcome.rawValue) (frustration \(change >= 0 ? "+" : "")\(change))")]
    }
}
