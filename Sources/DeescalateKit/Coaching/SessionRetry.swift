/// A saved practice session prepared for a retry at one reply: `deescalate practice --retry FILE
/// --turn N` replays the session's persona, seed, trainee name and first N-1 replies, then hands the
/// conversation over at reply N. Preparing checks everything that would make the replay inexact
/// (another persona version, a turn out of range, a conversation already over) and replays the
/// prefix once, refusing when the conversation differs (who spoke, the words, the frustration). A
/// session recorded by this build replays byte for byte; one recorded by an older build whose
/// analyzer or explanations have changed since replays the same conversation with this build's
/// moves and reasons, which `reannotatedFrom` reports.
public struct SessionRetry: Sendable {
    /// The session retried.
    public let parent: Transcript
    /// The persona, the same id and version as the parent's.
    public let persona: Persona
    /// The reply handed over (1-based among the trainee's replies).
    public let turn: Int
    /// The parent's replies 1..N-1, replayed as they were typed.
    public let replayedLines: [String]
    /// What the trainee said at reply N in the parent (nil when N is one past its last reply).
    public let previousReply: String?
    /// The first turn (1-based) before reply N that replays with the same words and frustration but
    /// not byte for byte — its moves or reasons read differently by this build than by the one that
    /// recorded it; nil when every turn before reply N replays byte for byte.
    public let reannotatedFrom: Int?

    /// Prepares a retry of `parent` (read from `file`, named in errors) at reply `turn`, with the
    /// personas of the persona folder.
    public init(parent: Transcript, file: String, turn: Int, personas: [Persona]) throws(RetryError) {
        guard parent.source == .simulator, let reference = parent.persona, parent.seed != nil else {
            throw .notSimulator(file: file)
        }
        guard let persona = personas.first(where: { $0.id == reference.id }) else {
            throw .personaMissing(file: file, id: reference.id, available: personas.map(\.id))
        }
        guard persona.version == reference.version else {
            throw .versionMismatch(file: file, id: reference.id, recorded: reference.version, current: persona.version)
        }
        let replies = parent.traineeTurns
        guard (1...replies.count + 1).contains(turn) else {
            throw .turnOutOfRange(file: file, turn: turn, replies: replies.count)
        }
        let replay = TranscriptReplay(parent, persona: persona, replies: turn - 1)
        // Turns before the retried reply: the opening and every exchange up to it.
        let prefixCount = turn <= replies.count ? replies[turn - 1].index : parent.turns.count
        if let index = replay.firstConversationDifference(from: parent, count: prefixCount) {
            throw .diverged(file: file, turnNumber: index + 1, saved: parent.turns[index].text,
                            replayed: index < replay.conversation.turns.count ? replay.conversation.turns[index].text : "")
        }
        if case .ended(let outcome) = replay.conversation.state.phase {
            throw .endedBefore(file: file, turn: turn, outcome: outcome, lastRetryable: max(1, turn - 1))
        }
        reannotatedFrom = replay.firstDifference(from: parent, count: prefixCount).map { $0 + 1 }
        self.parent = parent
        self.persona = persona
        self.turn = turn
        replayedLines = replies.prefix(turn - 1).map(\.turn.text)
        previousReply = turn <= replies.count ? replies[turn - 1].turn.text : nil
    }

    /// A new conversation for the retry, not yet started, recording `branch` in its transcript.
    /// Replaying `replayedLines` through it reproduces the parent's turns before reply N.
    public func conversation(branch: BranchPoint) -> Conversation {
        var conversation = Conversation(persona: persona, seed: parent.seed ?? 0, trainee: parent.trainee ?? "Trainee")
        conversation.branch = branch
        return conversation
    }
}
