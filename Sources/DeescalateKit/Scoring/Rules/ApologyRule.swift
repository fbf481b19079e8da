/// Apologize: a sincere apology for the experience — one not undone by an excuse in the same turn,
/// not a "sorry you feel that way" — and early in the conversation.
struct ApologyRule: ScoringRule {
    let id = "apologize"

    func findings(in context: ScoringContext) -> [Finding] {
        let rubric = context.rubric
        guard let sincere = context.traineeTurns.first(where: { !$0.isHostile && $0.has(.apology) && !$0.has(.excuse) }),
              let move = sincere.first(.apology) else { return [] }
        var findings = [Finding(rule: id, step: .apologize, turn: sincere.number, words: move.evidence.words,
                                points: rubric.points("apologize.sincere"), message: "apologised for the experience")]
        if Self.isEarly(sincere, in: context) {
            findings.append(Finding(rule: "apologize-early", step: .apologize, turn: sincere.number, words: move.evidence.words,
                                    points: rubric.points("apologize.early"), message: "apologised early in the conversation"))
        }
        return findings
    }

    /// Early: among the first two of the trainee's turns, or in the first third of a long conversation.
    static func isEarly(_ turn: ScoringContext.TraineeTurn, in context: ScoringContext) -> Bool {
        let count = context.traineeTurns.count
        return turn.position < max(2, (count + 2) / 3)
    }
}
