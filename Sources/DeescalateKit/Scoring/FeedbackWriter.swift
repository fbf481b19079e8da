/// Feedback a trainee can act on: what went wrong in the session first (failures, harms, solving
/// before listening), then each weak step, weakest first — what happened (turn, words) and what to try.
struct FeedbackWriter {
    let context: ScoringContext
    let steps: [Step: Int]
    let findings: [Finding]

    /// A step scoring below this gets advice even with nothing negative found.
    static let weakBelow = 70

    func feedback() -> [Feedback] {
        var items: [Feedback] = []
        if let fail = finding("outright-fail") {
            items.append(Feedback(step: nil, turn: fail.turn, message: "Turn \(fail.turn): \(quote(fail.words)) — \(fail.message). However the customer speaks, keep to the problem; if they are abusive, set a calm limit and keep offering help."))
        }
        if let unsolved = context.unsolvedBecause {
            items.append(Feedback(step: .solve, turn: context.transcript.turns.count, message: "Not passed: \(unsolved). Find out what the customer actually needs, offer that concretely, and stay with them until they accept it."))
        }
        var harmsSeen: Set<String> = []
        for harm in findings where harm.rule.hasPrefix("harm-") && harmsSeen.insert(harm.rule).inserted {
            let kind = harm.message.hasPrefix("harmful move: ") ? String(harm.message.dropFirst(14)) : harm.message
            items.append(Feedback(step: nil, turn: harm.turn, message: "Turn \(harm.turn): \(quote(harm.words)) was \(kind == "profanity" ? "" : article(kind) + " ")\(kind). Drop it, say what you can do, and keep to the customer's side."))
        }
        if let early = finding("listen-before-solve") {
            items.append(Feedback(step: .listen, turn: early.turn, message: "Turn \(early.turn): you offered \(quote(early.words)) before the customer felt heard. Ask what happened and reflect it back first."))
        }
        for step in Step.allCases.sorted(by: { (steps[$0] ?? 0, $0) < (steps[$1] ?? 0, $1) }) {
            if let item = advice(for: step) { items.append(item) }
        }
        return items
    }

    private func advice(for step: Step) -> Feedback? {
        let score = steps[step] ?? 0
        let hasNegative = findings.contains { $0.step == step && $0.points < 0 }
        guard score < Self.weakBelow || hasNegative else { return nil }
        switch step {
        case .listen:
            if finding("listen") == nil { return Feedback(step: step, turn: 0, message: "You never explored the problem. Ask an open question (\"What happened when…?\") and let the customer finish.") }
            if finding("listen-reflection") == nil { return Feedback(step: step, turn: 0, message: "Summarise what you heard (\"So the parcel came late and nobody told you — is that right?\") so the customer knows they were heard.") }
            if finding("listen-question") == nil { return Feedback(step: step, turn: 0, message: "Ask an open or clarifying question about what happened before moving on.") }
            return nil
        case .apologize:
            if let missed = findings.first(where: { $0.rule == "acknowledge" && $0.points < 0 }) {
                return Feedback(step: step, turn: missed.turn, message: "Turn \(missed.turn): you \(missed.message). Acknowledge it on your very next reply (\"I'm so sorry to hear that\"), before anything else.")
            }
            if let excuse = finding("excuse-after-apology") { return Feedback(step: step, turn: excuse.turn, message: "Turn \(excuse.turn): \(quote(excuse.words)) undid your apology. Apologise for the experience and stop there — no \"but\".") }
            if let non = finding("non-apology") { return Feedback(step: step, turn: non.turn, message: "Turn \(non.turn): \(quote(non.words)) apologises for their feeling. Apologise for the experience instead (\"I'm sorry you had to wait\").") }
            if let flood = finding("apology-flood") { return Feedback(step: step, turn: flood.turn, message: "Turn \(flood.turn): one sincere apology is enough; instead of repeating it, name the feeling (\"that must be frustrating\").") }
            guard let apology = finding("apologize") else { return Feedback(step: step, turn: 0, message: "Apologise for the experience early (\"I'm sorry you had to wait\"), even where it was not your fault.") }
            if finding("empathy") == nil { return Feedback(step: step, turn: apology.turn, message: "Turn \(apology.turn): you apologised; also name the feeling (\"that must be frustrating\").") }
            if finding("apologize-early") == nil { return Feedback(step: step, turn: apology.turn, message: "Turn \(apology.turn): apologise sooner — as soon as the customer has told you what happened.") }
            return nil
        case .solve:
            if let refusal = finding("cant-without-alternative") { return Feedback(step: step, turn: refusal.turn, message: "Turn \(refusal.turn): \(quote(refusal.words)) with no alternative. Say what you can do (\"What I can do is…\").") }
            if let unmet = finding("solve-need-unmet") { return Feedback(step: step, turn: unmet.turn, message: "Turn \(unmet.turn): \(unmet.message). Ask what they need most, and offer that.") }
            guard let offer = finding("solve") ?? finding("solve-unaccepted") else { return Feedback(step: step, turn: 0, message: "Offer a concrete next step: what you will do, by when, and who owns it.") }
            if finding("solve-commitment") == nil { return Feedback(step: step, turn: offer.turn, message: "Turn \(offer.turn): make \(quote(offer.words)) concrete — a step, an owner and a time (\"I'll send it today by 5 pm\").") }
            if finding("solve-options") == nil { return Feedback(step: step, turn: offer.turn, message: "Offer options where there are several, and agree on one the customer accepts.") }
            if finding("solve-follow-up") == nil { return Feedback(step: step, turn: offer.turn, message: "Promise a follow-up (\"I'll email you a confirmation within the hour\") — and keep it.") }
            return nil
        case .thank:
            if let thanks = finding("thank") { return Feedback(step: step, turn: thanks.turn, message: "Turn \(thanks.turn): you thanked the customer earlier; thank them again in closing, for their patience or for raising it.") }
            return Feedback(step: step, turn: 0, message: "Close by thanking the customer — for their patience, or for raising it.")
        }
    }

    private func finding(_ rule: String) -> Finding? { findings.first { $0.rule == rule } }

    private func quote(_ words: String) -> String { "\"\(words)\"" }

    private func article(_ phrase: String) -> String {
        guard let first = phrase.unicodeScalars.first(where: { $0 != "\"" }) else { return "a" }
        return "aeiou".unicodeScalars.contains(first) ? "an" : "a"
    }
}
