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
        DataFileDecoding.decode(bytes, emptyHint: "start from `deescalate personas new ID`") { root, reader in
            PersonaDecoder(reader: reader).decode(root)
        }
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
