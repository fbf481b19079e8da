import Testing
@testable import DeescalateKit

/// A transcript with no trainee turn (a session quit at the first prompt) is shown as not graded and
/// counts in no cohort figure or summary.
@Suite struct NotGradedTests {
    /// A session abandoned before the trainee said anything, graded the way the scorer grades it (0).
    static func quitAtFirstPrompt(source: String = "quit.json") -> GradedTranscript {
        var transcript = ReportFixtures.transcript(trainee: "Dee", outcome: .abandoned)
        transcript.turns = [Turn(speaker: .customer, text: "My parcel was late!", frustration: 70)]
        return GradedTranscript(source: source, transcript: transcript, grade: Scorer().grade(transcript))
    }

    static func spoke() -> GradedTranscript {
        GradedTranscript(source: "a.json", transcript: ReportFixtures.transcript(trainee: "Ann"),
                         grade: ReportFixtures.grade(80, 80, 80, 80, total: 80, passed: true))
    }

    @Test func cohortPageLeavesItOutOfEveryFigureAndListsIt() {
        let with = CohortReport(rows: [Self.spoke(), Self.quitAtFirstPrompt()]).html()
        let without = CohortReport(rows: [Self.spoke()]).html()
        #expect(with.contains("1 graded transcript against LAST (Listen, Apologize, Solve, Thank); 1 not graded (no trainee turn)"))
        #expect(with.contains("80.0<small> mean total</small>"))
        #expect(with.contains("0 not passed"))
        #expect(with.components(separatedBy: "<tr><td title=").count - 1 == 1, "no table row for it")
        #expect(with.contains("<h2>Not graded</h2>") && with.contains("<code>quit.json</code>"))
        // Apart from the header line and the list, the page is the one without it.
        func figures(_ html: String) -> String {
            let start = html.range(of: "<section class=\"chart\">")!.lowerBound, end = html.range(of: "<h2>Transcripts</h2>")!.lowerBound
            return String(html[start..<end])
        }
        #expect(figures(with) == figures(without))
    }

    @Test func aPageOfOnlyUngradedSessionsSaysSo() {
        let html = CohortReport(rows: [Self.quitAtFirstPrompt()]).html()
        #expect(html.contains("0 graded transcripts"))
        #expect(html.contains("No graded transcripts."))
        #expect(html.contains("<code>quit.json</code>"))
    }

    @Test func summaryCountsItApart() {
        var summary = GradeSummary()
        summary.add(Self.spoke())
        summary.add(Self.quitAtFirstPrompt())
        #expect(summary.count == 1 && summary.notGraded == 1)
        #expect(summary.meanTotal == 80)
        #expect(summary.lines().first == "Graded: 1 (1 not graded: no trainee turn)")
    }

    @Test func rowsSayNotGraded() throws {
        let row = GradeRow(Self.quitAtFirstPrompt())
        #expect(!row.hasTraineeTurn)
        #expect(row.notes.first == "no trainee turn; not graded")
        let table = GradeTable(fitting: ["quit.json"]).row(row)
        #expect(table.hasPrefix("quit.json      -       -          -      -      -  -       no trainee turn; not graded"))
        #expect(GradeMarkdown.row(row).hasPrefix("| quit.json | — | — | — | — | — | not graded | no trainee turn; not graded |"))
        let line = GradeJSONLines.line(row)
        #expect(line.contains("\"passed\":false,\"notGraded\":\"no trainee turn\""))
        #expect(line == GradeJSONLines.object(row).serialized() + "\n")
        #expect(!GradeJSONLines.line(GradeRow(Self.spoke())).contains("notGraded"))
    }
}
