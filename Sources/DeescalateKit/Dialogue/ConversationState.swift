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
    /// How many facts have been revealed, in persona order.
    public var factsRevealed = 0
    /// Turns that moved nothing on, in a row.
    public var stalledTurns = 0
    /// Patience left; at zero the customer gives up.
    public var patienceLeft: Int
    /// Trainee turns so far.
    public var traineeTurns = 0
    /// How often each move kind has landed, for diminishing returns.
    public var uses: [MoveKind: Int] = [:]
    /// The accepted resolution's id, once the customer agreed to one.
    public var acceptedResolution: String?
    /// Resolutions already offered, so a repeated offer reads as repetition.
    public var offeredResolutions: Set<String> = []
    /// Whether the trainee has set a calm boundary (matters for abusive customers).
    public var boundarySet = false
    /// The random source's state, so a restored conversation picks the same lines.
    public var random: SeededRandom
    /// The lines the customer said last turn, so no line is said twice in a row.
    public var lastLines: [String] = []

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
        key.random = SeededRandom(seed: 0)
        key.lastLines = []
        let cap = FrustrationModel.repetitionFactors.count
        for (kind, count) in uses where count > cap { key.uses[kind] = cap }
        return key
    }

    /// Whether the conversation is over.
    public var isEnded: Bool {
        if case .ended = phase { return true }
        return false
    }
}
