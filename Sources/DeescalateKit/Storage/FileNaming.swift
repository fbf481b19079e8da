/// Names saved sessions by time, persona and trainee, safely: no path separators, no dot files, no
/// control characters, whatever the trainee typed as their name.
public enum FileNaming {
    /// A file-name-safe form of `text`: letters and digits kept (any script), everything else a
    /// single '-', at most 40 characters; "anonymous" when nothing is left.
    public static func sanitized(_ text: String) -> String {
        var result = ""
        var lastWasDash = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
                lastWasDash = false
            } else if !lastWasDash, !result.isEmpty {
                result += "-"
                lastWasDash = true
            }
            if result.unicodeScalars.count >= 40 { break }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? "anonymous" : result
    }

    /// `20261122-153012-late-parcel-alex`, from an ISO 8601 time such as `2026-11-22T15:30:12Z`.
    public static func sessionBaseName(startedAt: String, personaID: String, trainee: String) -> String {
        let digits = startedAt.filter(\.isNumber)
        let stamp = digits.count >= 14 ? "\(digits.prefix(8))-\(digits.dropFirst(8).prefix(6))" : "session"
        return "\(stamp)-\(sanitized(personaID))-\(sanitized(trainee))"
    }
}
