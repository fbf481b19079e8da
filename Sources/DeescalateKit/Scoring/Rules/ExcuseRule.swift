/// An explanation or excuse straight after an apology erases it ("sorry, but the system was down").
struct ExcuseRule: ScoringRule {
    let id = "excuse-after-apology"

    func findings(in context: ScoringContext) -> [Finding] {
        context.traineeTurns.compactMap { turn in
            guard let excuse = turn.first(.excuse) else { return nil }
            return Finding(rule: id, step: .apologize, turn: turn.number, words: excuse.evidence.words,
                           points: context.rubric.points("apologize.erased-by-excuse"),
                           message: "an excuse straight after the apology erased it")
        }
    }
}
