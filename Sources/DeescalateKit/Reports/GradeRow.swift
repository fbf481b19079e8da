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
    /// Whether the trainee said anything. A session quit at the first prompt has no trainee turn: its
    /// grade (0) measures nothing, so reports show it as not graded and summaries leave it out.
    public var hasTraineeTurn: Bool
    /// For a JSON Lines row: who it is (`key`) and the input fields it echoes.
    public var input: InputRowIdentity?

    /// A row for a graded transcript.
    public init(_ graded: GradedTranscript) {
        source = graded.source
        grade = graded.grade
        storedTotal = graded.transcript.grade?.total
        storedGradeDiffers = graded.storedGradeDiffers
        hasTraineeTurn = graded.transcript.turns.contains { $0.speaker == .trainee }
        input = graded.input
    }

    /// The note on a transcript with no trainee turn.
    public static let notGradedNote = "no trainee turn; not graded"

    /// `notPassedBecause` without its opening "the customer's problem was not solved: ", which
    /// "not passed" already says, so a table row keeps room for the reason itself.
    static func shortReason(_ reason: String) -> String {
        let opening = "the customer's problem was not solved: "
        return reason.hasPrefix(opening) ? String(reason.dropFirst(opening.count)) : reason
    }

    /// Notes for people: no trainee turn, an outright failure, why a session did not pass, a stored
    /// grade that differs.
    public var notes: [String] {
        var notes: [String] = []
        if !hasTraineeTurn { notes.append(Self.notGradedNote) }
        if let failed = grade.failedBecause { notes.append("failed: \(failed)") }
        if hasTraineeTurn, let unsolved = grade.notPassedBecause { notes.append("not passed: \(Self.shortReason(unsolved))") }
        if storedGradeDiffers { notes.append("stored grade \(storedTotal.map(String.init) ?? "?") differs from recomputed \(grade.total)") }
        return notes
    }
}
