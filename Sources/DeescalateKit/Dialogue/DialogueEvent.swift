/// How a conversation ends.
public enum Outcome: String, Sendable, CaseIterable, Codable {
    /// The customer is calm and accepted a solution.
    case resolved
    /// Frustration reached the ceiling, patience ran out or the turn limit passed: the customer
    /// demands a manager or walks out.
    case escalated
    /// The trainee stopped before either (quit, Ctrl-C, Ctrl-D, a killed process).
    case abandoned
}

/// One reason the customer's frustration moved on a turn, e.g. "solution before listening +8".
public struct FrustrationChange: Sendable, Equatable, Hashable {
    /// Why, in a few words.
    public var reason: String
    /// How much (positive is angrier).
    public var amount: Int

    /// Creates a change.
    public init(reason: String, amount: Int) {
        self.reason = reason
        self.amount = amount
    }

    /// "reason +8" / "reason -5" / "reason ±0".
    public var description: String {
        let sign = amount > 0 ? "+" : amount < 0 ? "" : "±"
        return "\(reason) \(sign)\(amount)"
    }
}

/// Something that happened in the conversation, for the caller to render. The engine never prints.
public enum DialogueEvent: Sendable, Equatable {
    /// The customer spoke.
    case customerSaid(text: String, situation: Situation, mood: Mood)
    /// The customer's frustration moved (or held) after a trainee turn, with the reasons.
    case frustrationChanged(from: Int, to: Int, reasons: [FrustrationChange])
    /// Listening brought out a fact.
    case factRevealed(Fact)
    /// The trainee's offer matched a resolution, which the customer accepted or not.
    case offerAnswered(resolutionID: String, accepted: Bool)
    /// The conversation is over.
    case ended(Outcome)
    /// The trainee's line was longer than the engine reads (`Conversation.maximumLineLength`
    /// characters) and was cut to its first `to` characters.
    case lineShortened(from: Int, to: Int)
}
