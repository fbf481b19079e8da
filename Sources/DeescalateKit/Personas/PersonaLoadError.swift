import Foundation

/// Why a persona file could not be loaded: every problem found, each located where possible.
public struct PersonaLoadError: Error, Sendable, Equatable, LocalizedError {
    /// The file (or a caller-chosen name for in-memory data).
    public var file: String
    /// Every problem, errors and warnings, in file order.
    public var diagnostics: [Diagnostic]
    /// The id the file declares, when its `"id"` can be read despite the errors: so a tool looking
    /// for persona `x` can say why `x` does not load instead of saying there is no `x`.
    public var personaID: String?

    /// Creates an error.
    public init(file: String, diagnostics: [Diagnostic], personaID: String? = nil) {
        self.file = file
        self.diagnostics = diagnostics
        self.personaID = personaID
    }

    /// The errors only.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var errorDescription: String? {
        errors.map { $0.formatted(file: file) }.joined(separator: "\n")
    }

    /// Whether this is the file of persona `id`: it declares that id, or, when no id can be read,
    /// its file name is `id.json` (or `id.json5`).
    public func isFile(ofPersona id: String) -> Bool {
        if let personaID { return personaID == id }
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return name == "\(id).json" || name == "\(id).json5"
    }

    /// `persona 'x' in FILE does not load: FILE:LINE:COLUMN: error: …` with the first error, and how many
    /// more there are: one line that names the real cause where a tool would otherwise say "no persona".
    public func doesNotLoadSummary(id: String) -> String {
        guard var first = errors.first else { return "persona '\(id)' in \(file) does not load" }
        first.hint = nil
        let more = errors.count - 1
        return "persona '\(id)' in \(file) does not load: \(first.formatted(file: file))"
            + (more > 0 ? " (and \(more) more error\(more == 1 ? "" : "s"))" : "")
    }
}
