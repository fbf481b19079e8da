/// A recorded conversation, from the simulator or imported from a real chat log, with its grade.
///
/// Grades are computed from the turns alone, so any transcript can be graded and re-graded.
public struct Transcript: Sendable, Equatable {
    /// The highest transcript format this build reads. Format 2 added what the simulated customer
    /// told and how they answered offers (`revealed`, `offer` on customer turns) and, on `persona`,
    /// the facts to acknowledge, the need and the domain phrases the grade uses. Format 3 added
    /// `branch` (a retried session's parent and turn). A transcript is written in the lowest format
    /// that holds what it records (`writtenFormat`), so files without a branch stay format 2.
    public static let formatVersion = 3

    /// The format this transcript is written in: 3 when it records a branch, else 2.
    public var writtenFormat: Int { branch == nil ? 2 : 3 }

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
    /// For a retried session: the session it branched off and the reply retried (format 3).
    public var branch: BranchPoint?

    /// Creates a transcript.
    public init(source: Source, persona: PersonaReference? = nil, trainee: String? = nil, seed: UInt64? = nil,
                startedAt: String? = nil, endedAt: String? = nil, outcome: Outcome? = nil, turns: [Turn],
                grade: Grade? = nil, branch: BranchPoint? = nil) {
        self.branch = branch
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
    /// Facts the trainee had to acknowledge, by id, with their summaries (the grade checks them).
    public var mustAcknowledge: [(id: String, summary: String)]
    /// The customer's need an offer had to meet, if the persona declares one.
    public var need: String?
    /// The persona's neutral trade phrases, which the grader honours as the engine did.
    public var domainPhrases: [String]

    /// Creates a reference.
    public init(id: String, version: Int, name: String, calmAt: Int, escalateAt: Int,
                mustAcknowledge: [(id: String, summary: String)] = [], need: String? = nil, domainPhrases: [String] = []) {
        self.id = id
        self.version = version
        self.name = name
        self.calmAt = calmAt
        self.escalateAt = escalateAt
        self.mustAcknowledge = mustAcknowledge
        self.need = need
        self.domainPhrases = domainPhrases
    }

    /// A reference to `persona`.
    public init(_ persona: Persona) {
        self.init(id: persona.id, version: persona.version, name: persona.name,
                  calmAt: persona.temperament.calmAt, escalateAt: persona.temperament.escalateAt,
                  mustAcknowledge: persona.grievance.facts.filter(\.mustAcknowledge).map { ($0.id, $0.summary) },
                  need: persona.grievance.need?.summary, domainPhrases: persona.domainPhrases)
    }

    public static func == (lhs: PersonaReference, rhs: PersonaReference) -> Bool {
        lhs.id == rhs.id && lhs.version == rhs.version && lhs.name == rhs.name && lhs.calmAt == rhs.calmAt
            && lhs.escalateAt == rhs.escalateAt && lhs.need == rhs.need && lhs.domainPhrases == rhs.domainPhrases
            && lhs.mustAcknowledge.elementsEqual(rhs.mustAcknowledge) { $0.id == $1.id && $0.summary == $1.summary }
    }
}

/// How the simulated customer answered an offer, recorded so the grade can tell a solution the
/// customer accepted (and whether it met their need) from one they did not.
public struct OfferAnswer: Sendable, Equatable {
    /// The persona's resolution id.
    public var resolution: String
    /// Whether the customer accepted it.
    public var accepted: Bool
    /// Whether it meets the customer's need (false only for an accepted gesture that does not).
    public var meetsNeed: Bool

    /// Creates an answer.
    public init(resolution: String, accepted: Bool, meetsNeed: Bool) {
        self.resolution = resolution
        self.accepted = accepted
        self.meetsNeed = meetsNeed
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
    /// For customer turns in the simulator: the fact the customer told, by id.
    public var revealed: String?
    /// For customer turns in the simulator: the offer the customer answered, and how.
    public var offer: OfferAnswer?

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
