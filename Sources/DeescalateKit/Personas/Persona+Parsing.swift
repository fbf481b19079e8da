/// Reading a persona from a file's bytes.
extension Persona {
    /// Parses and validates a persona file (JSON with comments and trailing commas).
    ///
    /// - Parameter file: the name used in error messages.
    /// - Throws: every problem found, each with a line and column where it has one.
    public init(parsing bytes: [UInt8], file: String = "<persona>") throws(PersonaLoadError) {
        let (persona, diagnostics) = Self.decode(bytes)
        guard let persona else { throw PersonaLoadError(file: file, diagnostics: diagnostics) }
        self = persona
    }

    /// Decodes a persona and returns it with every diagnostic, warnings included (for `lint`).
    public static func decode(_ bytes: [UInt8]) -> (Persona?, [Diagnostic]) {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return (nil, [Diagnostic(.error, "the file is empty", location: SourceLocation(line: 1, column: 1),
                                     hint: "start from `deescalate personas new ID`")])
        }
        if let binary = BinaryDetector.reason(bytes) {
            return (nil, [Diagnostic(.error, binary, location: nil)])
        }
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes, json5: true)
        } catch {
            return (nil, [Diagnostic(.error, "syntax error: \(error.message)", location: error.location)])
        }
        let reader = DocumentReader(bytes: bytes)
        let persona = PersonaDecoder(reader: reader).decode(root)
        return (persona, reader.diagnostics.sorted { ($0.location ?? SourceLocation(line: 0, column: 0)) < ($1.location ?? SourceLocation(line: 0, column: 0)) })
    }
}

/// Tells a text file from a binary one before parsing, so the error says what really happened.
enum BinaryDetector {
    static func reason(_ bytes: [UInt8]) -> String? {
        let sample = bytes.prefix(8192)
        if sample.contains(0) { return "the file is binary (it contains NUL bytes), not a JSON text file" }
        let decoded = String(decoding: sample, as: UTF8.self)
        let replacements = decoded.unicodeScalars.filter { $0 == "\u{FFFD}" }.count
        if replacements > 0, !sample.isEmpty, replacements * 20 > sample.count {
            return "the file is not UTF-8 text (\(replacements) invalid byte sequences in the first \(sample.count) bytes)"
        }
        return nil
    }
}
