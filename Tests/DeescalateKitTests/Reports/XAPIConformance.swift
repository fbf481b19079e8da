import Foundation
@testable import DeescalateKit

/// The xAPI Data rules a Learning Record Provider's statements must follow (xAPI-Data §2.2, §2.4,
/// §4), written independently of `XAPIStatement`: it returns every rule a statement breaks, with
/// the JSON path, so a failing test says exactly what an LRS would refuse.
enum XAPIConformance {
    /// The problems of `statement` (empty when it conforms).
    static func problems(_ statement: JSONNode, now: Date = Date()) -> [String] {
        var found: [String] = []
        func fail(_ path: String, _ why: String) { found.append("\(path): \(why)") }
        guard let members = statement.members else { return ["$: a statement is an object"] }
        let keys = members.map(\.key)
        // §2.2.s2.b2: each property at most once.
        if Set(keys).count != keys.count { fail("$", "a property appears more than once") }
        let allowed: Set = ["id", "actor", "verb", "object", "result", "context", "timestamp", "version", "attachments"]
        for key in keys where !allowed.contains(key) {
            fail("$.\(key)", key == "stored" || key == "authority" ? "set by the LRS, not the provider" : "not a statement property")
        }
        for required in ["actor", "verb", "object"] where statement[required] == nil { fail("$", "\(required) is required") }
        noNulls(statement, path: "$", fail)

        if let id = statement["id"] {
            if !isUUID(id.string) { fail("$.id", "not a lower-case RFC 4122 UUID (version 4 or 5, variant 10xx): \(id.string ?? id.typeName)") }
        }
        if let actor = statement["actor"] { checkAgent(actor, path: "$.actor", fail) }
        if let verb = statement["verb"] {
            only(verb, ["id", "display"], path: "$.verb", fail)
            if !isIRI(verb["id"]?.string) { fail("$.verb.id", "not an IRI") }
            if let display = verb["display"] { checkLanguageMap(display, path: "$.verb.display", fail) } else { fail("$.verb.display", "missing (recommended, and every Deescalate verb has one)") }
        }
        if let object = statement["object"] { checkActivity(object, path: "$.object", fail) }
        if let result = statement["result"] { checkResult(result, path: "$.result", fail) }
        if let context = statement["context"] { checkContext(context, path: "$.context", fail) }
        if let timestamp = statement["timestamp"] {
            if let date = timestampDate(timestamp.string) {
                if date > now { fail("$.timestamp", "in the future (a provider MUST NOT, §2.4.7.s3.b4)") }
            } else {
                fail("$.timestamp", "not an ISO 8601 date-time with a time zone: \(timestamp.string ?? timestamp.typeName)")
            }
        }
        if let version = statement["version"], version.string != "1.0.0" {
            fail("$.version", "a provider that sets the version MUST set 1.0.0 (§2.4.10.s4), not \(version.string ?? version.typeName)")
        }
        return found
    }

