/// A JSON value to write. Object members keep the order they are given, so output is byte-stable.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case uint(UInt64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// An object from ordered pairs, leaving out pairs whose value is `nil`.
    public static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.compactMap { key, value in value.map { (key, $0) } })
    }

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized() == rhs.serialized()
    }

    /// The value as JSON text: compact on one line, or pretty with two-space indents. Written into
    /// bytes, so the time is linear in the length of the output.
    public func serialized(pretty: Bool = false) -> String {
        var output = JSONBytes(capacity: 256)
        write(to: &output, pretty: pretty, indent: 0)
        return output.string
    }

    private func write(to output: inout JSONBytes, pretty: Bool, indent: Int) {
        switch self {
        case .null: output.raw("null")
        case .bool(let flag): output.raw(flag ? "true" : "false")
        case .int(let number): output.int(number)
        case .uint(let number): output.raw(text: String(number))
        case .double(let number): output.raw(text: Self.format(number))
        case .string(let text): output.string(text)
        case .array(let items):
            if items.isEmpty { output.raw("[]"); return }
            output.byte(UInt8(ascii: "["))
            for (position, item) in items.enumerated() {
                if position > 0 { output.byte(UInt8(ascii: ",")) }
                if pretty { Self.newline(&output, indent + 1) }
                item.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&output, indent) }
            output.byte(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { output.raw("{}"); return }
            output.byte(UInt8(ascii: "{"))
            for (position, (key, value)) in members.enumerated() {
                if position > 0 { output.byte(UInt8(ascii: ",")) }
                if pretty { Self.newline(&output, indent + 1) }
                output.string(key)
                output.raw(pretty ? ": " : ":")
                value.write(to: &output, pretty: pretty, indent: indent + 1)
            }
            if pretty { Self.newline(&output, indent) }
            output.byte(UInt8(ascii: "}"))
        }
    }

    private static func newline(_ output: inout JSONBytes, _ indent: Int) {
        output.byte(UInt8(ascii: "\n"))
        for _ in 0..<indent { output.raw("  ") }
    }

    /// Integers print without a fraction; non-finite numbers, which JSON cannot hold, print as null.
    private static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}
