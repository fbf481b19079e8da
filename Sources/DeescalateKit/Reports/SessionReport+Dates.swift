/// The transcript's ISO 8601 times, read without a formatter so reports and exports are the same on
/// every platform and locale.
enum ReportDates {
    /// Seconds since 1970 for `2026-11-22T15:30:12Z`, `2026-11-22T15:30:12.250+01:00` and the like;
    /// nil for anything else.
    static func seconds(_ text: String) -> Double? {
        let chars = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= chars.count else { return nil }
            var value = 0
            for byte in chars[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard chars.count >= 19, chars[4] == 45, chars[7] == 45, chars[10] == 84 || chars[10] == 116 || chars[10] == 32,
              chars[13] == 58, chars[16] == 58,
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61 else { return nil }
        var index = 19
        var fraction = 0.0
        if index < chars.count, chars[index] == 46 {
            index += 1
            var scale = 0.1
            let start = index
            while index < chars.count, (48...57).contains(chars[index]) {
                fraction += Double(chars[index] - 48) * scale
                scale /= 10
                index += 1
            }
            guard index > start else { return nil }
        }
        var offset = 0
        if index == chars.count {
            offset = 0 // No zone: transcripts are written in UTC.
        } else if chars[index] == 90 || chars[index] == 122, index + 1 == chars.count {
            offset = 0
        } else if chars[index] == 43 || chars[index] == 45, index + 6 == chars.count, chars[index + 3] == 58,
                  let hours = number(index + 1..<index + 3), let minutes = number(index + 4..<index + 6) {
            offset = (hours * 60 + minutes) * 60 * (chars[index] == 43 ? 1 : -1)
        } else {
            return nil
        }
        // Days from the civil date (Howard Hinnant's algorithm), proleptic Gregorian.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return Double(days * 86_400 + hour * 3_600 + minute * 60 + second - offset) + fraction
    }

    /// Whole seconds from `start` to `end`, when both are readable and in order.
    static func duration(from start: String?, to end: String?) -> Int? {
        guard let start = start.flatMap(seconds), let end = end.flatMap(seconds), end >= start else { return nil }
        return Int((end - start).rounded())
    }

    /// `2026-11-22 15:30 UTC` for a UTC time, else the text as written.
    static func readable(_ text: String) -> String {
        guard seconds(text) != nil else { return text }
        let chars = Array(text)
        let base = String(chars[0..<10]) + " " + String(chars[11..<16])
        return text.hasSuffix("Z") || text.hasSuffix("z") || text.count == 19 ? base + " UTC" : text
    }

    /// The date part, `2026-11-22`, or the text as written.
    static func day(_ text: String) -> String {
        seconds(text) != nil ? String(text.prefix(10)) : text
    }

    /// `3 min 25 s`, `1 h 2 min 5 s`, `40 s`.
    static func readableDuration(_ seconds: Int) -> String {
        let (hours, minutes, rest) = (seconds / 3600, seconds % 3600 / 60, seconds % 60)
        var parts: [String] = []
        if hours > 0 { parts.append("\(hours) h") }
        if hours > 0 || minutes > 0 { parts.append("\(minutes) min") }
        parts.append("\(rest) s")
        return parts.joined(separator: " ")
    }

    /// ISO 8601 duration, `PT3M25S`, `PT1H2M5S`, `PT40S`.
    static func iso8601Duration(_ seconds: Int) -> String {
        let (hours, minutes, rest) = (seconds / 3600, seconds % 3600 / 60, seconds % 60)
        var text = "PT"
        if hours > 0 { text += "\(hours)H" }
        if hours > 0 || minutes > 0 { text += "\(minutes)M" }
        return text + "\(rest)S"
    }
}
