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

    /// `line` with each `{name}` replaced by its value; unknown placeholders are left as written.
    public static func fill(_ line: String, with values: [String: String]) -> String {
        var result = line
        for (name, value) in values { result = result.replacingAll("{\(name)}", with: value) }
        return result
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
