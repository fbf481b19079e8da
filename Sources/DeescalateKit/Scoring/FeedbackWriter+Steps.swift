/// Feedback on each LAST step: advice for a weak one (what was said, what to say instead) and praise
/// for a strong one, each citing the reply it is about.
extension FeedbackWriter {
    /// Advice on a step scoring below `weakBelow` or with points taken off; nil when there is nothing
    /// to add to `given` (advice already on the card says it).
    func stepAdvice(for step: Step, given: [Feedback]) -> Feedback? {
        let score = steps[step] ?? 0
        let hasNegative = findings.contains { $0.step == step && $0.points < 0 }
        guard score < Self.weakBelow || hasNegative else { return nil }
        switch step {
        case .listen: return listenAdvice()
        case .apologize: return apologyAdvice()
        case .solve: return solveAdvice(unsolvedSaid: given.contains { $0.step == .solve })
        case .thank:
            if let thanks = finding("thank") {
                return advice(.thank, at: thanks, "You thanked the customer in \(replyName(thanks)) (\(quote(thanks))) but not at the end. "
                    + "Close with thanks as well: \"Thank you for your patience.\"")
            }
            return advice(.thank, "None of your replies thanked the customer. Close by thanking them — for their patience, or for raising it.")
        }
    }

    private func listenAdvice() -> Feedback? {
        guard let listened = finding("listen") else {
            return advice(.listen, "None of your replies asked what happened. Ask an open question (\"Can you tell me what happened?\") "
                + "and let the customer finish before you answer.")
        }
        if finding("listen-reflection") == nil {
            return advice(.listen, at: listened, "You asked about the problem (\(replyName(listened)): \(quote(listened))) but never said back what you heard. "
                + "Summarise it (\"So what happened was … — have I got that right?\") so the customer knows they were heard.")
        }
        if finding("listen-question") == nil {
            return advice(.listen, at: listened, "You said back what you heard (\(replyName(listened)): \(quote(listened))) but never asked. "
                + "Ask an open question about what happened (\"What happened next?\") before moving on.")
        }
        return nil
    }

    private func apologyAdvice() -> Feedback? {
        if let missed = findings.first(where: { $0.rule == "acknowledge" && $0.points < 0 }), let item = acknowledgementAdvice(missed) { return item }
        if let excuse = finding("excuse-after-apology") {
            return advice(.apologize, at: excuse, "\(cite(excuse)) the explanation straight after your apology undid it. "
                + "Apologise for their experience and stop there; explain later, if at all.")
        }
        if let non = finding("non-apology") {
            return advice(.apologize, at: non, "\(cite(non)) you apologised for how the customer feels rather than for what happened. "
                + "Apologise for the experience: \"I'm sorry you had to wait.\"")
        }
        if let flood = finding("apology-flood") {
            let count = context.traineeTurns.reduce(0) { $0 + $1.facts.apologyCount }
            return advice(.apologize, at: flood, "You apologised \(count) times (\(replyName(flood)): \(quote(flood))); repeats add nothing. "
                + "One sincere apology is enough — then name the feeling (\"that must be frustrating\") or move to the fix.")
        }
        guard let apology = finding("apologize") else {
            // Sympathy ("Oh no", "that must be frustrating") earns part of the step: say so, then ask for the sorry.
            if let empathy = finding("empathy") {
                return advice(.apologize, at: empathy, "You showed you felt for them in \(replyName(empathy)) (\(quote(empathy))), but never said sorry. "
                    + "Add an apology for what they went through (\"I'm sorry you had to wait\"), even when it wasn't your fault.")
            }
            return advice(.apologize, "None of your replies apologised. Say sorry for what they went through, early (\"I'm sorry you had to wait\"), "
                + "even when it wasn't your fault.")
        }
        if finding("empathy") == nil {
            return advice(.apologize, at: apology, "Your apology in \(replyName(apology)) (\(quote(apology))) was right; name the feeling too "
                + "(\"that must be really frustrating\"), so they hear that you understand, not only that you regret it.")
        }
        if finding("apologize-early") == nil {
            return advice(.apologize, at: apology, "You first apologised in \(replyName(apology)) (\(quote(apology))). "
                + "Apologise as soon as the customer has told you what happened.")
        }
        return nil
    }

