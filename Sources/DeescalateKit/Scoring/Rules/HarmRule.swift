/// Harmful moves (blame, accusation, condescension, dismissal, policy wall, "calm down", sarcasm,
/// insults, threats) cost points on the total: each kind once per turn. A hostile turn's good words
/// also earn nothing, so keyword-stuffed hostility scores below plain politeness.
struct HarmRule: ScoringRule {
    let id = "harm"
    /// Kinds scored by their own rules.
    static let scoredElsewhere: Set<MoveKind> = [.excuse, .nonApology, .refusal]

    func findings(in context: ScoringContext) -> [Finding] {
        context.traineeTurns.flatMap { turn in
            var seen: [MoveKind] = []
            return turn.moves.compactMap { move -> Finding? in
                guard move.kind.isHarmful, !Self.scoredElsewhere.contains(move.kind), !seen.contains(move.kind) else { return nil }
                seen.append(move.kind)
                let label = move.kind == .insult && turn.reading.profane ? "profanity" : move.kind.label
                return Finding(rule: "harm-\(move.kind.rawValue)", step: nil, turn: turn.number, words: move.evidence.words,
                               points: context.rubric.harmPoints(move.kind), message: "harmful move: \(label)")
            }
        }
    }
}
