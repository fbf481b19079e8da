/// Feedback a trainer would write: what went wrong in the session first (an outright failure, a
/// problem left unsolved, harmful words, solving before listening), then each weak step, weakest
/// first — what the trainee said (by reply number, in their words), what it did, what to say instead —
/// and, when that leaves room on the card, what went well, citing the reply that did it.
struct FeedbackWriter {
    let context: ScoringContext
    let steps: [Step: Int]
    let findings: [Finding]
    /// This grade's quotes of the trainee's replies, each made once.
    let quotes = QuoteMemo()

    /// A step scoring below this gets advice even with nothing negative found; at or above it, praise.
    static let weakBelow = 70
    /// How many pieces of feedback the card shows; praise only fills what advice leaves of them.
    static let cardSize = 3

    func feedback() -> [Feedback] {
        var items: [Feedback] = []
        if let fail = finding("outright-fail") {
            let what = fail.message.hasPrefix("a threat") ? "you threatened the customer" : "you insulted or swore at the customer"
            items.append(advice(nil, at: fail, "\(cite(fail)) \(what), which fails the session outright. However they speak to you, keep to the problem; "
                + "if they are abusive, set a calm limit (\"I want to help, and I can't continue if you swear at me\") and keep offering help."))
        }
        if let unsolved = unsolvedAdvice() { items.append(unsolved) }
        // Each harmful kind once (its first time), and the kinds in one reply in one piece of advice.
        var harmsSeen: Set<String> = []
        var harmsByTurn: [(first: Finding, advice: [(what: String, instead: String)])] = []
        for harm in findings where harm.rule.hasPrefix("harm-") && !["harm-insult", "harm-threat"].contains(harm.rule)
            && harmsSeen.insert(harm.rule).inserted {
            let advice = Self.harmAdvice(rule: harm.rule, message: harm.message)
            if let index = harmsByTurn.firstIndex(where: { $0.first.turn == harm.turn }) {
                harmsByTurn[index].advice.append(advice)
            } else {
                harmsByTurn.append((harm, [advice]))
            }
        }
        for (first, advice) in harmsByTurn {
            let what = advice.map(\.what).joined(separator: ", and ")
            items.append(self.advice(nil, at: first, "\(cite(first)) \(what). " + advice.map(\.instead).joined(separator: " ")))
        }
        if let early = finding("listen-before-solve") {
            items.append(advice(.listen, at: early, "\(cite(early)) you offered a fix before the customer had told you what happened, so it read as not listening. "
                + "Ask what happened first and say back what you heard (\"So what happened was … — have I got that right?\"); then offer."))
        }
        if let unanswered = finding("question-unanswered") {
            items.append(advice(.solve, at: unanswered, "\(cite(unanswered)) you did not answer the customer's question (\"\(SafeText.sanitized(String(unanswered.words.prefix(80))))\"). "
                + "Answer it first — a time, a name, the next step — or say what you will find out and when."))
        }
        // Each score looked up once, not in every comparison; steps are distinct, so the order is total.
        let byScore = Step.allCases.map { (score: steps[$0] ?? 0, step: $0) }.sorted { ($0.score, $0.step) < ($1.score, $1.step) }
        for (_, step) in byScore {
            if let item = stepAdvice(for: step, given: items) { items.append(item) }
        }
        for step in Step.allCases where items.count < Self.cardSize && !items.contains(where: { $0.step == step }) {
            if let item = praise(for: step) { items.append(item) }
        }
        return items
    }

