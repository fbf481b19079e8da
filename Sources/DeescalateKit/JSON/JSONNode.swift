/// One value read from a JSON (or JSON5) document, with where it starts in the source.
///
/// Personas, rubrics and transcripts are decoded from nodes rather than through `Codable`, so every
/// error can name the line and column of the offending value and unknown keys can be reported.
public struct JSONNode: Sendable, Equatable {
    /// The value and, for arrays and objects, its children.
    public enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        /// The number's literal text, kept so 64-bit integers (seeds) survive without rounding.
        case number(String)
        case string(String)
        case array([JSONNode])
        case object([JSONMember])
    }

    /// The value.
    public var value: Value
    /// Byte offset of the value's first character in the source document.
    public var offset: Int

    /// Creates a node; `offset` is the byte offset of its first character.
    public init(_ value: Value, offset: Int = 0) {
        self.value = value
        self.offset = offset
    }

    /// The JSON type name used in error messages ("string", "number", "object", ...).
    public var typeName: String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// The string, if this is a string.
    public var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    /// The boolean, if this is a boolean.
    public var bool: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    /// The number as a `Double`, if this is a number.
    public var double: Double? {
        if case .number(let text) = value { return JSONNumberText.double(text) }
        return nil
    }

    /// The number as an `Int`, if this is a number with no fraction that fits.
    public var int: Int? {
        guard case .number(let text) = value else { return nil }
        if let exact = Int(text) { return exact }
        guard let real = JSONNumberText.double(text), real.rounded() == real,
              real >= -9.2e18, real <= 9.2e18 else { return nil }
        return Int(real)
    }

    /// The number as a `UInt64`, if this is a non-negative integer that fits (seeds).
    public var uint64: UInt64? {
        guard case .number(let text) = value else { return nil }
        if let exact = UInt64(text) { return exact }
        if let small = int, small >= 0 { return UInt64(small) }
        return nil
    }

    /// The elements, if this is an array.
    public var array: [JSONNode]? {
        if case .array(let items) = value { return items }
        return nil
    }

    /// The members in source order, if this is an object.
    public var members: [JSONMember]? {
        if case .object(let members) = value { return members }
        return nil
    }

    /// The value of the first member named `key`, if this is an object that has one.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }
}

/// One `"key": value` pair of an object, with where the key starts.
public struct JSONMember: Sendable, Equatable {
    /// The key.
    public var key: String
    /// Byte offset of the key in the source document.
    public var keyOffset: Int
    /// The value.
    public var value: JSONNode

    /// Creates a member.
    public init(key: String, keyOffset: Int = 0, value: JSONNode) {
        self.key = key
        self.keyOffset = keyOffset
        self.value = value
    }
}

/// Conversions of number literals, including the JSON5 spellings (hex, leading `+`, `.5`, `Infinity`).
enum JSONNumberText {
    static func double(_ text: String) -> Double? {
        if let value = Double(text) { return value }
        var body = Substring(text)
        var sign = 1.0
        if body.hasPrefix("+") { body = body.dropFirst() } else if body.hasPrefix("-") { sign = -1; body = body.dropFirst() }
        if body.hasPrefix("0x") || body.hasPrefix("0X"), let hex = UInt64(body.dropFirst(2), radix: 16) {
            return sign * Double(hex)
        }
        if body == "Infinity" { return sign * .infinity }
        if body == "NaN" { return .nan }
        if let value = Double(String(body)) { return sign * value }
        return nil
    }
}
