import Testing
@testable import DeescalateKit

/// The cohort page: its table, charts, weakest step and per-persona outcomes, and its size.
@Suite struct CohortReportTests {
    static func rows() -> [GradedTranscript] {
        let weakListen = Feedback(step: .listen, turn: 4, message: "Turn 4: you offered \"a refund\" before the customer felt heard. Ask first.")
        let weakListenElsewhere = Feedback(step: .listen, turn: 2, message: "Turn 2: you offered \"a voucher\" before the customer felt heard. Ask first.")
        let other = Feedback(step: .listen, turn: 0, message: "Ask an open question.")
        return [
            GradedTranscript(source: "a.json", transcript: ReportFixtures.transcript(trainee: "Ann", outcome: .resolved),
                             grade: ReportFixtures.grade(20, 80, 70, 100, total: 64, passed: true, feedback: [weakListen])),
            GradedTranscript(source: "b.json", transcript: ReportFixtures.transcript(trainee: "Ben", outcome: .escalated),
                             grade: ReportFixtures.grade(10, 60, 40, 0, total: 31, passed: false, feedback: [weakListenElsewhere])),
            GradedTranscript(source: "c.json", transcript: ReportFixtures.transcript(trainee: "Cy", personaID: "angry-gym", personaName: "Gus", outcome: .abandoned),
                             grade: ReportFixtures.grade(40, 50, 60, 0, total: 40, passed: false, feedback: [other])),
            GradedTranscript(source: "d.json", transcript: ReportFixtures.chatLog(), grade: ReportFixtures.grade(0, 60, 0, 0, total: 15, passed: false)),
        ]
    }

    @Test func hasARowPerTranscriptAndTheCharts() {
        let html = CohortReport(rows: Self.rows(), title: "Week 47").html()
        #expect(html.contains("<h1>Week 47</h1>"))
        #expect(html.components(separatedBy: "<tr><td title=").count - 1 == 4)
        #expect(html.contains("<td title=\"a.json\">Ann</td><td>test-parcel</td><td>2026-11-22</td><td class=\"num\"><b>64</b></td>"))
        #expect(html.contains("aria-label=\"Mean score per LAST step\""))
        #expect(html.contains("aria-label=\"Histogram of totals\""))
        #expect(html.contains("1 passed") && html.contains("3 not passed"))
        #expect(!html.contains("<script"))
    }

    @Test func weakestStepWithItsMostFrequentFeedback() {
        let html = CohortReport(rows: Self.rows(), title: "x").html()
        #expect(html.contains("Weakest step: Listen"))
        #expect(html.contains("(2 transcripts): You offered &quot;…&quot; before the customer felt heard. Ask first."))
    }

    @Test func outcomesPerPersona() {
        let summary = CohortSummary(rows: Self.rows())
        let parcel = summary.personas.first { $0.label.contains("test-parcel") }
        #expect(parcel?.count == 2 && parcel?[outcome: .resolved] == 1 && parcel?[outcome: .escalated] == 1)
        let gym = summary.personas.first { $0.label.contains("angry-gym") }
        #expect(gym?[outcome: .abandoned] == 1)
        #expect(summary.personas.first { $0.label == "Chat logs" }?.unknown == 1)
    }

    @Test func histogramBinsTotals() {
        let summary = CohortSummary(rows: Self.rows())
        #expect(summary.histogram[6].passed == 1)
        #expect(summary.histogram[3].failed == 1 && summary.histogram[4].failed == 1 && summary.histogram[1].failed == 1)
        #expect(summary.medianTotal == 31)
    }

    @Test func emptyCohortStillRenders() {
        let html = CohortReport(rows: [], title: "Nobody").html()
        #expect(html.contains("No transcripts."))
    }

    @Test(arguments: [
        ("Turn 3: you offered \"x\" early. Ask.", "You offered \"…\" early. Ask."),
        ("Close by thanking the customer.", "Close by thanking the customer."),
        ("Turnip: \"a\"", "Turnip: \"…\""),
        ("In your 3rd reply (\"I can refund it\") you offered a fix early.", "In a reply (\"…\") you offered a fix early."),
        ("Your offer in your 12th reply (\"x\") said what.", "Your offer in a reply (\"…\") said what."),
    ])
    func feedbackIsGeneralizedForCounting(message: String, expected: String) {
        #expect(CohortSummary.generalized(message) == expected)
    }

    @Test func thousandRowsStayUnderFiveMegabytes() {
        let base = Self.rows()
        let rows = (0..<1000).map { base[$0 % base.count] }
        let html = CohortReport(rows: rows, title: "Big").html()
        #expect(html.utf8.count < 5_000_000)
    }
}
