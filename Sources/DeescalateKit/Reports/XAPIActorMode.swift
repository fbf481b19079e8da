/// How a trainee is identified to a learning record store (xAPI 1.0.3 §4.1.2.3: an Agent needs
/// exactly one inverse functional identifier).
public enum XAPIActorMode: Sendable, Equatable {
    /// `account` with the trainee's name on the given system, e.g. `https://lms.example.com`.
    /// Preferred: it keeps any name exactly as recorded.
    case account(homePage: String)
    /// `mbox`, `mailto:<name>@<domain>`, with the name folded to a safe e-mail local part
    /// (lower-case ASCII letters, digits, '.', '-' and '_'; other characters become '.').
    case mbox(domain: String)

    /// The trainee name used when a transcript records none.
    public static let anonymous = "anonymous"

    /// The Agent object for `trainee`.
    func actor(trainee: String?) -> JSONValue {
        let name = trainee.map { SafeText.sanitized($0) }.flatMap { $0.isEmpty ? nil : $0 } ?? Self.anonymous
        switch self {
        case .account(let homePage):
            return .object([
                ("objectType", .string("Agent")), ("name", .string(name)),
                ("account", .object([("homePage", .string(homePage)), ("name", .string(name))])),
            ])
        case .mbox(let domain):
            return .object([
                ("objectType", .string("Agent")), ("name", .string(name)),
                ("mbox", .string("mailto:\(Self.localPart(name))@\(domain)")),
            ])
        }
    }

    /// A conservative e-mail local part for `name`: "Alex O'Neil" → "alex.o.neil".
    static func localPart(_ name: String) -> String {
        var result = ""
        for scalar in name.lowercased().unicodeScalars {
            let keep = scalar.isASCII && (("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            if keep {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix(".") {
                result += "."
            }
        }
        while result.hasSuffix(".") { result.removeLast() }
        return result.isEmpty ? anonymous : String(result.prefix(64))
    }
}
