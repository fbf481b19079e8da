/// One problem found in a data file (persona, rubric, transcript), located where possible.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How serious a problem is: errors stop a file loading, warnings do not.
    public enum Severity: String, Sendable, Equatable { case error, warning }

    /// Error or warning.
    public var severity: Severity
    /// What is wrong, in a sentence.
    public var message: String
    /// The field's path, e.g. `temperament.calmAt` or `lines.opening[2]`, when the problem has one.
    public var field: String?
    /// Where in the file, when known.
    public var location: SourceLocation?
    /// How to fix it.
    public var hint: String?
    /// The likely intended spelling ("did you mean ...").
    public var suggestion: String?

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, field: String? = nil, location: SourceLocation? = nil,
                hint: String? = nil, suggestion: String? = nil) {
        self.severity = severity
        self.message = message
        self.field = field
        self.location = location
        self.hint = hint
        self.suggestion = suggestion
    }

    /// `LINE:COLUMN: severity: message (did you mean 'x'?)`, without the file name. Messages quote
    /// input (keys, ids, values), so every part is made visible with `SafeText`: a key holding an
    /// escape sequence or a bidi override cannot drive the terminal that shows it.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(SafeText.sanitized(message))"
        if let suggestion { text += " (did you mean '\(SafeText.sanitized(suggestion))'?)" }
        return text
    }

    /// `FILE:LINE:COLUMN: severity: message`, the form editors and CI logs understand; made visible
    /// like `description`, the file name too.
    public func formatted(file: String) -> String {
        let position = location.map { ":\($0.line):\($0.column)" } ?? ""
        var text = "\(SafeText.sanitized(file))\(position): \(severity.rawValue): \(SafeText.sanitized(message))"
        if let suggestion { text += " (did you mean '\(SafeText.sanitized(suggestion))'?)" }
        if let hint { text += "\n  hint: \(SafeText.sanitized(hint))" }
        return text
    }
}

/// The closest known spelling to a misspelt key or name, for "did you mean" suggestions.
public enum SpellingSuggestion {
    /// The candidate nearest to `word` by edit distance (case-insensitive), if it is near enough to help.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let allowed = max(1, min(3, target.count / 3))
        return distance <= allowed ? candidate : nil
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
