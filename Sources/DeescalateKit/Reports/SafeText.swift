/// Makes user text safe to show: control characters, terminal escape sequences and invisible
/// direction overrides are replaced by visible stand-ins, so a pasted escape never drives the
/// terminal and a right-to-left override never reorders a report.
///
/// This is the one escaper for text shown to people: terminal output, error messages (`Diagnostic`,
/// `TranscriptError`, `JSONSyntaxError`), Markdown, HTML (`HTMLText` runs it first) and CSV.
public enum SafeText {
    /// `text` with every control and bidirectional-override character made visible (`␛`, `\u{202E}`),
    /// and line breaks kept only when `keepNewlines` is true.
    public static func sanitized(_ text: String, keepNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepNewlines, scalar == "\n" { result.append(scalar); continue }
            guard needsEscape(scalar) else { result.append(scalar); continue }
            switch scalar.value {
            case 0x1B: result.append("␛")
            case 0x09: result.append(" ")
            case 0x0A: result.append("↵")
            case 0x00..<0x20: result.append(Unicode.Scalar(0x2400 + scalar.value)!) // ␀ … ␟
            case 0x7F: result.append("␡")
            default: result.append(contentsOf: "<U+\(String(scalar.value, radix: 16, uppercase: true))>".unicodeScalars)
            }
        }
        return String(result)
    }

    /// Whether a scalar must not reach a terminal or report raw.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: true
        // Bidirectional embeddings, overrides, isolates and marks (the Arabic letter mark too).
        case 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
        // Left-to-right and right-to-left marks, and zero-width characters that can hide words from a
        // reader. The zero-width joiner and non-joiner (U+200C, U+200D) stay: emoji sequences and
        // several scripts need them.
        case 0x200B, 0x200E, 0x200F, 0x2028, 0x2029, 0xFEFF: true
        default: false
        }
    }

    /// Input quoted inside a message (a key, an id, a file name, a number as written): made visible
    /// and cut to `limit` characters, so a hostile or enormous value cannot flood or drive the terminal.
    public static func quoted(_ text: String, limit: Int = 80) -> String {
        truncated(sanitized(text), to: limit)
    }

    /// At most `limit` characters, with "…" where it was cut.
    public static func truncated(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(max(0, limit - 1))) + "…"
    }
}
