import Foundation

/// Why a JSON document could not be read, and where it breaks.
public struct JSONSyntaxError: Error, Sendable, Equatable, LocalizedError {
    /// What was wrong, e.g. "expected ',' or '}' after a member".
    public var message: String
    /// Byte offset where the document breaks.
    public var offset: Int
    /// Line and column where the document breaks.
    public var location: SourceLocation

    /// Creates an error.
    public init(message: String, offset: Int, location: SourceLocation) {
        self.message = message
        self.offset = offset
        self.location = location
    }

    /// `LINE:COLUMN: message`, made visible with `SafeText`.
    public var errorDescription: String? { "\(location): \(SafeText.sanitized(message))" }
}
