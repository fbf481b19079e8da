/// A transcript with its freshly computed grade and where it came from: one row of a batch.
public struct GradedTranscript: Sendable {
    /// The file it was read from (or `<stdin>:N`).
    public var source: String
    /// The transcript.
    public var transcript: Transcript
    /// The grade computed now.
    public var grade: Grade

    /// Creates a row.
    public init(source: String, transcript: Transcript, grade: Grade) {
        self.source = source
        self.transcript = transcript
        self.grade = grade
    }

    /// Whether the transcript carried a stored grade that differs from the recomputed one.
    public var storedGradeDiffers: Bool {
        guard let stored = transcript.grade else { return false }
        return stored.total != grade.total || Step.allCases.contains { stored.score($0) != grade.score($0) }
    }
}
