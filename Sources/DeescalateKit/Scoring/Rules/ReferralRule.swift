/// Solve: referring upward (a supervisor) when it is beyond the trainee. The analyzer reports a
/// referral as one move kind; it does not say whether a reason was given, so every referral it finds
/// earns the referral points (see docs/GRADING.md).
struct ReferralRule: ScoringRule {
    let id = "solve-referral"

    func findings(in context: ScoringContext) -> [Finding] {
        guard let turn = context.firstTurn(with: .referral), let move = turn.first(.referral) else { return [] }
        return [Finding(rule: id, step: .solve, turn: turn.number, words: move.evidence.words,
                        points: context.rubric.points("solve.referral"), message: "referred upward")]
    }
}
