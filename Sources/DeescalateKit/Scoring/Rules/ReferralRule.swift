/// Solve: referring upward (a supervisor) is legitimate when the trainee says why; a referral with no
/// reason earns nothing (it reads as passing the customer on).
struct ReferralRule: ScoringRule {
    let id = "solve-referral"

    func findings(in context: ScoringContext) -> [Finding] {
        guard let turn = context.firstTurn(with: .referral), let move = turn.first(.referral) else { return [] }
        let reasoned = turn.reading.givesReason
        return [Finding(rule: id, step: .solve, turn: turn.number, words: move.evidence.words,
                        points: reasoned ? context.rubric.points("solve.referral") : 0,
                        message: reasoned ? "referred upward and said why" : "referred upward without saying why")]
    }
}
