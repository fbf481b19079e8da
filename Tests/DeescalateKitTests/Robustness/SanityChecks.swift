import Testing
@testable import DeescalateKit

/// What every input that decodes must survive, and what every refusal must look like.
enum SanityChecks {
    /// Grades `transcript` and renders it in every format, checking that scores stay in 0–100, that
    /// each output is bounded (no chart drawing one element per unit of a huge number), and that the
    /// transcript written back out reads again.
    static func gradeAndRender(_ transcript: Transcript, rubric: Rubric = .standard, context: String,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let grade = Scorer(rubric: rubric).grade(transcript)
        if !(0...100).contains(grade.total) || Step.allCases.contains(where: { !(0...100).contains(grade.score($0)) }) {
            Issue.record("scores out of 0–100 (\(grade.total), \(grade.steps)) for \(context)", sourceLocation: sourceLocation)
        }
        let graded = GradedTranscript(source: "edge.json", transcript: transcript, grade: grade)
        let row = GradeRow(graded)
        var summary = GradeSummary()
        summary.add(grade)
        let outputs: [(String, String)] = [
            ("session html", SessionReport(transcript: transcript, grade: grade).html()),
            ("session markdown", SessionReport(transcript: transcript, grade: grade).markdown()),
            ("transcript markdown", TranscriptMarkdown(transcript).render()),
            ("cohort html", CohortReport(rows: [graded, graded]).html()),
            ("table", GradeTable(fitting: [row.source]).row(row) + GradeTable(fitting: [row.source]).summary(summary)),
            ("csv", GradeCSV.row(row)),
            ("jsonl", GradeJSONLines.line(row)),
            ("markdown row", GradeMarkdown.row(row) + GradeMarkdown.summary(summary)),
            ("xapi", XAPIStatement(row: graded, actor: .account(homePage: "https://lms.example.com")).jsonLine()),
            ("grade card", GradeCard(grade: grade, outcome: transcript.outcome).lines().map(\.text).joined(separator: "\n")),
        ]
        let input = transcript.turns.reduce(0) { $0 + $1.text.utf8.count + 200 } + 2_000
        for (name, text) in outputs where text.utf8.count > 60 * input + 60_000 {
            Issue.record("\(name) is \(text.utf8.count) bytes for \(context)", sourceLocation: sourceLocation)
        }
        let written = transcript.jsonValue().serialized(pretty: true)
        do {
            _ = try Transcript(parsing: Array(written.utf8), file: "rewritten.json")
        } catch {
            Issue.record("a transcript written back does not read again (\(error.message)) for \(context)", sourceLocation: sourceLocation)
        }
    }

    /// A refusal must say where (line ≥ 1, column ≥ 1) and name the field it is about.
    static func located(_ location: DeescalateKit.SourceLocation?, message: String, naming key: String, context: String,
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        guard let location, location.line >= 1, location.column >= 1 else {
            Issue.record("unlocated error \"\(message)\" for \(context)", sourceLocation: sourceLocation)
            return
        }
        if !key.isEmpty, !message.contains(key), !message.contains("not valid JSON"), !message.hasPrefix("syntax error") {
            Issue.record("error \"\(message)\" does not name '\(key)' for \(context)", sourceLocation: sourceLocation)
        }
        if message.unicodeScalars.contains(where: SafeText.needsEscape) {
            Issue.record("error \"\(String(reflecting: message))\" carries control characters raw", sourceLocation: sourceLocation)
        }
    }
}
