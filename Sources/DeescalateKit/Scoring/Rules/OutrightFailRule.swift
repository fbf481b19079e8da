/// Insults, profanity or threats at the customer fail the session outright, whatever else was said.
/// The analyzer reports profanity at the customer as an insult, so both are worded "an insult (or profanity)".
struct OutrightFailRule: ScoringRule {
    let id = "outright-fail"
    /// Kinds that fail a session.
    static let failingKinds: Set<MoveKind> = [.insult, .threat]

    func findings(in context: ScoringContext) -> [Finding] {
        for turn in context.traineeTurns where Self.failingKinds.contains(where: turn.has) {
            guard let move = turn.moves.first(where: { Self.failingKinds.contains($0.kind) }) else { continue }
            let what = move.kind == .threat ? "a threat" : "an insult (or profanity)"
            return [Finding(rule: id, step: nil, turn: turn.number, words: move.evidence.words,
                            points: context.rubric.points("fail.outright"),
                            message: "\(what) at the customer fails the session outright")]
        }
        return []
    }
}
