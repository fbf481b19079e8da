/// CSV per RFC 4180, safe to open in a spreadsheet.
public enum CSVField {
    /// One field: a value starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
    /// apostrophe so a spreadsheet never runs it as a formula; a field with a comma, quote, CR or LF
    /// is quoted, with quotes doubled.
    public static func escaped(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }) else { return text }
        var quoted = "\""
        for character in text.unicodeScalars {
            if character == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(character) }
        }
        return quoted + "\""
    }

    /// A record: escaped fields joined by commas, ended by CRLF as RFC 4180 says.
    public static func record(_ fields: [String]) -> String {
        fields.map(escaped).joined(separator: ",") + "\r\n"
    }
}
