/// A situation the customer answers in; each has a line set in the persona file under `lines`.
public enum Situation: String, Sendable, CaseIterable, Codable {
    /// The customer's first complaint.
    case opening
    /// The trainee listened and there is no new fact to reveal.
    case heard
    /// An apology or empathy landed.
    case apologyAccepted
    /// An apology met a furious customer and barely landed.
    case apologyBrushedOff
    /// A solution came before the customer felt heard.
    case solutionTooEarly
    /// A solution with no concrete offer the customer can recognise.
    case vagueSolution
    /// An acceptable offer, but the customer is not calm yet.
    case acceptedStillUpset
    /// The trainee repeated a move that already landed.
    case repeated
    /// Nothing in the reply moved things on.
    case noProgress
    /// The reply was harmful (blame, dismissal, sarcasm, ...).
    case harmed
    /// The customer is abusive and the trainee has not set a boundary yet.
    case abusive
    /// The trainee set a calm boundary.
    case boundaryRespected
    /// The trainee thanked the customer.
    case thanked
    /// The reply was empty, unreadable or in a language the customer does not follow.
    case unclear
    /// The closing line when the conversation resolves.
    case resolved
    /// The closing line when the customer escalates: demands a manager or walks out.
    case escalated

    /// Situations every persona must have lines for, because the engine can reach them in any
    /// conversation. `abusive` is needed only by personas with `needsBoundary`.
    public static var alwaysReachable: [Situation] { allCases.filter { $0 != .abusive } }
}

/// The variants a customer can say in one situation, optionally per mood.
public struct LineSet: Sendable, Equatable {
    /// Variants for any mood.
    public var any: [String]
    /// Variants for particular moods, preferred over `any` when the customer is in that mood.
    public var byMood: [Mood: [String]]

    /// Creates a line set.
    public init(any: [String] = [], byMood: [Mood: [String]] = [:]) {
        self.any = any
        self.byMood = byMood
    }

    /// Whether the set has no line at all.
    public var isEmpty: Bool { any.isEmpty && byMood.values.allSatisfy(\.isEmpty) }

    /// The variants for `mood`: that mood's own, else the mood-free ones, else the nearest mood's.
    public func variants(for mood: Mood) -> [String] {
        if let own = byMood[mood], !own.isEmpty { return own }
        if !any.isEmpty { return any }
        let nearest = Mood.allCases
            .filter { !(byMood[$0] ?? []).isEmpty }
            .min { abs(Self.rank($0) - Self.rank(mood)) < abs(Self.rank($1) - Self.rank(mood)) }
        return nearest.flatMap { byMood[$0] } ?? []
    }

    private static func rank(_ mood: Mood) -> Int { Mood.allCases.firstIndex(of: mood)! }
}
