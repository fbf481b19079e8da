/// Solve: in a simulator transcript whose persona declares a need, an offer the customer took as a
/// gesture while their need was never met ("a full refund" for a prescription that is not ready).
struct NeedRule: ScoringRule {
    let id = "solve-need-unmet"

    func findings(in context: ScoringContext) -> [Finding] {
        guard let need = context.transcript.persona?.need, context.acceptedSolution == nil,
              let gesture = context.gestures.first else { return [] }
        return [Finding(rule: id, step: .solve, turn: gesture.turn.number, words: gesture.turn.first(.solve)?.evidence.words ?? "",
                        points: context.rubric.points("solve.need-unmet"),
                        message: "the offer ('\(gesture.resolution)') did not meet the customer's need: \(need)")]
    }
}
