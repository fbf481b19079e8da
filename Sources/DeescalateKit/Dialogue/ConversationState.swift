/// Everything that changes during a conversation, kept apart from the immutable persona so it can be
/// inspected, copied (for `personas check`) and restored.
public struct ConversationState: Sendable, Equatable, Hashable {
    /// Where the conversation is.
    public enum Phase: Sendable, Equatable, Hashable {
        /// `start()` has not been called.
        case notStarted
        /// Waiting for the trainee's next line.
        case awaitingTrainee
        /// Resolved: the customer has said their closing line and the trainee may close the
        /// conversation (thank them) with one last reply.
        case closing
        /// Over, with this outcome.
        case ended(Outcome)
    }

    /// Where the conversation is.
    public var phase: Phase = .notStarted
    /// Current frustration, 0–100.
    public var frustration: Int
    /// Turns in which the customer felt heard (listened to, feelings named).
    public var heard = 0
    /// The facts told so far, by index in the persona, in the order told.
    public var revealedFacts: [Int] = []
    /// How many facts have been told.
    public var factsRevealed: Int { revealedFacts.count }
    /// Listening turns that drew nothing new, for diminishing returns.
    public var listenedWithoutNews = 0
    /// Must-acknowledge facts told and not yet acknowledged, one bit per fact index.
    public var unacknowledged: UInt64 = 0
    /// Must-acknowledge facts whose first chance to be acknowledged was missed, one bit per index.
    public var ignored: UInt64 = 0
    /// Whether an acceptable offer that does not meet the customer's need was taken.
    public var gestureAccepted = false
    /// Turns that moved nothing on, in a row.
    public var stalledTurns = 0
    /// Patience left; at zero the customer gives up.
    public var patienceLeft: Int
    /// Trainee turns so far.
    public var traineeTurns = 0
    /// How often each move kind has landed, for diminishing returns (listening is counted by
    /// `listenedWithoutNews` instead: a question that draws a new fact never wears thin).
    public var uses: [MoveKind: Int] = [:]
    /// The accepted resolution's id, once the customer agreed to one that meets their need.
    public var acceptedResolution: String?
    /// Resolutions already offered, so a repeated offer reads as repetition.
    public var offeredResolutions: Set<String> = []
    /// Whether the trainee has set a calm boundary (matters for abusive customers).
    public var boundarySet = false
    /// The random source's state, so a restored conversation picks the same lines.
    public var random: SeededRandom
    /// The lines the customer said last turn, so no line is said twice in a row.
    public var lastLines: [String] = []
    /// The wordings of facts the customer has said, so a fact asked about again gets the other one.
    public var toldFactLines: Set<String> = []

    /// The state at the start of a conversation with `persona`.
    public init(persona: Persona, seed: UInt64) {
        frustration = persona.temperament.startingFrustration
        patienceLeft = persona.temperament.patience
        random = SeededRandom(seed: seed)
    }

    /// This state with what only changes the wording (the random source, the last lines) reset, and
    /// use counts capped where the engine stops telling them apart: two states with equal keys have
    /// the same future frustration, outcomes and situations. `personas check` merges states by it, so
    /// a field added here takes part in merging unless it is reset below.
    func dynamicsKey(ventingNeeded: Int) -> ConversationState {
        var key = self
        key.heard = min(heard, ventingNeeded) // the engine compares it only with ventingNeeded
        key.revealedFacts = revealedFacts.sorted() // which facts are out matters, not their order
        key.listenedWithoutNews = min(listenedWithoutNews, FrustrationModel.repetitionFactors.count)
        key.offeredResolutions = [] // changes only the wording of a repeated offer
        key.acceptedResolution = acceptedResolution == nil ? nil : ""
        key.random = SeededRandom(seed: 0)
        key.lastLines = []
        key.toldFactLines = []
        let cap = FrustrationModel.repetitionFactors.count
        for (kind, count) in uses where count > cap { key.uses[kind] = cap }
        return key
    }

    /// Whether the customer is satisfied: a resolution that meets their need agreed, and nothing
    /// they must hear acknowledged left unacknowledged.
    public var isAgreed: Bool { acceptedResolution != nil && unacknowledged == 0 }

    /// Whether the conversation is over.
    public var isEnded: Bool {
        if case .ended = phase { return true }
        return false
    }
}
