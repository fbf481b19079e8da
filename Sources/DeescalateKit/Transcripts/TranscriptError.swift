import Foundation

/// Why a transcript or chat log could not be read.
public struct TranscriptError: Error, Sendable, Equatable, LocalizedError {
    /// The file, or `<stdin>:N` for a line of JSON Lines.
    public var file: String
    /// Where in the file, when known.
    public var location: SourceLocation?
    /// What is wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, location: SourceLocation? = nil, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }

    /// `FILE:LINE:COLUMN: error: message`, the form editors and CI logs understand, made visible with
    /// `SafeText` (the file name and the message may quote input).
    public var formatted: String {
        "\(SafeText.sanitized(file))\(location.map { ":\($0.line):\($0.column)" } ?? ""): error: \(SafeText.sanitized(message))"
    }

    /// `FILE:LINE:COLUMN: message`, made visible with `SafeText` (the message may quote the file).
    public var errorDescription: String? {
        "\(SafeText.sanitized(file))\(location.map { ":\($0.line):\($0.column)" } ?? ""): \(SafeText.sanitized(message))"
    }
}
