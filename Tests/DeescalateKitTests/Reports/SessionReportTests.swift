import Foundation
import Testing
@testable import DeescalateKit

/// The session report: the golden page for a recorded session, its parts, and chat logs.
@Suite struct SessionReportTests {
    /// The page for the recorded session, byte for byte (the tool version masked so a release does
    /// not churn it). Re-record with `DEESCALATE_RECORD=1 swift test --filter SessionReport`.
    @Test func goldenHTML() throws {
        let transcript = try ReportFixtures.session()
        let grade = try #require(transcript.grade) // the stored grade: the golden tests rendering, not scoring
        let html = SessionReport(transcript: transcript, grade: grade).html()
            .replacingOccurrences(of: "deescalate \(DeescalateVersion.tool)", with: "deescalate VERSION")
        let golden = ReportFixtures.folder.appendingPathComponent("session.html")
        if ProcessInfo.processInfo.environment["DEESCALATE_RECORD"] == "1" {
            try html.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(html == expected, "session.html differs; re-record with DEESCALATE_RECORD=1 if the change is intended")
    }

    @Test func pageIsSelfContained() throws {
        let transcript = try ReportFixtures.session()
        let html = SessionReport(transcript: transcript, grade: try #require(transcript.grade)).html()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<link"))
        #expect(html.contains("@media print"))
    }

    @Test func chartMarksThresholdsAndLinksEveryPointToItsTurn() throws {
        let transcript = try ReportFixtures.session()
        let html = SessionReport(transcript: transcript, grade: try #require(transcript.grade)).html()
        #expect(html.contains("<svg"))
        #expect(html.contains("calm 35"))
        #expect(html.contains("escalates 95"))
        for (index, turn) in transcript.turns.enumerated() {
            #expect(html.contains("id=\"turn-\(index + 1)\""))
            if turn.frustration != nil { #expect(html.contains("<a href=\"#turn-\(index + 1)\">")) }
        }
    }

    @Test func traineeTurnsShowMovesAndWhyFrustrationMoved() {
        var transcript = ReportFixtures.transcript()
        transcript.turns[1].moves.append(Move(kind: .calmDown, evidence: Evidence(start: 0, end: 10, words: "calm down")))
        transcript.turns[1].moves.append(Move(kind: .boundary, evidence: Evidence(start: 0, end: 10, words: "I can't continue if")))
        let html = SessionReport(transcript: transcript, grade: ReportFixtures.grade(50, 30, 45, 100)).html()
        #expect(html.contains(#"<span class="badge k-step"><b>Listen: question</b> <q>what happened</q></span>"#))
        #expect(html.contains(#"<span class="badge k-harm"><b>harm: &quot;calm down&quot;</b>"#))
        #expect(html.contains(#"<span class="badge k-boundary"><b>boundary</b>"#))
        #expect(html.contains(#"<li class="down">question -8</li>"#))
        #expect(html.contains("Duration</dt><dd>3 min 25 s"))
    }

    @Test func scorecardHasABarPerStepAndFeedbackLinksTurns() {
        let grade = ReportFixtures.grade(50, 30, 45, 100, feedback: [
            Feedback(step: .apologize, turn: 2, message: "Turn 2: \"but\" undid your apology."),
            Feedback(step: .thank, turn: 0, message: "Close by thanking the customer."),
        ])
        let html = SessionReport(transcript: ReportFixtures.transcript(), grade: grade).html()
        for step in Step.allCases { #expect(html.contains("<b>\(step.title)</b>")) }
        #expect(html.contains("style=\"width:30%\"></span>")) // Apologize 30
        #expect(html.contains("<a href=\"#turn-2\">turn 2</a> · &quot;but&quot; undid your apology."))
        #expect(html.contains("Close by thanking the customer."))
    }

    @Test func chatLogRendersWithoutAChart() {
        let transcript = ReportFixtures.chatLog()
        let html = SessionReport(transcript: transcript, grade: ReportFixtures.grade(0, 60, 0, 0)).html()
        #expect(!html.contains("<svg"))
        #expect(html.contains("No frustration was recorded"))
        #expect(html.contains("<h1>Conversation</h1>"))
        #expect(html.contains("Imported chat log"))
        #expect(html.contains("not recorded"))
    }

    @Test func markdownCarriesTheGivenGrade() {
        var transcript = ReportFixtures.transcript()
        transcript.grade = ReportFixtures.grade(0, 0, 0, 0)
        let markdown = SessionReport(transcript: transcript, grade: ReportFixtures.grade(80, 80, 80, 80)).markdown()
        #expect(markdown.contains("## Grade: 80/100 — passed"))
    }

    @Test(arguments: [
        ("2026-11-22T15:30:12Z", "2026-11-22T15:33:37Z", 205),
        ("2026-11-22T23:59:50Z", "2026-11-23T00:00:10Z", 20),
        ("2026-11-22T15:30:12.5Z", "2026-11-22T15:30:13Z", 1),
        ("2026-11-22T16:30:12+01:00", "2026-11-22T15:31:12Z", 60),
        ("2026-02-28T12:00:00Z", "2026-03-01T12:00:00Z", 86_400),
    ])
    func durationsFromTranscriptTimes(start: String, end: String, seconds: Int) {
        #expect(ReportDates.duration(from: start, to: end) == seconds)
    }

    @Test(arguments: ["", "yesterday", "2026-13-01T00:00:00Z", "2026-11-22 15:30", "2026-11-22T15:30:12Q"])
    func unreadableTimesGiveNoDuration(text: String) {
        #expect(ReportDates.seconds(text) == nil)
    }

    @Test(arguments: [(40, "PT40S"), (205, "PT3M25S"), (3725, "PT1H2M5S"), (0, "PT0S")])
    func iso8601Durations(seconds: Int, text: String) {
        #expect(ReportDates.iso8601Duration(seconds) == text)
    }

    @Test func epochIsRight() {
        #expect(ReportDates.seconds("1970-01-01T00:00:00Z") == 0)
        #expect(ReportDates.seconds("2000-03-01T00:00:00Z") == 951_868_800)
    }
}
