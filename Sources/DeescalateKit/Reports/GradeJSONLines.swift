/// `grade --format jsonl|json`: one object per transcript.
public enum GradeJSONLines {
    /// The row as a JSON object: `file`, `total`, `steps` {listen, apologize, solve, thank}, `passed`,
    /// `failedBecause` (when failed outright), `storedGradeDiffers` and `storedTotal` (when they differ),
    /// `findings` (rule, step, turn, words, points, message), `feedback`, `scorer`, `rubric`.
    public static func object(_ row: GradeRow) -> JSONValue {
        let grade = row.grade
        return .object([
            "file": .string(row.source),
            "total": .int(grade.total),
            "steps": .object(Step.allCases.map { ($0.rawValue, JSONValue.int(grade.score($0))) }),
            "passed": .bool(grade.passed),
            "failedBecause": grade.failedBecause.map(JSONValue.string),
            "storedGradeDiffers": row.storedGradeDiffers ? .bool(true) : nil,
            "storedTotal": row.storedGradeDiffers ? row.storedTotal.map(JSONValue.int) : nil,
            "findings": .array(grade.findings.map { $0.jsonValue() }),
            "feedback": .array(grade.feedback.map { item in
                .object([("step", item.step.map { .string($0.rawValue) } ?? .null), ("turn", .int(item.turn)), ("message", .string(item.message))])
            }),
            "scorer": .string(grade.scorer),
            "rubric": .string(grade.rubric),
        ])
    }

    /// The row as one line of JSON Lines (with its newline).
    public static func line(_ row: GradeRow) -> String {
        object(row).serialized() + "\n"
    }
}
