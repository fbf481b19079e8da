/// A transcript with its freshly computed grade and where it came from: one row of a batch.
public struct GradedTranscript: Sendable {
    /// The file it was read from (or `<stdin>:N`).
    public var source: String
    /// The transcript.
    public var transcript: Transcript
    /// The grade computed now.
    public var grade: Grade
    /// For a row of JSON Lines input: its identity (the input's id or a digest of the line) and the
    /// fields to echo, so the grade row can be joined back to its input. Nil for a file.
    public var input: InputRowIdentity?

    /// Creates a row.
    public init(source: String, transcript: Transcript, grade: Grade, input: InputRowIdentity? = nil) {
        self.source = source
        self.transcript = transcript
        self.grade = grade
        self.input = input
    }

    /// Whether the transcript carried a stored grade that differs from the recomputed one.
    public var storedGradeDiffers: Bool {
        guard let stored = transcript.grade else { return false }
        return stored.total != grade.total || Step.allCases.contains { stored.score($0) != grade.score($0) }
    }
}
