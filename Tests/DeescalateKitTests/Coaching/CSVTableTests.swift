import Testing
@testable import DeescalateKit

/// RFC 4180 reading of the assessors' CSV, and the grades read from it, with located errors.
@Suite struct CSVTableTests {
    static func table(_ text: String) throws -> CSVTable { try CSVTable(parsing: Array(text.utf8), file: "h.csv") }

    @Test func quotedFieldsCRLFAndABOM() throws {
        let text = "\u{FEFF}file,total,notes\r\n\"a, b.json\",80,\"said \"\"no\"\"\r\nthen left\"\r\n\r\nc.json,70,\r\n"
        let records = try Self.table(text).records
        #expect(records.count == 3, "the blank line is no record")
        #expect(records[0].fields.map(\.value) == ["file", "total", "notes"])
        #expect(records[1].fields.map(\.value) == ["a, b.json", "80", "said \"no\"\r\nthen left"])
        #expect(records[1].line == 2 && records[1].fields[2].line == 2 && records[1].fields[2].column == 16)
        #expect(records[2].fields.map(\.value) == ["c.json", "70", ""])
        #expect(records[2].line == 5, "the quoted line break counts as a line")
    }

    @Test func aMissingFinalLineBreakAndLFOnly() throws {
        #expect(try Self.table("a,b\nc,d").records.map { $0.fields.map(\.value) } == [["a", "b"], ["c", "d"]])
        #expect(try Self.table("").records.isEmpty)
    }

    @Test(arguments: [
        ("file,total\n\"a.json,80\n", 2, 1, "a quoted field is never closed"),
        ("file,total\na\"b.json,80\n", 2, 2, "a quote inside an unquoted field"),
        ("file,total\n\"a.json\"x,80\n", 2, 9, "text after the closing quote"),
    ])
    func malformedCSVIsLocated(text: String, line: Int, column: Int, message: String) {
        #expect {
            try Self.table(text)
        } throws: { error in
            guard let error = error as? CSVError else { return false }
            return error.line == line && error.column == column && error.message.hasPrefix(message)
        }
    }

    @Test func invalidUTF8IsLocated() {
        let bytes = Array("file,total\nab".utf8) + [0xFF] + Array(",1\n".utf8)
        #expect(throws: CSVError(file: "h.csv", line: 2, column: 3, message: "not UTF-8 text (save the file as UTF-8 CSV)")) {
            try CSVTable(parsing: bytes, file: "h.csv")
        }
    }

    @Test func humanGradesReadEveryColumnAndReportBadValuesInPlace() throws {
        let text = """
        File,Total,Listen,passed,assessor,comment
        a.json,80,90,yes,ann,ok
        a.json,72.5,,FAIL,bob,
        b.json,abc,,,ann,
        c.json,101,,,ann,
        d.json,50,,maybe,ann,
        e.json,50,,,ann
        ,40,,,ann,

        """
        let grades = try HumanGrades(parsing: Array(text.utf8), file: "h.csv")
        #expect(grades.rows == [
            HumanGrades.Row(file: "a.json", assessor: "ann", total: 80, steps: [.listen: 90], passed: true, line: 2),
            HumanGrades.Row(file: "a.json", assessor: "bob", total: 72.5, steps: [:], passed: false, line: 3),
        ])
        #expect(grades.ignoredColumns == ["comment"])
        #expect(grades.problems.map(\.formatted) == [
            "h.csv:4:8: error: 'total' is \"abc\", but must be a number from 0 to 100",
            "h.csv:5:8: error: 'total' is \"101\", but must be a number from 0 to 100",
            "h.csv:6:12: error: 'passed' is \"maybe\", but must be true or false (yes/no, pass/fail, 1/0, or empty)",
            "h.csv:7:13: error: this row has 5 fields, but the header has 6",
            "h.csv:8:1: error: 'file' is empty",
        ])
    }

    @Test func aHeaderWithoutTotalIsRefusedWithASuggestion() {
        #expect(throws: CSVError(file: "h.csv", line: 1, column: 1,
                                 message: "the header has no 'total' column (did you mean 'total'?); it needs file,total and may add listen,apologize,solve,thank,passed,assessor")) {
            try HumanGrades(parsing: Array("file,totl\na.json,5\n".utf8), file: "h.csv")
        }
        #expect(throws: CSVError.self) { try HumanGrades(parsing: [], file: "h.csv") }
    }
}
