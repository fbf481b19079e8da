/// `grade --format csv`: RFC 4180 with a header row, UTF-8, formula-looking cells neutralised.
public enum GradeCSV {
    /// The header record.
    public static func header() -> String {
        CSVCell.row(["file", "total", "listen", "apologize", "solve", "thank", "passed", "failed_because",
                         "stored_grade_differs", "stored_total", "findings", "first_feedback", "scorer", "rubric"])
    }

    /// One record.
    public static func row(_ row: GradeRow) -> String {
        let grade = row.grade
        // Scores are numbers, written as numbers; every text cell goes through formula neutralising.
        return CSVCell.row([
            .text(row.source), .number(grade.total), .number(grade.score(.listen)), .number(grade.score(.apologize)),
            .number(grade.score(.solve)), .number(grade.score(.thank)), .text(grade.passed ? "true" : "false"),
            .text(grade.failedBecause ?? ""), .text(row.storedGradeDiffers ? "true" : "false"),
            row.storedTotal.map(CSVCell.number) ?? .text(""), .number(grade.findings.count),
            .text(grade.feedback.first?.message ?? ""), .text(grade.scorer), .text(grade.rubric),
        ])
    }
}
