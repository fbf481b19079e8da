/// The end-of-session grade card as plain text lines; the terminal adds colour.
public struct GradeCard {
    /// One line of the card, with a role the renderer may style.
    public struct Line: Sendable, Equatable {
        /// What the line is, for styling.
        public enum Role: Sendable, Equatable { case title, step(Int), total(passed: Bool), failure, heading, feedback, plain }
        /// The role.
        public var role: Role
        /// The text (user words already made safe).
        public var text: String
    }

    private let grade: Grade
    private let outcome: Outcome?

    /// A card for `grade` of a session that ended with `outcome`.
    public init(grade: Grade, outcome: Outcome?) {
        self.grade = grade
        self.outcome = outcome
    }

    /// The card's lines: a score per LAST step, the total, and up to three pieces of feedback: what to
    /// work on first, then what went well.
    public func lines() -> [Line] {
        var lines = [Line(role: .title, text: "Grade card" + (outcome.map { " — \($0.rawValue)" } ?? ""))]
        for step in Step.allCases {
            let score = grade.score(step)
            let bar = String(repeating: "█", count: score / 10) + String(repeating: "░", count: 10 - score / 10)
            let name = step.title.padding(to: 10)
            lines.append(Line(role: .step(score), text: "  \(name) \(bar) \(String(score).leftPadded(to: 3))"))
        }
        lines.append(Line(role: .total(passed: grade.passed),
                          text: "  Total      \(grade.total)/100  \(grade.passed ? "passed" : "not passed")"))
        if let failed = grade.failedBecause { lines.append(Line(role: .failure, text: "  Failed outright: \(SafeText.sanitized(failed))")) }
        if let unsolved = grade.notPassedBecause { lines.append(Line(role: .failure, text: "  Not passed: \(SafeText.sanitized(unsolved))")) }
        // The first three pieces: advice comes first in the grade, praise only fills what it leaves.
        let shown = grade.feedback.prefix(3)
        for (kind, heading) in [(Feedback.Kind.improve, "Feedback"), (.wentWell, "What went well")] {
            let items = shown.filter { $0.kind == kind }
            guard !items.isEmpty else { continue }
            lines.append(Line(role: .heading, text: heading))
            for item in items { lines.append(Line(role: .feedback, text: "  • \(SafeText.sanitized(item.message))")) }
        }
        return lines
    }
}

extension String {
    /// The string padded with spaces on the right to `width` characters.
    func padding(to width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
    /// The string padded with spaces on the left to `width` characters.
    func leftPadded(to width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
