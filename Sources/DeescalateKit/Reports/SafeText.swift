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
        // Built as UTF-8 bytes with room reserved: appending to a String.UnicodeScalarView grew it
        // to the exact size on each append, so a pasted page with many escapes cost its length squared.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        func append(_ scalar: Unicode.Scalar) { if let encoded = UTF8.encode(scalar) { result.append(contentsOf: encoded) } }
        for scalar in text.unicodeScalars {
            if keepNewlines, scalar == "\n" { result.append(0x0A); continue }
            guard needsEscape(scalar) else { append(scalar); continue }
            switch scalar.value {
            case 0x1B: append("␛")
            case 0x09: result.append(0x20)
            case 0x0A: append("↵")
            case 0x00..<0x20: append(Unicode.Scalar(0x2400 + scalar.value)!) // ␀ … ␟
            case 0x7F: append("␡")
            default: result.append(contentsOf: "<U+\(String(scalar.value, radix: 16, uppercase: true))>".utf8)
            }
        }
        return String(decoding: result, as: UTF8.self)
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
