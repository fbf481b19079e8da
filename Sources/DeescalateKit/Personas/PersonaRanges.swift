/// The documented range of every number in a persona file (Personas/README.md), in one place: the
/// decoder refuses anything outside them with a located error, and transcripts, which copy a
/// persona's version and thresholds, are held to the same ranges when read.
public enum PersonaRanges {
    /// `version`, the persona's own content version.
    public static let version: ClosedRange<Int> = 1...1_000_000
    /// A frustration level: `startingFrustration`, `calmAt`, and every level in a transcript.
    public static let level: ClosedRange<Int> = 0...100
    /// `escalateAt`: a level, but 0 would escalate before the first word.
    public static let escalateAt: ClosedRange<Int> = 1...100
    /// `ventingNeeded`, in trainee turns.
    public static let ventingNeeded: ClosedRange<Int> = 0...20
    /// `patience`, in trainee turns without progress.
    public static let patience: ClosedRange<Int> = 1...50
    /// `turnLimit`, in trainee turns.
    public static let turnLimit: ClosedRange<Int> = 2...200
    /// A frustration change: each `reactions` value and each trigger's `change`.
    public static let change: ClosedRange<Int> = -100...100
}
