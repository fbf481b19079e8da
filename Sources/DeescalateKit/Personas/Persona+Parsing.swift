/// Reading a persona from a file's bytes.
extension Persona {
    /// Parses and validates a persona file (JSON with comments and trailing commas).
    ///
    /// - Parameter file: the name used in error messages.
    /// - Throws: every problem found, each with a line and column where it has one.
    public init(parsing bytes: [UInt8], file: String = "<persona>") throws(PersonaLoadError) {
        let (persona, diagnostics) = Self.decode(bytes)
        guard let persona else { throw PersonaLoadError(file: file, diagnostics: diagnostics, personaID: Self.declaredID(in: bytes)) }
        self = persona
    }

    /// The `"id"` a persona file declares, read even when the file does not load (nil when it does
    /// not parse or has no string id), so the file of a broken persona can still be found by id.
    public static func declaredID(in bytes: [UInt8]) -> String? {
        guard let root = try? JSONParser.parse(bytes, json5: true) else { return nil }
        return root["id"]?.string
    }

    /// Decodes a persona and returns it with every diagnostic, warnings included (for `lint`).
    public static func decode(_ bytes: [UInt8]) -> (Persona?, [Diagnostic]) {
        DataFileDecoding.decode(bytes, emptyHint: "start from `deescalate personas new ID`") { root, reader in
            var decoder = PersonaDecoder(reader: reader)
            return decoder.decode(root)
        }
    }
}