    private static func checkAgent(_ agent: JSONNode, path: String, _ fail: (String, String) -> Void) {
        only(agent, ["objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"], path: path, fail)
        if let type = agent["objectType"], type.string != "Agent" { fail("\(path).objectType", "an actor here is an Agent") }
        if let name = agent["name"], name.string == nil { fail("\(path).name", "not a string") }
        let identifiers = ["mbox", "mbox_sha1sum", "openid", "account"].filter { agent[$0] != nil }
        if identifiers.count != 1 { fail(path, "an Agent has exactly one inverse functional identifier, found \(identifiers)") }
        if let mbox = agent["mbox"] {
            let text = mbox.string ?? ""
            let address = text.hasPrefix("mailto:") ? String(text.dropFirst(7)) : ""
            let parts = address.split(separator: "@", omittingEmptySubsequences: false)
            if parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".") || address.contains(where: \.isWhitespace) {
                fail("\(path).mbox", "not a mailto IRI of one address: \(text)")
            }
        }
        if let sum = agent["mbox_sha1sum"], !matches(sum.string, "[0-9a-f]{40}") { fail("\(path).mbox_sha1sum", "not a hex SHA-1") }
        if let openid = agent["openid"], !isIRI(openid.string) { fail("\(path).openid", "not a URI") }
        if let account = agent["account"] {
            only(account, ["homePage", "name"], path: "\(path).account", fail)
            if !isIRL(account["homePage"]?.string) { fail("\(path).account.homePage", "not an IRL") }
            if (account["name"]?.string ?? "").isEmpty { fail("\(path).account.name", "required, a non-empty string") }
        }
    }

    private static func checkActivity(_ object: JSONNode, path: String, _ fail: (String, String) -> Void) {
        only(object, ["objectType", "id", "definition"], path: path, fail)
        if let type = object["objectType"], type.string != "Activity" { fail("\(path).objectType", "expected Activity") }
        if !isIRI(object["id"]?.string) { fail("\(path).id", "not an IRI") }
        guard let definition = object["definition"] else { return }
        only(definition, ["name", "description", "type", "moreInfo", "extensions"], path: "\(path).definition", fail)
        for map in ["name", "description"] { if let value = definition[map] { checkLanguageMap(value, path: "\(path).definition.\(map)", fail) } }
        if let type = definition["type"], !isIRI(type.string) { fail("\(path).definition.type", "not an IRI") }
        if let more = definition["moreInfo"], !isIRL(more.string) { fail("\(path).definition.moreInfo", "not an IRL") }
        if let extensions = definition["extensions"] { checkExtensions(extensions, path: "\(path).definition.extensions", fail) }
    }

    private static func checkResult(_ result: JSONNode, path: String, _ fail: (String, String) -> Void) {
        only(result, ["score", "success", "completion", "response", "duration", "extensions"], path: path, fail)
        if let score = result["score"] {
            only(score, ["scaled", "raw", "min", "max"], path: "\(path).score", fail)
            let scaled = score["scaled"]?.double, raw = score["raw"]?.double
            let low = score["min"]?.double, high = score["max"]?.double
            for key in ["scaled", "raw", "min", "max"] where score[key] != nil && score[key]?.double == nil {
                fail("\(path).score.\(key)", "not a number")
            }
            if let scaled, !(-1...1).contains(scaled) { fail("\(path).score.scaled", "outside -1…1: \(scaled)") }
            if let low, let high, !(low < high) { fail("\(path).score", "min must be below max") }
            if let raw, let low, raw < low { fail("\(path).score.raw", "below min") }
            if let raw, let high, raw > high { fail("\(path).score.raw", "above max") }
        }
        for flag in ["success", "completion"] where result[flag] != nil && result[flag]?.bool == nil { fail("\(path).\(flag)", "not a boolean") }
        if let duration = result["duration"], !isDuration(duration.string) { fail("\(path).duration", "not an ISO 8601 duration: \(duration.string ?? "?")") }
        if let extensions = result["extensions"] { checkExtensions(extensions, path: "\(path).extensions", fail) }
    }

    private static func checkContext(_ context: JSONNode, path: String, _ fail: (String, String) -> Void) {
        only(context, ["registration", "instructor", "team", "contextActivities", "revision", "platform", "language", "statement", "extensions"], path: path, fail)
        if let registration = context["registration"], !isUUID(registration.string) { fail("\(path).registration", "not a UUID") }
        if let platform = context["platform"], platform.string == nil { fail("\(path).platform", "not a string") }
        if let language = context["language"], !isLanguageTag(language.string) { fail("\(path).language", "not an RFC 5646 tag") }
        if let extensions = context["extensions"] { checkExtensions(extensions, path: "\(path).extensions", fail) }
    }

    private static func checkLanguageMap(_ map: JSONNode, path: String, _ fail: (String, String) -> Void) {
        guard let members = map.members, !members.isEmpty else { fail(path, "a language map is a non-empty object"); return }
        for member in members {
            if !isLanguageTag(member.key) { fail("\(path).\(member.key)", "key is not an RFC 5646 language tag") }
            if member.value.string == nil { fail("\(path).\(member.key)", "value is not a string") }
        }
    }

    private static func checkExtensions(_ map: JSONNode, path: String, _ fail: (String, String) -> Void) {
        guard let members = map.members else { fail(path, "extensions are an object"); return }
        for member in members where !isIRI(member.key) { fail("\(path).\(member.key)", "extension key is not an IRI") }
    }

    /// §2.2.s4.b1.b1: an LRS rejects any null value except inside extensions.
    private static func noNulls(_ node: JSONNode, path: String, _ fail: (String, String) -> Void) {
        switch node.value {
        case .null: fail(path, "null is refused outside extensions")
        case .array(let items): for (index, item) in items.enumerated() { noNulls(item, path: "\(path)[\(index)]", fail) }
        case .object(let members):
            for member in members where member.key != "extensions" { noNulls(member.value, path: "\(path).\(member.key)", fail) }
        default: break
        }
    }

    private static func only(_ node: JSONNode, _ keys: Set<String>, path: String, _ fail: (String, String) -> Void) {
        guard let members = node.members else { fail(path, "expected an object, found \(node.typeName)"); return }
        for member in members where !keys.contains(member.key) { fail("\(path).\(member.key)", "not a property of this object") }
    }

    // MARK: - Formats

    static func matches(_ text: String?, _ pattern: String) -> Bool {
        guard let text else { return false }
        return text.range(of: "^(?:\(pattern))$", options: .regularExpression) != nil
    }

    /// Standard string form, lower-case hex, version 4 or 5, RFC 4122 variant.
    static func isUUID(_ text: String?) -> Bool {
        matches(text, "[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
    }

    /// An absolute IRI: an RFC 3986 scheme, then no spaces, controls or characters IRIs exclude.
    static func isIRI(_ text: String?) -> Bool {
        guard let text, matches(text, "[A-Za-z][A-Za-z0-9+.-]*:.+") else { return false }
        return !text.unicodeScalars.contains { $0.value < 0x21 || $0.value == 0x7F || "<>\"{}|\\^`".unicodeScalars.contains($0) }
    }

    /// An IRI that can be looked up: http(s) with a host.
    static func isIRL(_ text: String?) -> Bool {
        isIRI(text) && matches(text, "https?://[^/?#]+.*")
    }

    /// RFC 5646 in the shape an LRS checks (§2.2.s4.b2): a 2–3 letter language, then subtags of 1–8.
    static func isLanguageTag(_ text: String?) -> Bool {
        matches(text, "[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
    }

    /// ISO 8601 duration (format of §4.4.3.2, not the alternative form), at least one component.
    static func isDuration(_ text: String?) -> Bool {
        guard let text, text != "P", text != "PT", !text.hasSuffix("T") else { return false }
        return matches(text, #"P(\d+W|(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?)"#)
    }

    /// An RFC 3339 date-time with a zone, as a date.
    static func timestampDate(_ text: String?) -> Date? {
        guard let text, matches(text, #"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})"#) else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = text.contains(".") ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
