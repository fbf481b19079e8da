/// The documented range of every number a transcript holds (docs/GRADING.md). A file or JSON Lines
/// row with a number outside them is refused with a located error naming the field, so reports and
/// grades never meet a level of 1e8 or an offset of Int.min.
public enum TranscriptLimits {
    /// The most turns one transcript may hold (a chat log too): far beyond any real conversation, low
    /// enough that a report of it stays a page a browser opens.
    public static let maximumTurns = 100_000
    /// A turn number cited by a stored grade's findings and feedback (0: the whole conversation).
    public static let turnNumber: ClosedRange<Int> = 0...maximumTurns
    /// A frustration level after a turn, and the persona's `calmAt`: as in persona files.
    public static let level = PersonaRanges.level
    /// The persona's `escalateAt`, as in persona files.
    public static let escalateAt = PersonaRanges.escalateAt
    /// The persona's `version`, as in persona files.
    public static let personaVersion = PersonaRanges.version
    /// One recorded frustration change: a persona's reaction (±100) times at most a turn limit of
    /// stalled turns, with room to spare.
    public static let changeAmount: ClosedRange<Int> = -100_000...100_000
    /// An evidence offset, in Unicode scalars from the start of the turn's text.
    public static let evidenceOffset: ClosedRange<Int> = 0...100_000_000
    /// The trainee reply a retried session branched at (`branch.turn`, 1-based).
    public static let branchTurn: ClosedRange<Int> = 1...maximumTurns
    /// A stored grade's total and step scores.
    public static let score: ClosedRange<Int> = 0...100
    /// A stored finding's points: one rubric value (`Rubric.pointRange`).
    public static let findingPoints = Rubric.pointRange
}