    /// What a harmful move did (after "In your 2nd reply ("…")") and what to say instead.
    static func harmAdvice(rule: String, message: String) -> (what: String, instead: String) {
        switch rule {
        case "harm-blame": return ("you put the blame on the customer", "Leave fault aside: say what happened and what you will do about it.")
        case "harm-accusation":
            return ("you suggested the customer was not telling the truth", "Take their account as given and work from it (\"So the email never reached you\").")
        case "harm-condescension" where message.contains("capitals"):
            return ("you wrote in capitals, which reads as shouting", "Write in ordinary sentence case, however urgent it feels.")
        case "harm-condescension": return ("you talked down to the customer", "Explain plainly, as to an equal.")
        case "harm-dismissal": return ("you brushed the customer off", "Make it your problem too: \"Let me see what I can do.\"")
        case "harm-policy-wall": return ("you hid behind policy", "Say what the rules let you do (\"What I can do is…\"), not only what they forbid.")
        case "harm-calm-down":
            return ("you told the customer to calm down, which usually makes people angrier", "Name the feeling instead (\"I can hear how frustrating this is\").")
        case "harm-sarcasm": return ("you sounded sarcastic, so the customer heard mockery, not help", "Say it plainly, and mean it.")
        default:
            let kind = message.hasPrefix("harmful move: ") ? String(message.dropFirst(14)) : message
            return ("the customer would hear \(kind)", "Drop it, say what you can do, and keep to the customer's side.")
        }
    }

    /// For a simulator session that did not end resolved: how it ended, citing the last reply, why the
    /// problem stayed unsolved, and what to do about it.
    private func unsolvedAdvice() -> Feedback? {
        guard context.unsolvedBecause != nil else { return nil }
        let last = context.traineeTurns.last
        var ending: String
        switch (context.ending?.outcome, last) {
        case (_, nil): ending = "You gave no reply, so nothing was solved"
        case (.escalated?, let last?): ending = "The customer escalated after \(FeedbackWording.reply(last)) (\(quotes.quote(last)))"
        case (_, let last?): ending = "The session ended after \(FeedbackWording.reply(last)) (\(quotes.quote(last)))"
        }
        let reason: String
        if let accepted = context.acceptedSolution {
            reason = ": they had accepted your offer in \(FeedbackWording.reply(accepted.turn)) but were not calm yet. "
                + "Stay with them until they are: acknowledge how they feel and confirm what happens next."
        } else if let gesture = context.gestures.first, let need = context.transcript.persona?.need {
            reason = ": your offer in \(FeedbackWording.reply(gesture.turn)) (\(quotes.quote(gesture.turn, around: gesture.turn.first(.solve)?.evidence.words ?? ""))) "
                + "did not meet what they needed (\(need)). Ask what matters most to them, and offer that."
        } else if context.firstTurn(performing: .solve) != nil {
            reason = ", with none of your offers accepted. Ask what would put it right for them, then offer that concretely, with a time."
        } else if last != nil {
            reason = ", and you never offered a way forward. Once they feel heard, say what you will do and by when."
        } else {
            reason = ". Reply to the customer's opening: ask what happened."
        }
        return Feedback(step: .solve, turn: last?.number ?? 0, reply: last.map { $0.position + 1 }, message: ending + reason)
    }

    /// The trainee turn a finding cites, if it cites one.
    func traineeTurn(_ finding: Finding) -> ScoringContext.TraineeTurn? {
        context.traineeTurns.first { $0.number == finding.turn }
    }

    /// "In your 2nd reply ("…")", quoting around the finding's words; "At one point" when the finding
    /// cites no reply of the trainee's.
    func cite(_ finding: Finding) -> String {
        guard let turn = traineeTurn(finding) else { return "At one point" }
        return "In \(FeedbackWording.reply(turn)) (\(quotes.quote(turn, around: finding.words)))"
    }

    /// Advice on `step` citing the reply `finding` is about.
    func advice(_ step: Step?, at finding: Finding, _ message: String) -> Feedback {
        let turn = traineeTurn(finding)
        return Feedback(step: step, turn: turn?.number ?? finding.turn, reply: turn.map { $0.position + 1 }, message: message)
    }

    /// Advice on `step` citing no reply (something never done).
    func advice(_ step: Step, _ message: String) -> Feedback {
        Feedback(step: step, turn: 0, message: message)
    }

    /// The first finding of `rule`. Lengths are compared first: advice asks for some thirty rules
    /// in every grade, and comparing two different names in full went the slow way round for each.
    /// (Rule names are ASCII constants, so equal names have equal lengths.)
    func finding(_ rule: String) -> Finding? {
        let length = rule.utf8.count
        return findings.first { $0.rule.utf8.count == length && $0.rule == rule }
    }
}
