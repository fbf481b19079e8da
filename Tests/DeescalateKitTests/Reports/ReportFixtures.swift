import Foundation
@testable import DeescalateKit

/// Transcripts and grades for report tests: the recorded session fixture, and small made-up ones.
enum ReportFixtures {
    /// Tests/DeescalateKitTests/Fixtures/reports, in the source tree (golden files are re-recorded there).
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/reports")

    /// The recorded practice session (test-parcel, seed 3), with the grade stored when it was saved.
    static func session() throws -> Transcript {
        let bytes = try Array(Data(contentsOf: folder.appendingPathComponent("session.json")))
        return try Transcript(parsing: bytes, file: "session.json")
    }

    /// A grade with the given step scores, not produced by the scorer (so report tests do not move
    /// when the scoring rules change).
    static func grade(_ listen: Int, _ apologize: Int, _ solve: Int, _ thank: Int, total: Int? = nil, passed: Bool? = nil,
                      feedback: [Feedback] = [], failedBecause: String? = nil) -> Grade {
        let total = total ?? (listen * 30 + apologize * 25 + solve * 30 + thank * 15) / 100
        return Grade(scorer: "deescalate-scorer 1", rubric: "default 1", total: total, passed: passed ?? (total >= 60),
                     steps: [.listen: listen, .apologize: apologize, .solve: solve, .thank: thank], failedBecause: failedBecause,
                     findings: [Finding(rule: "listen-question", step: .listen, turn: 2, words: "what happened", points: listen, message: "explored the problem")],
                     feedback: feedback)
    }

    /// A short simulator transcript against `personaID`.
    static func transcript(trainee: String? = "Sam", personaID: String = "test-parcel", personaName: String = "Pat Tester",
                           outcome: Outcome? = .resolved, startedAt: String = "2026-11-22T15:30:12Z",
                           endedAt: String? = "2026-11-22T15:33:37Z", traineeText: String = "What happened?",
                           evidence: String = "what happened", reason: String = "question") -> Transcript {
        Transcript(
            source: .simulator,
            persona: PersonaReference(id: personaID, version: 2, name: personaName, calmAt: 35, escalateAt: 95),
            trainee: trainee, seed: 7, startedAt: startedAt, endedAt: endedAt, outcome: outcome,
            turns: [
                Turn(speaker: .customer, text: "My parcel was late!", frustration: 70),
                Turn(speaker: .trainee, text: traineeText, frustration: 62,
                     moves: [Move(kind: .question, evidence: Evidence(start: 0, end: 13, words: evidence))],
                     changes: [FrustrationChange(reason: reason, amount: -8)]),
                Turn(speaker: .customer, text: "It came on Wednesday.", frustration: 62),
            ])
    }

    /// An imported chat log: no persona, no frustration, no outcome.
    static func chatLog() -> Transcript {
        Transcript(source: .chatLog, trainee: "Jo", startedAt: "2026-11-20T09:00:00Z", turns: [
            Turn(speaker: .customer, text: "Where is my refund?"),
            Turn(speaker: .trainee, text: "I'm sorry, let me check.", moves: [Move(kind: .apology, evidence: Evidence(start: 0, end: 9, words: "I'm sorry"))]),
        ])
    }

    /// Text no report may pass through raw.
    static let hostile = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "\u{1B}[31mred\u{1B}[0m",
        "abc\u{202E}gnp.exe",
        "pay\u{200B}pal",
        "'single' & <b>bold</b>",
    ]
}
