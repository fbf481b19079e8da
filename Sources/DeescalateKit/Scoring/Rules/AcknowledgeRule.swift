/// Apologize: what the simulated customer must hear acknowledged (a bereavement, cut hours),
/// acknowledged on the trainee's very next turn — with empathy, an apology or a reflection. Late
/// costs a little; never costs much. Only simulator transcripts name such facts.
struct AcknowledgeRule: ScoringRule {
    let id = "acknowledge"

    func findings(in context: ScoringContext) -> [Finding] {
        (context.transcript.persona?.mustAcknowledge ?? []).compactMap { fact in
            guard let told = context.turnTelling(fact.id) else { return nil }
            let after = context.traineeTurns.filter { $0.number > told }
            guard let next = after.first else { return nil } // the session ended as they said it
            if ScoringContext.acknowledges(next) {
                return Finding(rule: id, step: .apologize, turn: next.number, words: next.first(.apologize)?.evidence.words ?? next.first(.listen)?.evidence.words ?? "",
                               points: 0, message: "acknowledged what the customer told at turn \(told) (\(fact.summary))")
            }
            if let later = after.first(where: ScoringContext.acknowledges) {
                return Finding(rule: id, step: .apologize, turn: later.number, words: later.first(.apologize)?.evidence.words ?? later.first(.listen)?.evidence.words ?? "",
                               points: context.rubric.points("apologize.acknowledged-late"),
                               message: "acknowledged what the customer told at turn \(told) (\(fact.summary)) only at turn \(later.number)")
            }
            return Finding(rule: id, step: .apologize, turn: told, words: "", points: context.rubric.points("apologize.not-acknowledged"),
                           message: "never acknowledged what the customer told at turn \(told) (\(fact.summary))")
        }
    }
}
