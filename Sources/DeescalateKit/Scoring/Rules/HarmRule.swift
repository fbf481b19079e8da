/// Harmful moves cost points on the total, each time they happen.
struct HarmRule: ScoringRule {
    let id = "harm"

    func findings(in context: ScoringContext) -> [Finding] {
        context.traineeTurns.flatMap { turn in
            turn.analysis.moves.filter { $0.kind.isHarmful && $0.kind != .excuse }.map { move in
                Finding(rule: "harm-\(move.kind.rawValue)", step: nil, turn: turn.number, words: move.evidence.words,
                        points: context.rubric.points("harm.each"), message: "harmful move: \(move.kind.label)")
            }
        }
    }
}
