/// Who a row of JSON Lines input is, so a grade row can be joined back to its transcript after a
/// distributed pipe (Spark's `RDD.pipe`, Hadoop Streaming) split the input into partitions, each
/// graded by its own process that numbers its lines from 1.
public struct InputRowIdentity: Sendable, Equatable {
    /// The input's own `"id"` when it has one (a string as it is, a number as its JSON text), else
    /// `sha1:` and the first 128 bits of the SHA-1 of the line's bytes in hex: the same in every
    /// partition, since it depends on the line alone.
    public var key: String
    /// The line number within this process's input, from 1 (not stable across partitions).
    public var line: Int
    /// The fields asked to be echoed, by name, with their values as compact JSON, in the order asked
    /// for; a field the row lacks is left out.
    public var echoed: [Echo]

    /// One echoed field.
    public struct Echo: Sendable, Equatable {
        /// The field's name at the top level of the input row.
        public var name: String
        /// Its value as compact JSON text.
        public var json: String
    }

    /// Fields a row always echoes when the input has them.
    public static let defaultEcho = ["id"]

    /// The identity of the row at `line` whose bytes are `bytes` (without the line break), parsed as
    /// `root` when it parsed (nil: not JSON, and then only the digest and line number are known).
    public init(line: Int, bytes: ArraySlice<UInt8>, root: JSONNode?, echo: [String] = defaultEcho) {
        self.line = line
        let members = root?.members ?? []
        func field(_ name: String) -> JSONNode? { members.last { $0.key == name }?.value }
        switch field("id")?.value {
        case .string(let text)?: key = text
        case .number?: key = field("id")?.compactJSON ?? Self.digest(bytes)
        default: key = Self.digest(bytes)
        }
        var names: [String] = []
        for name in echo where !names.contains(name) { names.append(name) }
        echoed = names.compactMap { name in field(name).map { Echo(name: name, json: $0.compactJSON) } }
    }

    /// `sha1:` and 32 hex digits: the first 128 bits of the SHA-1 of `bytes`, a trailing CR left out
    /// (so a CRLF file and its LF twin agree).
    public static func digest(_ bytes: ArraySlice<UInt8>) -> String {
        var content = bytes
        if content.last == 0x0D { content = content.dropLast() }
        let hex = SHA1.hash(Array(content)).prefix(16).map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }
        return "sha1:" + hex.joined()
    }
}
