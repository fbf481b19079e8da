/// Reads model values out of a parsed document while collecting every problem with its location,
/// so a trainer sees all mistakes in a file at once rather than one per attempt.
public final class DocumentReader {
    /// Problems found so far, in the order found.
    public private(set) var diagnostics: [Diagnostic] = []
    private let bytes: [UInt8]
    private var locator: SourceLocator?

    /// A reader for a document parsed from `bytes` (used to turn offsets into lines).
    public init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Every key a decoder asked for, by object path with list indexes written `[]` (e.g.
    /// `grievance.facts[]`): what the decoder accepts, so a test can hold a JSON Schema to it.
    private(set) var keysAsked: [String: Set<String>] = [:]

    func noteAsked(_ key: String, in path: String) {
        keysAsked[Self.genericPath(path), default: []].insert(key)
    }

    /// `a.b[3].c[0]` as `a.b[].c[]`.
    static func genericPath(_ path: String) -> String {
        var result = ""
        var inIndex = false
        for character in path {
            if character == "[" { inIndex = true; result.append("[") } else if character == "]" { inIndex = false; result.append("]") } else if !inIndex { result.append(character) }
        }
        return result
    }

    /// Whether any error (not warning) has been recorded.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The line and column of a byte offset.
    public func location(at offset: Int) -> SourceLocation {
        if locator == nil { locator = SourceLocator(bytes) }
        return locator!.location(at: offset)
    }

    /// Records a problem at `offset`.
    public func report(_ severity: Diagnostic.Severity, _ message: String, field: String?, at offset: Int?,
                       hint: String? = nil, suggestion: String? = nil) {
        diagnostics.append(Diagnostic(severity, message, field: field, location: offset.map(location(at:)),
                                      hint: hint, suggestion: suggestion))
    }

    /// A reader for the members of `node`, which must be an object; reports and returns nil otherwise.
    public func object(_ node: JSONNode, path: String) -> ObjectReader? {
        guard let members = node.members else {
            report(.error, "\(path.isEmpty ? "the document" : "'\(path)'") must be an object, found \(node.typeName)",
                   field: path.isEmpty ? nil : path, at: node.offset)
            return nil
        }
        return ObjectReader(members: members, offset: node.offset, path: path, reader: self)
    }
}

/// The fields of one JSON object. Each accessor marks its key as known; `finish` then reports the
/// keys nobody asked for, with the nearest known key as a suggestion.
public final class ObjectReader {
    private let members: [JSONMember]
    private let reader: DocumentReader
    private var known: [String] = []
    /// Byte offset of the object.
    public let offset: Int
    /// The object's path, e.g. `temperament`.
    public let path: String

    init(members: [JSONMember], offset: Int, path: String, reader: DocumentReader) {
        self.members = members
        self.offset = offset
        self.path = path
        self.reader = reader
    }

    /// The document reader, for nested objects.
    public var document: DocumentReader { reader }

    /// The path of a field in this object.
    public func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The keys present, in file order.
    public var keys: [String] { members.map(\.key) }

    /// The raw node of a field, marking it known; reports a missing required field.
    public func node(_ key: String, required: Bool = true) -> JSONNode? {
        known.append(key)
        reader.noteAsked(key, in: path)
        let matches = members.filter { $0.key == key }
        if matches.count > 1 {
            reader.report(.warning, "'\(fieldPath(key))' appears \(matches.count) times; the last one is used",
                          field: fieldPath(key), at: matches.last?.keyOffset)
        }
        guard let member = matches.last else {
            if required {
                reader.report(.error, "missing required field '\(fieldPath(key))'", field: fieldPath(key), at: offset)
            }
            return nil
        }
        return member.value
    }

    /// A string field; reports a wrong type, and an empty string when `allowEmpty` is false.
    public func string(_ key: String, required: Bool = true, allowEmpty: Bool = false) -> String? {
        guard let node = node(key, required: required) else { return nil }
        guard let text = node.string else { return typeMismatch(key, node, expected: "a string") }
        if !allowEmpty, text.trimmingWhitespace().isEmpty {
            reader.report(.error, "'\(fieldPath(key))' must not be empty", field: fieldPath(key), at: node.offset)
            return nil
        }
        return text
    }

    /// An integer field within `range`; reports wrong types, fractions and values out of range.
    public func int(_ key: String, in range: ClosedRange<Int>, required: Bool = true) -> Int? {
        guard let node = node(key, required: required) else { return nil }
        return reader.int(node, path: fieldPath(key), in: range)
    }

