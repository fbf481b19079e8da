import Foundation
import Testing
@testable import DeescalateKit

/// Hostile text — markup, attribute breakouts, formulas, terminal escapes, right-to-left overrides and
/// zero-width characters — wherever a user or a transcript file can put it, in every renderer.
@Suite struct HostileTextTests {
    /// A transcript with `text` in every user-controlled field.
    static func hostileTranscript(_ text: String) -> Transcript {
        var transcript = ReportFixtures.transcript(trainee: text, personaID: text, personaName: text, traineeText: text,
                                                   evidence: text, reason: text)
        transcript.turns[0].text = text + "\nsecond line " + text
        return transcript
    }

    static func hostileGrade(_ text: String) -> Grade {
        var grade = ReportFixtures.grade(10, 20, 30, 40, feedback: [Feedback(step: .listen, turn: 2, message: "Turn 2: \"\(text)\" " + text)],
                                         failedBecause: "insult: \"\(text)\"")
        grade.findings.append(Finding(rule: "harm", step: nil, turn: 2, words: text, points: -10, message: text))
        grade.scorer = text
        return grade
    }

    /// What must never appear raw in an HTML page.
    static func assertInert(_ html: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(!html.contains("<script"), sourceLocation: sourceLocation)
        #expect(!html.contains("<img"), sourceLocation: sourceLocation)
        #expect(!html.contains("<b>bold"), sourceLocation: sourceLocation)
        #expect(!html.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{200B}" }, sourceLocation: sourceLocation)
    }

    @Test(arguments: ReportFixtures.hostile)
    func sessionReportEscapesEverything(text: String) {
        let html = SessionReport(transcript: Self.hostileTranscript(text), grade: Self.hostileGrade(text)).html()
        Self.assertInert(html)
    }

    @Test(arguments: ReportFixtures.hostile)
    func cohortReportEscapesEverything(text: String) {
        let row = GradedTranscript(source: text, transcript: Self.hostileTranscript(text), grade: Self.hostileGrade(text))
        let html = CohortReport(rows: [row, row], title: text).html()
        Self.assertInert(html)
    }

    @Test func escapesAllFiveSpecialsAndShowsInvisibles() {
        #expect(HTMLText.escaped(#"<a href="x" onclick='y'>&</a>"#) == "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        #expect(HTMLText.escaped("\u{1B}[31mred") == "␛[31mred")
        #expect(HTMLText.escaped("abc\u{202E}gnp") == "abc&lt;U+202E&gt;gnp")
        #expect(HTMLText.escaped("pay\u{200B}pal") == "pay&lt;U+200B&gt;pal")
        #expect(HTMLText.escaped("a\nb", keepNewlines: true) == "a<br>b")
    }

    @Test func markdownReportEscapesMarkup() {
        let text = "<script>alert(1)</script>"
        var grade = Self.hostileGrade(text)
        grade.scorer = "deescalate-scorer 1" // a fresh grade's scorer is ours, never from the file
        let markdown = SessionReport(transcript: Self.hostileTranscript(text), grade: grade).markdown()
        // Markdown escapes with a backslash: every '<' must come as "\<", so it shows as text.
        let raw = markdown.replacingOccurrences(of: "\\<", with: "")
        #expect(!raw.contains("<"))
        #expect(!markdown.unicodeScalars.contains("\u{1B}"))
    }

    @Test(arguments: ReportFixtures.hostile)
    func csvCellsNeverStartAFormulaAndReadBack(text: String) throws {
        let cell = CSVCell.escaped(text)
        let parsed = try RFC4180.parse(CSVCell.row([text, "x"]))
        #expect(parsed.count == 1 && parsed[0].count == 2)
        let value = try #require(parsed.first?.first)
        #expect(!CSVCell.startsFormula(value))
        #expect(!value.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" || $0 == "\u{200B}" })
        #expect(!cell.isEmpty)
    }

    @Test func xapiStatementsCarryNoRawControlCharacters() {
        let text = "\u{1B}[31m\u{202E}<script>"
        let row = GradedTranscript(source: "x", transcript: Self.hostileTranscript(text), grade: Self.hostileGrade(text))
        let line = XAPIStatement(row: row, actor: .account(homePage: "https://lms.example.com")).jsonValue().serialized()
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || $0 == "\u{202E}" })
        #expect(!line.contains("\n"))
    }
}
