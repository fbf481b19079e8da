/// One spreadsheet-safe CSV cell. Text cells cannot start a formula — a leading `=`, `+`, `-`, `@`
/// (ASCII, fullwidth or small forms), tab or carriage return, also after leading whitespace, gets a
/// `'` in front, as the usual CSV-injection guidance advises, and the text after it is exactly the
/// original — and are quoted per RFC 4180 when they hold a comma, semicolon, quote, tab or line break.
/// Tabs, carriage returns and line feeds are kept as they are (a quoted cell carries them); other
/// control and invisible characters are made visible (`SafeText`). Numbers are written as they are
/// only when the caller says so.
public struct CSVCell: Sendable, Equatable {
    /// The cell as it appears in the file, already escaped and quoted.
    public let rendered: String

    private init(rendered: String) {
        self.rendered = rendered
    }

    /// A text cell: injection-neutralised and quoted as needed.
    public static func text(_ text: String) -> CSVCell {
        CSVCell(rendered: escaped(text))
    }

    /// A numeric cell, written as is (`-5` stays `-5`: it is a number, not a formula).
    public static func number(_ value: Int) -> CSVCell {
        CSVCell(rendered: String(value))
    }

    /// `text` as a safe, RFC 4180-quoted cell.
    public static func escaped(_ text: String) -> String {
        var value = visible(text)
        if startsFormula(value) { value = "'" + value }
        let needsQuotes = value.unicodeScalars.contains { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\t" }
            || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value {
            if character == "\"" { quoted += "\"\"" } else { quoted.append(character) }
        }
        return quoted + "\""
    }

    /// `text` with control and invisible characters made visible, except the tab, carriage return and
    /// line feed, which a quoted cell carries intact (so a neutralised cell reads back as the original).
    static func visible(_ text: String) -> String {
        func keptRaw(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar == "\r" || scalar == "\n" }
        guard text.unicodeScalars.contains(where: { SafeText.needsEscape($0) && !keptRaw($0) }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keptRaw(scalar) || !SafeText.needsEscape(scalar) { result.append(scalar); continue }
            result.append(contentsOf: SafeText.sanitized(String(scalar)).unicodeScalars)
        }
        return String(result)
    }

    /// One record: text cells separated by commas, ended by CRLF.
    public static func row(_ cells: [String]) -> String {
        cells.map(escaped).joined(separator: ",") + "\r\n"
    }

    /// One record of mixed text and number cells, ended by CRLF.
    public static func row(_ cells: [CSVCell]) -> String {
        cells.map(\.rendered).joined(separator: ",") + "\r\n"
    }

    /// Characters that make a spreadsheet read a cell as a formula (or DDE command) when they lead it.
    static let formulaStarters: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r",
        "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}", // fullwidth ＝ ＋ － ＠
        "\u{FE66}", "\u{FE62}", "\u{FE63}", "\u{FE6B}", // small ﹦ ﹢ ﹣ ﹫
        "\u{2212}", // minus sign, which some spreadsheets read as "-"
    ]

    /// Whether `text` opens with a formula starter, before or after any leading whitespace.
    static func startsFormula(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            if formulaStarters.contains(scalar) { return true }
            if scalar.properties.isWhitespace { continue }
            return false
        }
        return false
    }
}
