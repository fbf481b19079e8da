/// A parsed value written back as compact JSON, numbers as their literal text (so a 64-bit id or a
/// decimal comes back exactly as the input had it): how `grade` echoes an input row's fields.
extension JSONNode {
    /// The value as compact JSON text.
    public var compactJSON: String {
        var output = JSONBytes(capacity: 64)
        write(to: &output)
        return output.string
    }

    func write(to output: inout JSONBytes) {
        switch value {
        case .null: output.raw("null")
        case .bool(let flag): output.raw(flag ? "true" : "false")
        // The literal of a strictly parsed document is valid JSON; a JSON5 literal (hex, Infinity,
        // a leading +) is not, so it is written as the number it stands for, or as a string.
        case .number(let text):
            if Self.isPlainJSONNumber(text) {
                output.raw(text: text)
            } else if let number = double, number.isFinite {
                output.raw(text: JSONValue.double(number).serialized())
            } else {
                output.string(text)
            }
        case .string(let text): output.string(text)
        case .array(let items):
            output.byte(UInt8(ascii: "["))
            for (position, item) in items.enumerated() {
                if position > 0 { output.byte(UInt8(ascii: ",")) }
                item.write(to: &output)
            }
            output.byte(UInt8(ascii: "]"))
        case .object(let members):
            output.byte(UInt8(ascii: "{"))
            for (position, member) in members.enumerated() {
                if position > 0 { output.byte(UInt8(ascii: ",")) }
                output.string(member.key)
                output.byte(UInt8(ascii: ":"))
                member.value.write(to: &output)
            }
            output.byte(UInt8(ascii: "}"))
        }
    }

    /// Whether `text` is a number as RFC 8259 writes one: `-? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?`.
    static func isPlainJSONNumber(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        func digits() -> Int {
            let count = bytes.prefix { (0x30...0x39).contains($0) }.count
            bytes = bytes.dropFirst(count)
            return count
        }
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "0") { bytes = bytes.dropFirst() } else if digits() == 0 { return false }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            if digits() == 0 { return false }
        }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            if digits() == 0 { return false }
        }
        return bytes.isEmpty
    }
}

extension JSONValue {
    /// The parsed value as a value to write: a number as an `Int` or `UInt64` when it is a whole
    /// number that fits, else as a `Double` (or its text, when it is not finite).
    public init(node: JSONNode) {
        switch node.value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .number(let text):
            if let int = Int(text) {
                self = .int(int)
            } else if let uint = UInt64(text) {
                self = .uint(uint)
            } else if let number = node.double, number.isFinite {
                self = .double(number)
            } else {
                self = .string(text)
            }
        case .string(let text): self = .string(text)
        case .array(let items): self = .array(items.map(JSONValue.init(node:)))
        case .object(let members): self = .object(members.map { ($0.key, JSONValue(node: $0.value)) })
        }
    }
}
