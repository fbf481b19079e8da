/// For simulator transcripts: how far the customer's frustration moved from the start to the end,
/// in points per 10 levels lowered (negative when it rose), at most 5 either way: the curve confirms
/// the steps, it should not stand in for one.
struct FrustrationRule: ScoringRule {
    let id = "frustration"

    func findings(in context: ScoringContext) -> [Finding] {
        let curve = context.transcript.frustrationCurve
        guard curve.count >= 2, let start = curve.first, let end = curve.last, start != end else { return [] }
        let change = end - start
        let points = max(-5, min(5, -change * context.rubric.points("frustration.per-10") / 10))
        return [Finding(rule: id, step: nil, turn: context.transcript.turns.count, words: "", points: points,
                        message: "frustration went from \(start) to \(end) (\(change > 0 ? "+" : "")\(change))")]
    }
}
