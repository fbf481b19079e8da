/// Numbers read from data files, range-checked where they are read: every number a file can hold is
/// refused with a located error unless it lies in its field's documented range, so no arithmetic
/// downstream ever sees 1e308, Int.min or NaN from a file. Messages quote the number as written (cut
/// short if it is a huge string of digits).
extension DocumentReader {
    /// A whole number in `range` from `node`, or nil after reporting why not: not a number, not whole
    /// (`2.5`, `NaN`), or out of range (including numbers too large for any integer, `1e300`).
    public func int(_ node: JSONNode, path makePath: @autoclosure () -> String, in range: ClosedRange<Int>) -> Int? {
        // The path is built only for a message: transcripts are read by the thousand per second.
        if let number = node.int, range.contains(number) { return number }
        let path = makePath()
        guard case .number(let text) = node.value else {
            report(.error, "'\(path)' must be a number, found \(node.typeName)", field: path, at: node.offset)
            return nil
        }
        // Whole but out of range, including numbers beyond Int's range (`1e300`); else a fraction or NaN.
        if node.int != nil {
            report(.error, Self.outOfRange(path, text, range.lowerBound, range.upperBound), field: path, at: node.offset)
        } else if let value = JSONNumberText.double(text), !value.isNaN, value.rounded() == value {
            report(.error, Self.outOfRange(path, text, range.lowerBound, range.upperBound), field: path, at: node.offset)
        } else {
            report(.error, "'\(path)' must be a whole number, found \(Self.literal(text))", field: path, at: node.offset)
        }
        return nil
    }

    /// A finite number in `range` from `node`, or nil after reporting why not (NaN and ±Infinity,
    /// JSON5 spellings, are never in range).
    public func double(_ node: JSONNode, path makePath: @autoclosure () -> String, in range: ClosedRange<Double>) -> Double? {
        let path = makePath()
        guard case .number(let text) = node.value, let value = JSONNumberText.double(text) else {
            report(.error, "'\(path)' must be a number, found \(node.typeName)", field: path, at: node.offset)
            return nil
        }
        guard !value.isNaN else {
            report(.error, "'\(path)' must be a number, found \(Self.literal(text))", field: path, at: node.offset)
            return nil
        }
        guard range.contains(value) else {
            report(.error, Self.outOfRange(path, text, Self.plain(range.lowerBound), Self.plain(range.upperBound)),
                   field: path, at: node.offset)
            return nil
        }
        return value
    }

    /// A seed: a whole number from 0 to 2^64 − 1, written as an integer.
    public func uint64(_ node: JSONNode, path makePath: @autoclosure () -> String) -> UInt64? {
        if let value = node.uint64 { return value }
        let path = makePath()
        let found = if case .number(let text) = node.value { Self.literal(text) } else { node.typeName }
        report(.error, "'\(path)' must be a whole number from 0 to \(UInt64.max), found \(found)", field: path, at: node.offset)
        return nil
    }

    /// "'x' is 9200000000000000000, but must be between 0 and 100": the house wording.
    static func outOfRange(_ path: String, _ text: String, _ lower: some CustomStringConvertible,
                           _ upper: some CustomStringConvertible) -> String {
        "'\(path)' is \(literal(text)), but must be between \(lower) and \(upper)"
    }

    /// A number as written in the file, made visible and cut to 40 characters.
    static func literal(_ text: String) -> String { SafeText.quoted(text, limit: 40) }

    /// `100` rather than `100.0` for whole bounds.
    static func plain(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