    /// A finite number field within `range`; reports wrong types, NaN, infinities and values out of range.
    public func double(_ key: String, in range: ClosedRange<Double>, required: Bool = true) -> Double? {
        guard let node = node(key, required: required) else { return nil }
        return reader.double(node, path: fieldPath(key), in: range)
    }

    /// A boolean field.
    public func bool(_ key: String, required: Bool = true) -> Bool? {
        guard let node = node(key, required: required) else { return nil }
        guard let flag = node.bool else { return typeMismatch(key, node, expected: "true or false") }
        return flag
    }

    /// A string field that must be one of `choices`, with "did you mean" for near misses.
    public func choice(_ key: String, among choices: [String], required: Bool = true) -> String? {
        guard let node = node(key, required: required) else { return nil }
        guard let text = node.string else { return typeMismatch(key, node, expected: "one of \(choices.joined(separator: ", "))") }
        guard choices.contains(text) else {
            reader.report(.error, "'\(fieldPath(key))' is \"\(text)\", but must be one of \(choices.joined(separator: ", "))",
                          field: fieldPath(key), at: node.offset,
                          suggestion: SpellingSuggestion.closest(to: text, among: choices))
            return nil
        }
        return text
    }

    /// An array of non-empty strings; a single string is accepted as a one-element list.
    public func strings(_ key: String, required: Bool = true, allowEmptyList: Bool = false) -> [String]? {
        guard let node = node(key, required: required) else { return nil }
        return strings(in: node, path: fieldPath(key), allowEmptyList: allowEmptyList)
    }

    /// An array of non-empty strings from `node`, reporting each bad element at its own position.
    public func strings(in node: JSONNode, path: String, allowEmptyList: Bool = false) -> [String]? {
        if let single = node.string { return [single] }
        guard let items = node.array else {
            reader.report(.error, "'\(path)' must be a list of strings, found \(node.typeName)", field: path, at: node.offset)
            return nil
        }
        if items.isEmpty, !allowEmptyList {
            reader.report(.error, "'\(path)' is empty; give at least one entry", field: path, at: node.offset)
            return nil
        }
        var result: [String] = []
        for (position, item) in items.enumerated() {
            guard let text = item.string, !text.trimmingWhitespace().isEmpty else {
                reader.report(.error, "'\(path)[\(position)]' must be a non-empty string, found \(item.string == nil ? item.typeName : "an empty string")",
                              field: "\(path)[\(position)]", at: item.offset)
                continue
            }
            result.append(text)
        }
        return result
    }

    /// A nested object field.
    public func object(_ key: String, required: Bool = true) -> ObjectReader? {
        guard let node = node(key, required: required) else { return nil }
        return reader.object(node, path: fieldPath(key))
    }

    /// An array field, as nodes.
    public func array(_ key: String, required: Bool = true) -> [JSONNode]? {
        guard let node = node(key, required: required) else { return nil }
        guard let items = node.array else { return typeMismatch(key, node, expected: "a list") }
        return items
    }

    /// Marks keys as known without reading them (e.g. `$schema`).
    public func ignore(_ keys: String...) {
        known.append(contentsOf: keys)
        for key in keys { reader.noteAsked(key, in: path) }
    }

    /// Reports every key that no accessor asked for, suggesting the nearest known key.
    public func finish() {
        for member in members where !known.contains(member.key) {
            let suggestion = SpellingSuggestion.closest(to: member.key, among: known)
            reader.report(.error, "unknown field '\(fieldPath(member.key))'", field: fieldPath(member.key),
                          at: member.keyOffset,
                          hint: "known fields here: \(knownKeysInOrder.joined(separator: ", "))",
                          suggestion: suggestion)
        }
    }

    /// The known keys, each once, in the order they were first asked for (`$schema` left out).
    private var knownKeysInOrder: [String] {
        var seen = Set<String>()
        return known.filter { !$0.hasPrefix("$") && seen.insert($0).inserted }
    }

    private func typeMismatch<T>(_ key: String, _ node: JSONNode, expected: String) -> T? {
        reader.report(.error, "'\(fieldPath(key))' must be \(expected), found \(node.typeName)", field: fieldPath(key), at: node.offset)
        return nil
    }
}

extension String {
    /// The string without leading and trailing white space and newlines (no Foundation needed).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