    /// A fact the customer had to hear acknowledged, acknowledged late or never: when they said it
    /// (after which reply), and which reply should have answered it.
    private func acknowledgementAdvice(_ missed: Finding) -> Feedback? {
        for fact in context.transcript.persona?.mustAcknowledge ?? [] {
            guard let told = context.turnTelling(fact.id), let next = context.traineeTurns.first(where: { $0.number > told }),
                  !ScoringContext.acknowledges(next) else { continue }
            let said = "After \(context.traineeTurn(before: told).map(FeedbackWording.reply) ?? "the opening") the customer told you something "
                + "that needed acknowledging (\(fact.summary))"
            let fix = "Acknowledge news like that in your very next reply (\"I'm so sorry to hear that\"), before anything else."
            if let later = context.traineeTurns.first(where: { $0.number > told && ScoringContext.acknowledges($0) }) {
                return Feedback(step: .apologize, turn: later.number, reply: later.position + 1,
                                message: "\(said), and you acknowledged it only in \(FeedbackWording.reply(later)). \(fix)")
            }
            return Feedback(step: .apologize, turn: next.number, reply: next.position + 1,
                            message: "\(said), and none of your replies acknowledged it; \(FeedbackWording.reply(next)) (\(quotes.quote(next))) went on without it. \(fix)")
        }
        return missed.turn == 0 ? nil : advice(.apologize, at: missed, "\(cite(missed)) \(missed.message).")
    }

    private func solveAdvice(unsolvedSaid: Bool) -> Feedback? {
        if let refusal = finding("cant-without-alternative") {
            return advice(.solve, at: refusal, "\(cite(refusal)) you said what you can't do and offered nothing instead. "
                + "Follow every \"can't\" with what you can: \"What I can do is…\"")
        }
        if let unmet = finding("solve-need-unmet"), !unsolvedSaid {
            let need = context.transcript.persona?.need.map { " (\($0))" } ?? ""
            return advice(.solve, at: unmet, "Your offer in \(replyName(unmet)) (\(quote(unmet))) was taken only as a gesture: it did not meet what they needed\(need). "
                + "Ask what matters most to them, and offer that.")
        }
        guard let offer = finding("solve") ?? finding("solve-unaccepted") else {
            if unsolvedSaid { return nil }
            return advice(.solve, "None of your replies offered a way forward. Once the customer feels heard, say what you will do, by when, and who will do it.")
        }
        if finding("solve-commitment") == nil {
            return advice(.solve, at: offer, "Your offer in \(replyName(offer)) (\(quote(offer))) said what, but not when or who. "
                + "Make it concrete: \"I'll send it today, and you'll have it by Friday.\"")
        }
        if finding("solve-options") == nil {
            return advice(.solve, at: offer, "You offered one way forward (\(replyName(offer)): \(quote(offer))). Where there are several, give a choice "
                + "(\"a refund or a replacement — which would you prefer?\") and agree on one.")
        }
        if finding("solve-follow-up") == nil {
            return advice(.solve, at: offer, "You didn't say how you'd follow up on your offer in \(replyName(offer)). "
                + "Promise a check (\"I'll email you a confirmation within the hour\") — and keep it.")
        }
        return nil
    }

    /// What went well on a strong step, citing the reply that did it; nil for a weak step or one
    /// with nothing to cite.
    func praise(for step: Step) -> Feedback? {
        guard (steps[step] ?? 0) >= Self.weakBelow else { return nil }
        let item: (Finding, String)?
        switch step {
        case .listen:
            if let reflected = finding("listen-reflection") {
                item = (reflected, "\(cite(reflected)) you said back what you'd heard, so the customer knew you were listening.")
            } else {
                item = (finding("listen-question") ?? finding("listen")).map { ($0, "\(cite($0)) you asked about the problem and let the customer tell it.") }
            }
        case .apologize:
            if let empathy = finding("empathy") {
                item = (empathy, "\(cite(empathy)) you named how the customer felt; that is what takes the heat out.")
            } else {
                item = finding("apologize").map { ($0, "\(cite($0)) you apologised for their experience without arguing about fault.") }
            }
        case .solve:
            let accepted = finding("solve-accepted") != nil || context.acceptedSolution != nil
            let concrete = finding("solve-commitment") != nil
            item = finding("solve").map { offer in
                (offer, "Your offer in \(replyName(offer)) (\(quote(offer))) "
                    + (concrete ? "said what you would do and when" : "gave the customer a way forward")
                    + (accepted ? ", and they accepted it." : "."))
            }
        case .thank:
            item = finding("thank").flatMap { $0.points > 0 && $0.message.contains("closing") ? ($0, "\(cite($0)) you thanked the customer — a good way to close.") : nil }
        }
        guard let (cited, message) = item, let turn = traineeTurn(cited) else { return nil }
        return Feedback(step: step, turn: turn.number, reply: turn.position + 1, kind: .wentWell, message: message)
    }

    /// "your 2nd reply" for the reply a finding cites ("a reply" if it cites none).
    private func replyName(_ finding: Finding) -> String {
        traineeTurn(finding).map(FeedbackWording.reply) ?? "a reply"
    }

    /// The cited reply, quoted around the finding's words.
    private func quote(_ finding: Finding) -> String {
        traineeTurn(finding).map { quotes.quote($0, around: finding.words) } ?? "\"\(finding.words)\""
    }
}
