/// `{name}` placeholders in customer lines, and filling them in.
public enum PlaceholderText {
    /// The names of the `{...}` placeholders in `line`, in order.
    public static func placeholders(in line: String) -> [String] {
        var names: [String] = []
        var current: String?
        for character in line {
            if character == "{" { current = ""; continue }
            if character == "}", let name = current { names.append(name); current = nil; continue }
            if current != nil { current!.append(character) }
        }
        return names
    }

    /// `line` without its `{name}` placeholders (for matching a line's own words).
    public static func removingPlaceholders(_ line: String) -> String {
        guard line.contains("{") else { return line }
        var result = ""
        var inside = false
        for character in line {
            if character == "{" { inside = true } else if character == "}" { inside = false } else if !inside { result.append(character) }
        }
        return result
    }

    /// `line` with the trainee's name taken out where it addresses them, for a trainee who gave no
    /// name: "Thanks, {trainee}." → "Thanks.", "{trainee}, listen." → "Listen.", "Look {trainee}…" → "Look…".
    public static func removingAddress(_ line: String) -> String {
        guard line.contains("{trainee}") else { return line }
        var result = line.replacingAll(", {trainee}", with: "").replacingAll(" {trainee}", with: "")
        while let range = result.range(of: "{trainee}") {
            // At the start of a sentence: drop the name and the comma after it, and capitalise what follows.
            var after = result[range.upperBound...].drop { $0 == "," || $0 == " " }
            if let first = after.first, first.isLowercase, result[..<range.lowerBound].trimmingSuffixSpaces.last.map({ ".!?".contains($0) }) ?? true {
                after = Substring(first.uppercased()) + after.dropFirst()
            }
            result = String(result[..<range.lowerBound]) + after
        }
        return result
    }

    /// `line` with each `{name}` replaced by its value; unknown placeholders are left as written.
    public static func fill(_ line: String, with values: [String: String]) -> String {
        var result = line
        for (name, value) in values { result = result.replacingAll("{\(name)}", with: value) }
        return result
    }
}

private extension Substring {
    var trimmingSuffixSpaces: Substring {
        var slice = self
        while slice.last == " " { slice = slice.dropLast() }
        return slice
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        result += rest
        return result
    }
}
