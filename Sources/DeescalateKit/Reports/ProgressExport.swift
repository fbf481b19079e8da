/// `deescalate progress --format csv|json`: a trainee's sessions for other tools. CSV is one record
/// per session (RFC 4180, spreadsheet-safe); JSON holds the sessions and, per measure, the figures
/// the terminal table shows.
public enum ProgressExport {
    /// CSV: a header, then one record per session, oldest first (CRLF line ends, RFC 4180).
    public static func csv(_ progress: TraineeProgress) -> String {
        var out = CSVCell.row(["session", "file", "started_at", "trainee", "persona", "persona_version", "difficulty", "outcome",
                               "total", "listen", "apologize", "solve", "thank", "passed"])
        for (index, session) in progress.sessions.enumerated() {
            let transcript = session.transcript
            out += CSVCell.row([
                .number(index + 1), .text(session.file), .text(transcript.startedAt ?? ""), .text(transcript.trainee ?? ""),
                .text(transcript.persona?.id ?? ""), transcript.persona.map { .number($0.version) } ?? .text(""),
                .text(session.difficulty?.rawValue ?? ""), .text(transcript.outcome?.rawValue ?? ""), .number(session.grade.total),
                .number(session.grade.score(.listen)), .number(session.grade.score(.apologize)), .number(session.grade.score(.solve)),
                .number(session.grade.score(.thank)), .text(session.grade.passed ? "true" : "false"),
            ])
        }
        return out
    }

    /// JSON: the trainee, the measures' figures (trend in points per session over `window` sessions),
    /// the weakest step, outcomes per persona, and the sessions.
    public static func json(_ progress: TraineeProgress, folder: String) -> JSONValue {
        func rounded(_ value: Double) -> JSONValue { .double((value * 100).rounded() / 100) }
        let measures: [(String, JSONValue)] = TraineeProgress.Measure.allCases.map { measure in
            let series = progress[measure]
            return (measure.key, .object([
                "first": .int(series.first), "latest": .int(series.latest), "best": .int(series.best),
                "mean": rounded(series.mean), "recentMean": rounded(series.recentMean),
                "trendPointsPerSession": series.trend.map(rounded) ?? .null,
                "scores": .array(series.scores.map(JSONValue.int)),
            ]))
        }
        let personas: [JSONValue] = progress.personaOutcomes.map { persona in
            .object([
                "id": .string(persona.id), "name": .string(persona.name), "difficulty": persona.difficulty.map { .string($0.rawValue) } ?? .null,
                "sessions": .int(persona.sessions), "resolved": .int(persona.outcomes[.resolved] ?? 0),
                "escalated": .int(persona.outcomes[.escalated] ?? 0), "abandoned": .int(persona.outcomes[.abandoned] ?? 0),
                "passed": .int(persona.passed), "meanTotal": rounded(persona.meanTotal),
            ])
        }
        let sessions: [JSONValue] = progress.sessions.map { session in
            .object([
                "file": .string(session.file), "startedAt": session.transcript.startedAt.map(JSONValue.string) ?? .null,
                "persona": session.transcript.persona.map { .string($0.id) } ?? .null,
                "personaVersion": session.transcript.persona.map { .int($0.version) } ?? .null,
                "difficulty": session.difficulty.map { .string($0.rawValue) } ?? .null,
                "outcome": session.transcript.outcome.map { .string($0.rawValue) } ?? .null,
                "total": .int(session.grade.total),
                "steps": .object(Step.allCases.map { ($0.rawValue, .int(session.grade.score($0))) }),
                "passed": .bool(session.grade.passed),
            ])
        }
        return .object([
            "trainee": .string(progress.trainee), "folder": .string(folder), "sessions": .int(progress.sessions.count),
            "trendWindow": .int(progress.trendSessions), "weakestStep": .string(progress.weakestStep.rawValue),
            "direction": .string(ProgressText.direction(progress[.total].trend)),
            "measures": .object(measures), "personas": .array(personas), "sessionList": .array(sessions),
        ])
    }
}
