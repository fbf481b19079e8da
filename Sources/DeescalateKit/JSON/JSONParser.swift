/// A byte-level JSON parser that keeps each value's offset, so errors can point at a line.
///
/// With `json5` it also accepts what hand-written files need: `//` and `/* */` comments, trailing
/// commas, unquoted keys, single-quoted strings and the JSON5 number spellings. It is written on raw
/// bytes because Foundation's decoders are several times slower here and report no positions.
public struct JSONParser {
    /// Deeper nesting than this is refused rather than risking the stack on hostile input.
    public static let maximumDepth = 256

    private let bytes: [UInt8]
    private let json5: Bool
    private var index = 0
    private var depth = 0

    /// Parses `bytes` as one JSON document (surrounding whitespace allowed).
    public static func parse(_ bytes: [UInt8], json5: Bool = false) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes, json5: json5)
        return try parser.parseDocument()
    }

    /// Parses a UTF-8 string as one JSON document.
    public static func parse(_ text: String, json5: Bool = false) throws(JSONSyntaxError) -> JSONNode {
        try parse(Array(text.utf8), json5: json5)
    }

    private init(bytes: [UInt8], json5: Bool) {
        self.bytes = bytes
        self.json5 = json5
    }

    private mutating func parseDocument() throws(JSONSyntaxError) -> JSONNode {
        // A UTF-8 byte order mark is harmless; editors on some systems add it.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        try skipWhitespace()
        guard index < bytes.count else { throw error("the document is empty; expected a JSON value") }
        let root = try parseValue()
        try skipWhitespace()
        if index < bytes.count { throw error("unexpected \(describeHere()) after the end of the document") }
        return root
    }

    // MARK: Values

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count else { throw error("unexpected end of the document; expected a value") }
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONNode(.string(try parseString()), offset: start)
        case UInt8(ascii: "'") where json5: return JSONNode(.string(try parseString()), offset: start)
        case UInt8(ascii: "t"):
            try expectWord("true")
            return JSONNode(.bool(true), offset: start)
        case UInt8(ascii: "f"):
            try expectWord("false")
            return JSONNode(.bool(false), offset: start)
        case UInt8(ascii: "n"):
            try expectWord("null")
            return JSONNode(.null, offset: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(.number(try parseNumber()), offset: start)
        case UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "I"), UInt8(ascii: "N"):
            guard json5 else { fallthrough }
            return JSONNode(.number(try parseNumber()), offset: start)
        default:
            throw error("unexpected \(describeHere()); expected a value (string, number, object, array, true, false or null)")
        }
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONNode {
        let start = index
        try enterNesting()
        index += 1
        var members: [JSONMember] = []
        try skipWhitespace()
        while true {
            guard index < bytes.count else { throw error("unexpected end of the document inside an object; expected '}'", at: start) }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            let keyOffset = index
            let key = try parseKey()
            try skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw error("expected ':' after the key \"\(SafeText.quoted(key, limit: 60))\", found \(describeHere())")
            }
            index += 1
            try skipWhitespace()
            let value = try parseValue()
            members.append(JSONMember(key: key, keyOffset: keyOffset, value: value))
            try skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of the document inside an object; expected ',' or '}'", at: start) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                try skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}"), !json5 {
                    throw error("trailing comma before '}' (allowed only in JSON5 files)")
                }
                continue
            }
            if bytes[index] == UInt8(ascii: "}") { index += 1; break }
            throw error("expected ',' or '}' after the value of \"\(SafeText.quoted(key, limit: 60))\", found \(describeHere())")
        }
        depth -= 1
        return JSONNode(.object(members), offset: start)
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONNode {
        let start = index
        try enterNesting()
        index += 1
        var items: [JSONNode] = []
        try skipWhitespace()
        while true {
            guard index < bytes.count else { throw error("unexpected end of the document inside an array; expected ']'", at: start) }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            items.append(try parseValue())
            try skipWhitespace()
            guard index < bytes.count else { throw error("unexpected end of the document inside an array; expected ',' or ']'", at: start) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                try skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]"), !json5 {
                    throw error("trailing comma before ']' (allowed only in JSON5 files)")
                }
                continue
            }
            if bytes[index] == UInt8(ascii: "]") { index += 1; break }
            throw error("expected ',' or ']' after an array element, found \(describeHere())")
        }
        depth -= 1
        return JSONNode(.array(items), offset: start)
    }

    private mutating func enterNesting() throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error("nesting deeper than \(Self.maximumDepth) levels") }
    }

    private mutating func parseKey() throws(JSONSyntaxError) -> String {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || (json5 && byte == UInt8(ascii: "'")) { return try parseString() }
        guard json5, isIdentifierByte(byte, first: true) else {
            throw error("expected a key in double quotes, found \(describeHere())")
        }
        let start = index
        while index < bytes.count, isIdentifierByte(bytes[index], first: false) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private func isIdentifierByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "_"), UInt8(ascii: "$"): return true
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return !first
        default: return byte >= 0x80
        }
    }

    // MARK: Scalars

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let quote = bytes[index]
        let start = index
        index += 1
        // Fast path: no escapes, copy the bytes straight out.
        var scan = index
        while scan < bytes.count, bytes[scan] != quote, bytes[scan] != UInt8(ascii: "\\"), bytes[scan] >= 0x20 { scan += 1 }
        if scan < bytes.count, bytes[scan] == quote {
            let text = String(decoding: bytes[index..<scan], as: UTF8.self)
            index = scan + 1
            return text
        }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(scan - index + 16)
        while true {
            guard index < bytes.count else { throw error("unterminated string; expected a closing quote", at: start) }
            let byte = bytes[index]
            if byte == quote { index += 1; break }
            if byte == UInt8(ascii: "\n") { throw error("unterminated string: a line break inside a string must be written \\n", at: start) }
            if byte < 0x20, byte != UInt8(ascii: "\t") || !json5 {
                throw error("control character U+\(hex(byte)) inside a string must be escaped")
            }
            if byte != UInt8(ascii: "\\") { buffer.append(byte); index += 1; continue }
            index += 1
            guard index < bytes.count else { throw error("unterminated escape at the end of the document") }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "'"): buffer.append(escape)
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"): appendScalar(try parseUnicodeEscape(), to: &buffer)
            case UInt8(ascii: "\n") where json5: break // JSON5 line continuation
            default:
                let shown = escape >= 0x21 && escape < 0x7F ? "'\\\(Character(Unicode.Scalar(escape)))'" : "'\\' before \(describe(at: index - 1))"
                throw error("unknown escape \(shown) in a string", at: index - 2)
            }
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let high = try parseHex4()
        if (0xD800...0xDBFF).contains(high) {
            // A surrogate pair spells one scalar outside the basic plane; a lone half becomes U+FFFD.
            if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") {
                let save = index
                index += 2
                let low = try parseHex4()
                if (0xDC00...0xDFFF).contains(low) {
                    return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
                }
                index = save
            }
            return "\u{FFFD}"
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}"
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("incomplete \\u escape: four hex digits expected") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = hexValue(bytes[index]) else { throw error("invalid \\u escape: four hex digits expected") }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private func appendScalar(_ scalar: Unicode.Scalar, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> String {
        let start = index
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
                 UInt8(ascii: "e"), UInt8(ascii: "E"):
                index += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                guard json5 else { fallthrough }
                index += 1 // hex digits, Infinity, NaN; validated below
            default:
                let text = String(decoding: bytes[start..<index], as: UTF8.self)
                return try validatedNumber(text, start: start)
            }
        }
        return try validatedNumber(String(decoding: bytes[start..<index], as: UTF8.self), start: start)
    }

    private func validatedNumber(_ text: String, start: Int) throws(JSONSyntaxError) -> String {
        if json5 {
            guard JSONNumberText.double(text) != nil else { throw error("'\(SafeText.quoted(text, limit: 40))' is not a number", at: start) }
            return text
        }
        // Strict JSON grammar: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
        var scalars = Array(text.utf8)[...]
        if scalars.first == UInt8(ascii: "-") { scalars = scalars.dropFirst() }
        let digits = scalars.prefix { (0x30...0x39).contains($0) }
        let leadingZero = digits.count > 1 && digits.first == 0x30
        guard !digits.isEmpty, !leadingZero, Double(text) != nil, !text.hasSuffix(".") else {
            throw error("'\(SafeText.quoted(text, limit: 40))' is not a valid JSON number", at: start)
        }
        return text
    }

    private mutating func expectWord(_ word: String) throws(JSONSyntaxError) {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw error("unexpected \(describeHere()); expected a value (did you forget quotes around a string?)")
        }
        index += expected.count
    }

    // MARK: Whitespace, comments, errors

    private mutating func skipWhitespace() throws(JSONSyntaxError) {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"):
                index += 1
            case UInt8(ascii: "/") where json5 && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            case UInt8(ascii: "/") where json5 && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "*"):
                let start = index
                index += 2
                while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) { index += 1 }
                guard index + 1 < bytes.count else { throw error("unterminated /* comment", at: start) }
                index += 2
            default:
                return
            }
        }
    }

    private func describeHere() -> String { describe(at: index) }

    /// The character at `offset` as a message shows it: printable text quoted, anything invisible or
    /// terminal-controlling (C0, DEL, C1 such as U+009B, bidi overrides) by its code point.
    private func describe(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of the document" }
        let byte = bytes[offset]
        if byte >= 0x20, byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        if byte >= 0x80 {
            let end = min(bytes.count, offset + 4)
            if let scalar = String(decoding: bytes[offset..<end], as: UTF8.self).unicodeScalars.first, scalar != "\u{FFFD}" {
                if SafeText.needsEscape(scalar) { return "character U+\(String(scalar.value, radix: 16, uppercase: true))" }
                return "'\(scalar)'"
            }
            return "byte 0x\(hex(byte)) (not valid UTF-8 text)"
        }
        return "control character U+\(hex(byte))"
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    private func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        let position = offset ?? index
        return JSONSyntaxError(message: message, offset: position, location: SourceLocator(bytes).location(at: position))
    }
}
