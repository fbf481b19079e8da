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
            var decoder = PersonaDecoder(reader: reader)
            return decoder.decode(root)
        }
    }
}
