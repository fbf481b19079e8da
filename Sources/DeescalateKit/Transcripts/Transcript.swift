/// A recorded conversation, from the simulator or imported from a real chat log, with its grade.
///
/// Grades are computed from the turns alone, so any transcript can be graded and re-graded.
public struct Transcript: Sendable, Equatable {
    /// The highest transcript format this build reads and the one it writes.
    public static let formatVersion = 1

    /// Where a transcript came from.
    public enum Source: String, Sendable, Equatable, Codable {
        /// A practice session in the simulator.
        case simulator
        /// A real conversation imported from a plain-text chat log.
        case chatLog = "chat-log"
    }

    /// Where it came from.
    public var source: Source
    /// The persona played (simulator transcripts).
    public var persona: PersonaReference?
    /// The trainee's name, if known.
    public var trainee: String?
    /// The random seed of the session (simulator transcripts).
    public var seed: UInt64?
    /// When the session started, ISO 8601 in UTC.
    public var startedAt: String?
    /// When the session ended, ISO 8601 in UTC.
    public var endedAt: String?
    /// How the session ended (simulator transcripts).
    public var outcome: Outcome?
    /// The turns, customer and trainee, in order.
    public var turns: [Turn]
    /// The grade stored with the transcript. Never trusted: `grade` recomputes it.
    public var grade: Grade?

    /// Creates a transcript.
    public init(source: Source, persona: PersonaReference? = nil, trainee: String? = nil, seed: UInt64? = nil,
                startedAt: String? = nil, endedAt: String? = nil, outcome: Outcome? = nil, turns: [Turn],
                grade: Grade? = nil) {
        self.source = source
        self.persona = persona
        self.trainee = trainee
        self.seed = seed
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.outcome = outcome
        self.turns = turns
        self.grade = grade
    }

    /// The trainee's turns with their positions in `turns`.
    public var traineeTurns: [(index: Int, turn: Turn)] {
        turns.enumerated().filter { $0.element.speaker == .trainee }.map { ($0.offset, $0.element) }
    }

    /// The frustration after each turn that records one, in order (the opening carries the start).
    public var frustrationCurve: [Int] { turns.compactMap(\.frustration) }
}

/// Which persona a simulator transcript was played against, with the thresholds reports draw.
public struct PersonaReference: Sendable, Equatable {
    /// The persona's id.
    public var id: String
    /// The persona's content version.
    public var version: Int
    /// The customer's display name.
    public var name: String
    /// The persona's calm level.
    public var calmAt: Int
    /// The persona's escalation ceiling.
    public var escalateAt: Int

    /// Creates a reference.
    public init(id: String, version: Int, name: String, calmAt: Int, escalateAt: Int) {
        self.id = id
        self.version = version
        self.name = name
        self.calmAt = calmAt
        self.escalateAt = escalateAt
    }

    /// A reference to `persona`.
    public init(_ persona: Persona) {
        self.init(id: persona.id, version: persona.version, name: persona.name,
                  calmAt: persona.temperament.calmAt, escalateAt: persona.temperament.escalateAt)
    }
}

/// Who spoke a turn.
public enum Speaker: String, Sendable, Equatable, Codable {
    case customer, trainee
}

/// One turn of a conversation.
public struct Turn: Sendable, Equatable {
    /// Who spoke.
    public var speaker: Speaker
    /// What they said, exactly as said (renderers escape it).
    public var text: String
    /// The customer's frustration after this turn (the opening carries the starting level).
    public var frustration: Int?
    /// For trainee turns: the moves found, with evidence.
    public var moves: [Move]
    /// For trainee turns in the simulator: why frustration moved.
    public var changes: [FrustrationChange]

    /// Creates a turn.
    public init(speaker: Speaker, text: String, frustration: Int? = nil, moves: [Move] = [],
                changes: [FrustrationChange] = []) {
        self.speaker = speaker
        self.text = text
        self.frustration = frustration
        self.moves = moves
        self.changes = changes
    }
}
