/// Feedback a trainee can act on: for each weak step, what happened (turn, words) and what to try.
struct FeedbackWriter {
    let context: ScoringContext
    let steps: [Step: Int]
    let findings: [Finding]

    /// Weak steps first (lowest score), then harms; at least three items when there is anything to say.
    func feedback() -> [Feedback] {
        var items: [Feedback] = []
        if let harm = findings.first(where: { $0.rule.hasPrefix("harm-") }) {
            items.append(Feedback(step: nil, turn: harm.turn,
                                  message: "Turn \(harm.turn): \"\(harm.words)\" was a \(harm.message.replacingAll("harmful move: ", with: "")). Say what you can do instead, and keep the customer's side."))
        }
        for step in Step.allCases.sorted(by: { (steps[$0] ?? 0, $0) < (steps[$1] ?? 0, $1) }) {
            let score = steps[step] ?? 0
            if let item = advice(for: step, score: score) { items.append(item) }
        }
        return items
    }

    private func advice(for step: Step, score: Int) -> Feedback? {
        let negative = findings.first { $0.step == step && $0.points < 0 }
        switch step {
        case .listen:
            if let negative {
                return Feedback(step: step, turn: negative.turn, message: "Turn \(negative.turn): you offered \"\(negative.words)\" before the customer felt heard. Ask what happened and reflect it back first.")
            }
            if score < 60 { return Feedback(step: step, turn: 0, message: "Ask an open question (\"What happened when…?\") and summarise what you heard before solving.") }
            return good(step)
        case .apologize:
            if let negative {
                return Feedback(step: step, turn: negative.turn, message: "Turn \(negative.turn): \"\(negative.words)\" undid your apology. Apologise for the experience and stop there — no \"but\".")
            }
            if score < 60 { return Feedback(step: step, turn: 0, message: "Apologise for the experience early (\"I'm sorry you had to wait\") and name the feeling (\"that must be frustrating\").") }
            return good(step)
        case .solve:
            if score < 60 {
                let firstSolve = context.firstTurn(performing: .solve)
                return Feedback(step: step, turn: firstSolve?.number ?? 0, message: firstSolve == nil
                    ? "Offer a concrete next step: what you will do, by when, and who owns it."
                    : "Turn \(firstSolve!.number): make the offer concrete — a step, an owner and a time — and offer options where there are several.")
            }
            return good(step)
        case .thank:
            if score < 60 { return Feedback(step: step, turn: 0, message: "Close by thanking the customer — for their patience, or for raising it.") }
            return good(step)
        }
    }

    private func good(_ step: Step) -> Feedback? {
        guard let best = findings.first(where: { $0.step == step && $0.points > 0 }) else { return nil }
        return Feedback(step: step, turn: best.turn, message: "Turn \(best.turn): good \(step.title.lowercased()) — \"\(best.words)\" (\(best.message)).")
    }
}
