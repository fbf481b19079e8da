/// `personas migrate`: rewrites a persona file in an older format as the current one, changing only
/// what must change, byte for byte, so comments, layout and key order survive.
///
/// Format 1 to 2 changes nothing a format 1 file says (format 2 only adds optional fields), so the
/// migration rewrites the `"format"` number and nothing else; the result is checked to load.
public enum PersonaMigration {
    /// What migrating one file did.
    public enum Outcome: Sendable, Equatable {
        /// Rewritten from `from` to the current format; `bytes` is the new file.
        case migrated(from: Int, bytes: [UInt8])
        /// Already in the current format: nothing to do.
        case current
        /// Not migrated: the problems, located (the file is left as it is).
        case failed([Diagnostic])
    }

    /// Migrates the bytes of one persona file.
    public static func migrate(_ bytes: [UInt8]) -> Outcome {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes, json5: true)
        } catch {
            return .failed([Diagnostic(.error, "syntax error: \(error.message)", location: error.location,
                                       hint: "fix the syntax first (`deescalate personas lint` lists every problem)")])
        }
        let reader = DocumentReader(bytes: bytes)
        guard let node = root["format"] else {
            return .failed([Diagnostic(.error, "missing required field 'format'", field: "format", location: reader.location(at: root.offset),
                                       hint: "add \"format\": \(Persona.formatVersion)")])
        }
        guard let format = node.int, format >= 1 else {
            return .failed([Diagnostic(.error, "'format' must be a whole number from 1", field: "format", location: reader.location(at: node.offset))])
        }
        if format == Persona.formatVersion { return .current }
        guard format < Persona.formatVersion else {
            return .failed([Diagnostic(.error, "persona format \(format) is newer than this build understands (highest supported: \(Persona.formatVersion))",
                                       field: "format", location: reader.location(at: node.offset))])
        }
        // The number's digits, and only them, are replaced.
        var end = node.offset
        while end < bytes.count, (0x30...0x39).contains(bytes[end]) { end += 1 }
        guard end > node.offset else {
            return .failed([Diagnostic(.error, "'format' is not written as a plain number", field: "format", location: reader.location(at: node.offset))])
        }
        let migrated = Array(bytes[..<node.offset]) + Array(String(Persona.formatVersion).utf8) + Array(bytes[end...])
        let (persona, diagnostics) = Persona.decode(migrated)
        guard persona != nil else { return .failed(diagnostics) }
        return .migrated(from: format, bytes: migrated)
    }
}
