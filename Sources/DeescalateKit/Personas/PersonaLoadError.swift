import Foundation

/// Why a persona file could not be loaded: every problem found, each located where possible.
public struct PersonaLoadError: Error, Sendable, Equatable, LocalizedError {
    /// The file (or a caller-chosen name for in-memory data).
    public var file: String
    /// Every problem, errors and warnings, in file order.
    public var diagnostics: [Diagnostic]

    /// Creates an error.
    public init(file: String, diagnostics: [Diagnostic]) {
        self.file = file
        self.diagnostics = diagnostics
    }

    /// The errors only.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var errorDescription: String? {
        errors.map { $0.formatted(file: file) }.joined(separator: "\n")
    }
}
