/// `grade --format table`: aligned columns for a terminal, every cell made safe (control characters
/// and escape sequences are never printed raw), and a summary at the end.
public struct GradeTable: Sendable {
    /// The width of the file column; longer paths keep their end, where the file name is.
    public let fileWidth: Int

    /// A table whose file column fits `sources` (between 4 and 48 characters).
    public init(fitting sources: [String]) {
        fileWidth = min(48, max(4, sources.map { SafeText.sanitized($0).count }.max() ?? 4))
    }

    /// The header line and its rule.
    public func header() -> String {
        let head = "FILE".padding(to: fileWidth) + "  TOTAL  LISTEN  APOLOGIZE  SOLVE  THANK  RESULT  NOTES"
        return head + "\n" + String(repeating: "-", count: head.count) + "\n"
    }

    /// One row.
    public func row(_ row: GradeRow) -> String {
        var file = SafeText.sanitized(row.source)
        if file.count > fileWidth { file = "…" + String(file.suffix(fileWidth - 1)) }
        let grade = row.grade
        // A transcript with no trainee turn has nothing to score: dashes, not a row of zeros.
        func score(_ value: Int) -> String { row.hasTraineeTurn ? String(value) : "-" }
        let cells = [
            file.padding(to: fileWidth),
            score(grade.total).leftPadded(to: 5),
            score(grade.score(.listen)).leftPadded(to: 6),
            score(grade.score(.apologize)).leftPadded(to: 9),
            score(grade.score(.solve)).leftPadded(to: 5),
            score(grade.score(.thank)).leftPadded(to: 5),
            (row.hasTraineeTurn ? (grade.passed ? "pass" : "FAIL") : "-").padding(to: 6),
        ]
        let notes = SafeText.truncated(SafeText.sanitized(row.notes.joined(separator: "; ")), to: 160)
        return (cells.joined(separator: "  ") + "  " + notes).trimmingTrailingSpaces() + "\n"
    }

    /// The closing summary.
    public func summary(_ summary: GradeSummary) -> String {
        "\n" + summary.lines().joined(separator: "\n") + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
