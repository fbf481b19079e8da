/// How much each kind of trainee move changes one customer's frustration (negative calms).
///
/// A persona names only what differs from the defaults; a key may be a move kind (`apology`), a
/// category (`solve`, `harm`) or one of the engine's situations (`solution-before-heard`).
public struct Reactions: Sendable, Equatable {
    /// Changes the engine applies outside any single move.
    public enum Special: String, Sendable, CaseIterable {
        /// A solution offered before the customer felt heard.
        case solutionBeforeHeard = "solution-before-heard"
        /// A turn that moved nothing on (also costs patience).
        case noProgress = "no-progress"
        /// An offer the customer does not accept.
        case unacceptableOffer = "unacceptable-offer"
        /// An offer the customer accepts.
        case acceptedOffer = "accepted-offer"
        /// The turn after a must-acknowledge fact did not acknowledge it.
        case ignoredFact = "ignored-fact"
    }

    /// Built-in changes, used where the persona is silent.
    public static let defaults: [String: Int] = [
        "question": -5, "reflection": -7, "acknowledgement": -4,
        "apology": -8, "empathy": -7,
        "action": -8, "options": -9, "commitment": -8, "follow-up": -5, "referral": -5,
        "thanks": -3, "boundary": -3,
        "blame": 15, "accusation": 18, "condescension": 12, "dismissal": 15, "policy-wall": 12,
        "calm-down": 14, "sarcasm": 15, "insult": 25, "refusal": 10, "excuse": 8, "non-apology": 10, "threat": 20,
        "solution-before-heard": 8, "no-progress": 4, "unacceptable-offer": 6, "accepted-offer": -15,
        "ignored-fact": 8,
    ]

    /// Every key a persona may use.
    public static let validKeys: [String] =
        MoveKind.allCases.map(\.rawValue) + ["listen", "apologize", "solve", "thank", "harm"] + Special.allCases.map(\.rawValue)

    /// The persona's own changes, by key.
    public var overrides: [String: Int]

    /// Creates reactions from a persona's overrides.
    public init(overrides: [String: Int] = [:]) {
        self.overrides = overrides
    }

    /// The change for a move: its kind's own entry, else its category's, else the default.
    public func change(for kind: MoveKind) -> Int {
        overrides[kind.rawValue] ?? overrides[kind.category.rawValue] ?? Self.defaults[kind.rawValue] ?? 0
    }

    /// The change for one of the engine's special situations.
    public func change(for special: Special) -> Int {
        overrides[special.rawValue] ?? Self.defaults[special.rawValue] ?? 0
    }
}
