/// Harmful moves (blame, accusation, condescension, dismissal, policy wall, "calm down", sarcasm,
/// insults and profanity, threats) cost points on the total: each kind once per turn. A line shouted
/// in capitals talks down to the customer whatever its words, and costs as condescension. A hostile
/// turn's good words also earn nothing, so keyword-stuffed hostility scores below plain politeness.
struct HarmRule: ScoringRule {
    let id = "harm"
    /// Kinds scored by their own rules.
    static let scoredElsewhere: Set<MoveKind> = [.excuse, .nonApology, .refusal]

    func findings(in context: ScoringContext) -> [Finding] {
        context.traineeTurns.flatMap { turn in
            var seen: [MoveKind] = []
            var findings = turn.moves.compactMap { move -> Finding? in
                guard move.kind.isHarmful, !Self.scoredElsewhere.contains(move.kind), !seen.contains(move.kind) else { return nil }
                seen.append(move.kind)
                return Finding(rule: "harm-\(move.kind.rawValue)", step: nil, turn: turn.number, words: move.evidence.words,
                               points: context.rubric.harmPoints(move.kind), message: "harmful move: \(move.kind.label)")
            }
            if turn.facts.isShouted, !seen.contains(.condescension) {
                findings.append(Finding(rule: "harm-condescension", step: nil, turn: turn.number, words: Self.opening(of: turn.turn.text),
                                        points: context.rubric.harmPoints(.condescension), message: "harmful move: shouting in capitals"))
            }
            return findings
        }
    }

    /// The first few words of a line, to cite.
    static func opening(of text: String) -> String {
        text.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: true).prefix(6).joined(separator: " ")
    }
}
