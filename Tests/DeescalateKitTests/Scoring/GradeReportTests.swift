import DeescalateKit
import Testing

/// The report pieces behind `grade --format csv|table|markdown`.
@Suite struct GradeReportTests {
    @Test(arguments: [
        ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("two\nlines", "\"two\nlines\""),
        ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-2", "'-2"), ("@cmd", "'@cmd"), (" =1+1", "' =1+1"),
        ("=a,b", "\"'=a,b\""), ("", ""), ("naïve — ok", "naïve — ok"),
    ])
    func csvFields(value: String, expected: String) {
        #expect(CSVCell.escaped(value) == expected)
    }

    @Test func csvRecordsEndWithCRLF() {
        #expect(CSVCell.row(["a", "b,c"]) == "a,\"b,c\"\r\n")
    }

    static func row(_ source: String, _ log: String) throws -> GradeRow {
        let transcript = try ChatLogImporter.transcript(parsing: Array(log.utf8), file: source)
        return GradeRow(GradedTranscript(source: source, transcript: transcript, grade: Scorer().grade(transcript)))
    }

    @Test func summaryCountsMeansPassRateAndTheWeakestStep() throws {
        var summary = GradeSummary()
        summary.add(try Self.row("a", "Customer: late\nAgent: I'm sorry. What happened?\nCustomer: lost\nAgent: I'll resend it today. Thank you.").grade)
        summary.add(try Self.row("b", "Customer: late\nAgent: Not my problem.").grade)
        #expect(summary.count == 2)
        #expect(summary.passed == 1)
        #expect(summary.passRate == 0.5)
        #expect(summary.weakestStep != nil)
        #expect(summary.lines().contains { $0.hasPrefix("Weakest step: ") })
    }

    /// The supervisor counts rows by their figures; the summary is the one their grades give.
    @Test func aSummaryOfFiguresIsTheSummaryOfTheGrades() throws {
        var byGrade = GradeSummary(), byFigures = GradeSummary()
        for grade in [try Self.row("a", "Customer: late\nAgent: I'm sorry. What happened?\nCustomer: lost\nAgent: I'll resend it today. Thank you.").grade,
                      try Self.row("b", "Customer: late\nAgent: Not my problem.").grade] {
            byGrade.add(grade)
            byFigures.add(total: grade.total, passed: grade.passed, steps: Step.allCases.map { grade.score($0) })
        }
        byGrade.add(try Self.row("c", "Customer: late\nAgent: Sorry.").grade, hasTraineeTurn: false)
        byFigures.add(total: 0, passed: false, steps: [0, 0, 0, 0], hasTraineeTurn: false)
        #expect(byFigures.lines() == byGrade.lines())
        #expect(byFigures.count == 2 && byFigures.notGraded == 1)
    }

    @Test func tableAndMarkdownCellsAreSafe() throws {
        let row = try Self.row("evil\u{1B}[2J|name.txt", "Customer: hi\nAgent: Calm down.")
        let table = GradeTable(fitting: [row.source])
        for text in [table.header(), table.row(row), GradeMarkdown.row(row)] {
            #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        }
        #expect(GradeMarkdown.row(row).contains("\\|name.txt"))
    }
}
