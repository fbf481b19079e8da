/// `grade --format markdown`: a GitHub-flavoured table and a summary, every cell made safe.
public enum GradeMarkdown {
    /// The table's header.
    public static func header() -> String {
        "| File | Total | Listen | Apologize | Solve | Thank | Result | Notes |\n|---|---:|---:|---:|---:|---:|---|---|\n"
    }

    /// One row.
    public static func row(_ row: GradeRow) -> String {
        let grade = row.grade
        func score(_ value: Int) -> String { row.hasTraineeTurn ? "\(value)" : "—" }
        let result = row.hasTraineeTurn ? (grade.passed ? "pass" : "**fail**") : "not graded"
        let cells = [cell(row.source), score(grade.total), score(grade.score(.listen)),
                     score(grade.score(.apologize)), score(grade.score(.solve)), score(grade.score(.thank)),
                     result, cell(row.notes.joined(separator: "; "))]
        return "| " + cells.joined(separator: " | ") + " |\n"
    }

    /// The summary after the table.
    public static func summary(_ summary: GradeSummary) -> String {
        "\n## Summary\n\n" + summary.lines().map { "- \(cell($0))" }.joined(separator: "\n") + "\n"
    }

    /// Text safe inside a table cell: no control characters, no raw `|`, `<` or line breaks.
    static func cell(_ text: String) -> String {
        var out = ""
        for scalar in SafeText.sanitized(text).unicodeScalars {
            switch scalar {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "*", "_", "[", "]", "`": out += "\\" + String(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
