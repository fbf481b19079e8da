import Testing
@testable import DeescalateKit

/// A strict RFC 4180 reader, written independently of `CSVCell`, to read our output back.
enum RFC4180 {
    struct Malformed: Error { var at: Int; var why: String }

    /// Records of fields; every record must end with CRLF.
    static func parse(_ text: String) throws -> [[String]] {
        let chars = Array(text.unicodeScalars)
        var records: [[String]] = [], fields: [String] = [], field = String.UnicodeScalarView()
        var index = 0
        while index < chars.count {
            if chars[index] == "\"" {
                guard field.isEmpty else { throw Malformed(at: index, why: "quote inside an unquoted field") }
                index += 1
                while true {
                    guard index < chars.count else { throw Malformed(at: index, why: "unterminated quoted field") }
                    if chars[index] == "\"" {
                        if index + 1 < chars.count, chars[index + 1] == "\"" { field.append("\""); index += 2; continue }
                        index += 1
                        break
                    }
                    field.append(chars[index]); index += 1
                }
                guard index < chars.count, chars[index] == "," || chars[index] == "\r" else {
                    throw Malformed(at: index, why: "text after a closing quote")
                }
            }
            switch chars[index] {
            case ",":
                fields.append(String(field)); field = String.UnicodeScalarView(); index += 1
            case "\r":
                guard index + 1 < chars.count, chars[index + 1] == "\n" else { throw Malformed(at: index, why: "CR without LF") }
                fields.append(String(field)); field = String.UnicodeScalarView()
                records.append(fields); fields = []
                index += 2
            case "\n":
                throw Malformed(at: index, why: "bare LF outside quotes")
            default:
                field.append(chars[index]); index += 1
            }
        }
        guard fields.isEmpty, field.isEmpty else { throw Malformed(at: index, why: "last record not ended by CRLF") }
        return records
    }
}

@Suite struct CSVCellTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("=1+2", "'=1+2"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "\"'\t=1\""), // the tab kept, the cell neutralised and quoted
        ("\r=1", "\"'\r=1\""),
        ("\tplain", "\"'\tplain\""), // a leading tab alone is a formula starter too
        ("a\tb", "\"a\tb\""),
        ("\u{1B}[31m", "␛[31m"),
        ("  =cmd|' /C calc'!A0", "'  =cmd|' /C calc'!A0"),
        ("\u{3000}=1", "'\u{3000}=1"),
        ("＝1+1", "'＝1+1"),
        ("＋1", "'＋1"),
        ("－1", "'－1"),
        ("＠A1", "'＠A1"),
        ("a,b", "\"a,b\""),
        ("a;b", "\"a;b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("\u{200B}=1", "<U+200B>=1"),
        ("Zoë 😀", "Zoë 😀"),
        ("", ""),
    ])
    func escapesCells(input: String, expected: String) {
        #expect(CSVCell.escaped(input) == expected)
    }

    @Test func numbersStayNumbersOnlyWhenSaidSo() {
        #expect(CSVCell.row([CSVCell.text("-5"), CSVCell.number(-5), CSVCell.number(72)]) == "'-5,-5,72\r\n")
    }

    @Test func rowsEndWithCRLFAndReadBackExactly() throws {
        let inputs = [["trainee", "persona", "total"], ["Zoë, \"the\" trainee", "late-parcel", "72"], ["two\nlines", "x;y", "é"]]
        let text = inputs.map(CSVCell.row).joined()
        #expect(text.hasSuffix("\r\n"))
        #expect(try RFC4180.parse(text) == inputs)
        #expect(Array(text.utf8).count == text.utf8.count) // UTF-8 throughout (Swift strings are)
    }

    @Test(arguments: ["=", "+", "-", "@", "\t", "\r", " =", "\n=", "\u{00A0}@", "\u{FF1D}", "\u{FE66}", "\u{2212}1"])
    func everyFormulaStarterIsNeutralised(prefix: String) throws {
        let parsed = try RFC4180.parse(CSVCell.row([prefix + "HYPERLINK(\"http://x\")"]))
        let value = try #require(parsed.first?.first)
        #expect(value.hasPrefix("'") || !CSVCell.startsFormula(value))
        #expect(!["=", "+", "-", "@", "\t", "\r"].contains { value.hasPrefix($0) })
        #expect(value == "'" + prefix + "HYPERLINK(\"http://x\")", "the text after the apostrophe is the original")
    }
}
