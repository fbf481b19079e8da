/// What `personas check` proved about one persona, and what its exploration never reached.
public struct PersonaCheckReport: Sendable {
    /// One turn of a path the search found, replayed through the engine.
    public struct Step: Sendable, Equatable {
        /// The move class, e.g. `question`.
        public var move: String
        /// The trainee line.
        public var line: String
        /// Frustration after the customer's answer.
        public var frustration: Int
        /// What the customer answered.
        public var reply: String
        /// How the conversation ended at this step, if it did.
        public var outcome: Outcome?
    }

    /// A canonical line the analyzer does not classify as its class.
    public struct Mismatch: Sendable, Equatable {
        /// The move class.
        public var move: String
        /// The canonical line.
        public var line: String
        /// What was expected and found.
        public var reason: String
        /// Whether the proofs need this class (an internal error) or it was only left out (a warning).
        public var isRequired: Bool
    }

    /// The persona's id.
    public var personaID: String
    /// How many trainee turns were explored (the smaller of the turn limit and the requested depth).
    public var depth: Int
    /// The persona's turn limit.
    public var turnLimit: Int
    /// Distinct states kept across all the searches, after merging.
    public var statesExplored: Int
    /// Transitions applied across all the searches.
    public var transitions = 0
    /// Whether the proofs come from exact searches (true) or from searches that keep only the least
    /// or most frustrated of otherwise equal states, which is sound for them (see `PersonaChecker`).
    public var proofsAreExact = false
    /// When the state budget stopped a proof search: the depth to which the proofs are exhaustive
    /// (nil when they reach `depth`).
    public var proofDepth: Int?
    /// The depth to which the coverage report (line sets, triggers, facts, frustration levels) is
    /// exhaustive; beyond it, it counts only what the proof searches reached.
    public var coverageDepth = 0
    /// The move classes explored, by label.
    public var moves: [String]
    /// The shortest resolving path over every move class, if any.
    public var shortestResolvingPath: [Step]?
    /// The shortest resolving path that follows LAST (listen, apologize, solve, then thank), if any.
    public var lastPath: [Step]?
    /// The shortest path that escalates, if any.
    public var escalatingPath: [Step]?
    /// A path of sarcastic stuffing that resolves: the counterexample, when the proof fails.
    public var stuffingResolvingPath: [Step]?
    /// Line sets (situations) no path reaches.
    public var unreachedSituations: [Situation]
    /// Mood-keyed variants no path says: the situation and mood.
    public var unreachedMoodLines: [(situation: Situation, mood: Mood)]
    /// Triggers no move class sets off.
    public var unreachedTriggers: [String]
    /// Facts no path reveals.
    public var unrevealedFacts: [String]
    /// The lowest and highest frustration any path reaches.
    public var frustrationRange: ClosedRange<Int>
    /// Moods no path reaches.
    public var unreachedMoods: [Mood]
    /// Canonical lines the analyzer does not read as their class.
    public var mismatches: [Mismatch]

    /// A LAST-following path resolves.
    public var isWinnable: Bool { lastPath != nil }
    /// Some path escalates.
    public var isLosable: Bool { escalatingPath != nil }
    /// No path of sarcastic stuffing resolves.
    public var stuffingNeverResolves: Bool { stuffingResolvingPath == nil }
    /// Internal errors: classes the proofs need that the analyzer no longer recognises.
    public var internalErrors: [Mismatch] { mismatches.filter(\.isRequired) }
    /// Whether every proof holds and nothing internal went wrong.
    public var passed: Bool { isWinnable && isLosable && stuffingNeverResolves && internalErrors.isEmpty }
}
