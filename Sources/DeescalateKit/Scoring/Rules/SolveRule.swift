/// Solve: what we can do, concretely, with an owner and a time, options and follow-up; in the
/// simulator, whether the customer accepted it.
struct SolveRule: ScoringRule {
    let id = "solve"

    func findings(in context: ScoringContext) -> [Finding] {
        let rubric = context.rubric
        var findings: [Finding] = []
        guard let first = context.firstTurn(performing: .solve), let move = context.firstMove(.solve, in: first) else { return [] }
        findings.append(Finding(rule: id, step: .solve, turn: first.number, words: move.evidence.words,
                                points: rubric.points("solve.first"), message: "offered a way forward (\(move.kind.label))"))
        let bonuses: [(MoveKind, String, String)] = [
            (.commitment, "solve.concrete", "committed to an owner or a time"),
            (.options, "solve.options", "offered options"),
            (.followUp, "solve.follow-up", "promised a follow-up"),
        ]
        for (kind, key, message) in bonuses {
            guard let turn = context.traineeTurns.first(where: { !$0.analysis.moves(of: kind).isEmpty }),
                  let found = turn.analysis.moves(of: kind).first else { continue }
            findings.append(Finding(rule: "solve-\(kind.rawValue)", step: .solve, turn: turn.number, words: found.evidence.words,
                                    points: rubric.points(key), message: message))
        }
        if context.transcript.outcome == .resolved {
            findings.append(Finding(rule: "solve-accepted", step: .solve, turn: context.transcript.turns.count, words: "",
                                    points: rubric.points("solve.accepted"), message: "the customer accepted the solution"))
        }
        return findings
    }
}
