/// Where a retried session branched off an earlier one: `deescalate practice --retry PARENT --turn N`
/// replays the parent's persona, seed and first N-1 trainee replies, then the trainee takes over at
/// reply N. Recorded in the new transcript (format 3), so a report can draw both sessions together.
public struct BranchPoint: Sendable, Equatable {
    /// The parent transcript: its file name when it sits in the same folder as this one, else its
    /// absolute path (reports resolve a relative name against this transcript's folder).
    public var parent: String
    /// The trainee reply retried, 1-based among the trainee's replies (`--turn N`): replies 1..N-1
    /// are the parent's, word for word.
    public var turn: Int
    /// When the parent session started, to tell it from another file of the same name.
    public var parentStartedAt: String?

    /// Creates a branch point.
    public init(parent: String, turn: Int, parentStartedAt: String? = nil) {
        self.parent = parent
        self.turn = turn
        self.parentStartedAt = parentStartedAt
    }

    /// The index in `transcript.turns` of the trainee's `reply`-th reply (1-based), or nil when the
    /// transcript has fewer replies.
    public static func turnIndex(ofReply reply: Int, in transcript: Transcript) -> Int? {
        guard reply >= 1 else { return nil }
        var seen = 0
        for (index, turn) in transcript.turns.enumerated() where turn.speaker == .trainee {
            seen += 1
            if seen == reply { return index }
        }
        return nil
    }
}
