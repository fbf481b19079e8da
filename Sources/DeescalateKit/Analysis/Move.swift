/// The words in a trainee's line that triggered a move.
public struct Evidence: Sendable, Equatable, Hashable {
    /// Start of the span, in Unicode scalars from the start of the line (as Python indexes a string).
    public var start: Int
    /// End of the span (exclusive), in Unicode scalars.
    public var end: Int
    /// The words of the span, as typed.
    public var words: String

    /// Creates evidence for the span `start..<end` holding `words`.
    public init(start: Int, end: Int, words: String) {
        self.start = start
        self.end = end
        self.words = words
    }
}

/// One move detected in a trainee's line, with the words that show it.
public struct Move: Sendable, Equatable, Hashable {
    /// What kind of move it is.
    public var kind: MoveKind
    /// The words that triggered it.
    public var evidence: Evidence

    /// Creates a move.
    public init(kind: MoveKind, evidence: Evidence) {
        self.kind = kind
        self.evidence = evidence
    }

    /// The step, boundary or harm the move belongs to.
    public var category: MoveCategory { kind.category }
}
