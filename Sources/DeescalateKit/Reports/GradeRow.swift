/// One graded transcript as the grade reports show it: where it came from, its fresh grade, and
/// whether a grade stored in the transcript disagreed (a stored grade is never trusted).
public struct GradeRow: Sendable {
    /// The file, or `<stdin>:LINE` / `FILE:LINE` for a row of JSON Lines.
    public var source: String
    /// The grade computed now.
    public var grade: Grade
    /// The stored grade's total, when the transcript carried one.
    public var storedTotal: Int?
    /// Whether the stored grade differs from the recomputed one.
    public var storedGradeDiffers: Bool

    /// A row for a graded transcript.
    public init(_ graded: GradedTranscript) {
        source = graded.source
        grade = graded.grade
        storedTotal = graded.transcript.grade?.total
        storedGradeDiffers = graded.storedGradeDiffers
    }

    /// Notes for people: an outright failure, a stored grade that differs.
    public var notes: [String] {
        var notes: [String] = []
        if let failed = grade.failedBecause { notes.append("failed: \(failed)") }
        if storedGradeDiffers { notes.append("stored grade \(storedTotal.map(String.init) ?? "?") differs from recomputed \(grade.total)") }
        return notes
    }
}
