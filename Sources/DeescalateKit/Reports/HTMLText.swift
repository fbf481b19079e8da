/// Turns user text into HTML that stays text: invisible and direction-changing characters are made
/// visible first (`SafeText`), then `& < > " '` become entities, so text is safe in element content
/// and in quoted attribute values alike.
enum HTMLText {
    /// `text` made visible and escaped; line breaks become `<br>` when `keepNewlines` is true.
    static func escaped(_ text: String, keepNewlines: Bool = false) -> String {
        let visible = SafeText.sanitized(text, keepNewlines: keepNewlines)
        var result = ""
        result.reserveCapacity(visible.utf8.count)
        for character in visible {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\n": result += keepNewlines ? "<br>" : " "
            default: result.append(character)
            }
        }
        return result
    }

    /// A number with at most one decimal, for SVG coordinates ("12", "12.5"). Held to ±10⁹ (NaN as 0),
    /// far outside any drawing, so no value reaching a chart can trap the conversion to Int.
    static func coordinate(_ value: Double) -> String {
        let held = value.isNaN ? 0 : min(1e9, max(-1e9, value))
        let tenths = Int((held * 10).rounded())
        if tenths % 10 == 0 { return String(tenths / 10) }
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// A slug safe in an `id` or class name: ASCII letters, digits and '-' only.
    static func slug(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.map { scalar -> Character in
            (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))) ? Character(scalar) : "-"
        })
    }
}
