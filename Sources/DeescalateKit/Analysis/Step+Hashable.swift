/// Steps compare and hash by their place in LAST order. As an enum backed by strings a step would
/// otherwise be hashed and compared through its raw string ("apologize"), and grading looks steps
/// up in `[Step: …]` tables (scores, weights) dozens of times per transcript. Equal steps have equal
/// places, so nothing else changes.
extension Step {
    /// Whether two steps are the same step.
    public static func == (lhs: Step, rhs: Step) -> Bool { lhs.index == rhs.index }

    /// Hashes the step's place in LAST order.
    public func hash(into hasher: inout Hasher) { hasher.combine(index) }
}
