/// For simulator transcripts: how far the customer's frustration moved from the start to the end,
/// in points per 10 levels lowered (negative when it rose), at most 5 either way: the curve confirms
/// the steps, it should not stand in for one.
struct FrustrationRule: ScoringRule {
    let id = "frustration"

    func findings(in context: ScoringContext) -> [Finding] {
        let curve = context.transcript.frustrationCurve
        // Levels run 0–100; a file cannot hold others (they are refused when read), but a transcript
        // built in code can, and `end - start` or its product with the points would overflow.
        guard curve.count >= 2, let first = curve.first, let last = curve.last else { return [] }
        let start = Self.level(first), end = Self.level(last)
        guard start != end else { return [] }
        let change = end - start
        // In Double, so any points a rubric built in code gives cannot overflow; the quotient is
        // truncated toward zero as the integer division it replaces was.
        let perTen = Double(context.rubric.points("frustration.per-10"))
        let points = Int(max(-5, min(5, (Double(-change) * perTen / 10).rounded(.towardZero))))
        return [Finding(rule: id, step: nil, turn: context.transcript.turns.count, words: "", points: points,
                        message: "frustration went from \(start) to \(end) (\(change > 0 ? "+" : "")\(change))")]
    }

    /// A level held to 0–100.
    static func level(_ value: Int) -> Int { min(100, max(0, value)) }
}
