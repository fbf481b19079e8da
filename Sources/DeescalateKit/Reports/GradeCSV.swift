/// `grade --format csv`: RFC 4180 with a header row, UTF-8, formula-looking cells neutralised.
public enum GradeCSV {
    /// The header record.
    public static func header() -> String {
        CSVField.record(["file", "total", "listen", "apologize", "solve", "thank", "passed", "failed_because",
                         "stored_grade_differs", "stored_total", "findings", "first_feedback", "scorer", "rubric"])
    }

    /// One record.
    public static func row(_ row: GradeRow) -> String {
        let grade = row.grade
        return CSVField.record([
            row.source, "\(grade.total)", "\(grade.score(.listen))", "\(grade.score(.apologize))", "\(grade.score(.solve))",
            "\(grade.score(.thank))", grade.passed ? "true" : "false", grade.failedBecause ?? "",
            row.storedGradeDiffers ? "true" : "false", row.storedTotal.map(String.init) ?? "", "\(grade.findings.count)",
            grade.feedback.first?.message ?? "", grade.scorer, grade.rubric,
        ])
    }
}
