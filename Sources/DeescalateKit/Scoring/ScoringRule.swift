/// One small, independent check of a transcript against the LAST model. Rules run in a fixed order
/// and return findings; they never change the transcript or each other's results.
public protocol ScoringRule: Sendable {
    /// The rule's identifier, cited by its findings, e.g. "listen-before-solve".
    var id: String { get }
    /// The findings for one transcript.
    func findings(in context: ScoringContext) -> [Finding]
}
