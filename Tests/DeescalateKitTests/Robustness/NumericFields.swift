@testable import DeescalateKit

/// Every number in a JSON document, found by parsing it, so a test can put edge values into each
/// numeric field of a file format without listing the fields by hand (a field added later is
/// covered as soon as a fixture holds it).
struct NumericField: CustomStringConvertible {
    /// The concrete path, e.g. `turns[3].frustration`.
    var path: String
    /// The path with list indexes left out, e.g. `turns[].frustration`: one field of the format.
    var generic: String
    /// The key it sits under (`frustration`), which a located error must name.
    var key: String
    /// Where the literal starts and how long it is, in bytes.
    var offset: Int
    var length: Int

    var description: String { path }

    /// The first occurrence of every numeric field of the document (one per generic path).
    static func all(in bytes: [UInt8], json5: Bool) throws -> [NumericField] {
        let root = try JSONParser.parse(bytes, json5: json5)
        var found: [NumericField] = []
        var seen = Set<String>()
        func walk(_ node: JSONNode, path: String, generic: String, key: String) {
            switch node.value {
            case .number(let text):
                if seen.insert(generic).inserted {
                    found.append(NumericField(path: path, generic: generic, key: key, offset: node.offset, length: text.utf8.count))
                }
            case .array(let items):
                for (index, item) in items.enumerated() { walk(item, path: "\(path)[\(index)]", generic: "\(generic)[]", key: key) }
            case .object(let members):
                for member in members {
                    let joined = path.isEmpty ? member.key : "\(path).\(member.key)"
                    let genericJoined = generic.isEmpty ? member.key : "\(generic).\(member.key)"
                    walk(member.value, path: joined, generic: genericJoined, key: member.key)
                }
            default: break
            }
        }
        walk(root, path: "", generic: "", key: "")
        return found
    }

    /// `bytes` with this field's literal replaced by `literal`.
    func replaced(in bytes: [UInt8], with literal: String) -> [UInt8] {
        Array(bytes[..<offset]) + Array(literal.utf8) + Array(bytes[(offset + length)...])
    }
}

/// Edge values for a number field: type limits, just past them, huge and tiny reals, fractions where
/// whole numbers are expected, a string of 5,000 digits, and values of the wrong type.
enum EdgeNumbers {
    /// Literals valid in strict JSON.
    static let json: [String] = [
        "0", "-1", "1", "100", "101", "-0", "2.5", "1E2", "0.1e1", "1e8", "4.2e17",
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "-9223372036854775809",
        "18446744073709551615", "18446744073709551616",
        "1e308", "-1e308", "1e-308", "1e309", "-1e309",
        String(repeating: "9", count: 5_000), "-" + String(repeating: "9", count: 400), "0." + String(repeating: "0", count: 400) + "1",
        "\"NaN\"", "\"1e308\"", "null", "true", "[]", "{}",
    ]

    /// Literals only JSON5 files accept (persona, persona test and rubric files are read as JSON5;
    /// transcripts are strict JSON, for which these are syntax errors).
    static let json5Only: [String] = ["NaN", "-NaN", "Infinity", "-Infinity", "+1", ".5", "0x7FFFFFFFFFFFFFFF", "0xFFFFFFFFFFFFFFFFFF"]

    static let all = json + json5Only
}
