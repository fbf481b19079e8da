/// Running totals over a batch of grades, kept without holding the grades: count, mean, pass rate,
/// per-step means and the cohort's weakest step.
public struct GradeSummary: Sendable, Equatable {
    /// Transcripts graded.
    public private(set) var count = 0
    /// Of which passed.
    public private(set) var passed = 0
    /// Files or rows that could not be graded.
    public var failures = 0
    /// Transcripts with no trainee turn (quit at the first prompt): read, but with nothing to grade,
    /// so they are kept out of every count, mean and rate above.
    public private(set) var notGraded = 0
    private var totalSum = 0
    private var stepSums: [Int] = Array(repeating: 0, count: Step.allCases.count)

    /// An empty summary.
    public init() {}

    /// Counts one transcript's grade, or, when the trainee never spoke, notes it as not graded.
    public mutating func add(_ row: GradedTranscript) {
        add(row.grade, hasTraineeTurn: row.transcript.turns.contains { $0.speaker == .trainee })
    }

    /// Counts one grade; a grade of a transcript with no trainee turn is noted as not graded instead.
    public mutating func add(_ grade: Grade, hasTraineeTurn: Bool = true) {
        guard hasTraineeTurn else { notGraded += 1; return }
        count += 1
        if grade.passed { passed += 1 }
        // Held to 0–100 as the scorer makes them: a grade built in code may hold anything, and a sum
        // of out-of-range scores must not trap a batch.
        totalSum += min(100, max(0, grade.total))
        for (index, step) in Step.allCases.enumerated() { stepSums[index] += min(100, max(0, grade.score(step))) }
    }

    /// Counts one grade given by its figures, the step scores in LAST order (a missing one counts 0):
    /// what the grading supervisor has of each row, without building a `Grade` for it.
    public mutating func add(total: Int, passed: Bool, steps: [Int], hasTraineeTurn: Bool = true) {
        guard hasTraineeTurn else { notGraded += 1; return }
        count += 1
        if passed { self.passed += 1 }
        totalSum += min(100, max(0, total))
        for index in stepSums.indices { stepSums[index] += min(100, max(0, index < steps.count ? steps[index] : 0)) }
    }

    /// The mean total (0 when empty).
    public var meanTotal: Double { count == 0 ? 0 : Double(totalSum) / Double(count) }
    /// The share that passed, 0–1.
    public var passRate: Double { count == 0 ? 0 : Double(passed) / Double(count) }
    /// The mean score of `step`.
    public func mean(_ step: Step) -> Double {
        count == 0 ? 0 : Double(stepSums[step.index]) / Double(count)
    }
    /// The step with the lowest mean (first in LAST order on ties); nil when empty.
    public var weakestStep: Step? {
        count == 0 ? nil : Step.allCases.min { mean($0) < mean($1) }
    }

    /// Summary lines for people: count, mean, pass rate, per-step means, the weakest step.
    public func lines() -> [String] {
        var notes: [String] = []
        if failures > 0 { notes.append("\(failures) could not be read") }
        if notGraded > 0 { notes.append("\(notGraded) not graded: no trainee turn") }
        var lines = ["Graded: \(count)" + (notes.isEmpty ? "" : " (\(notes.joined(separator: "; ")))")]
        guard count > 0 else { return lines }
        lines.append("Mean total: \(Self.oneDecimal(meanTotal))")
        lines.append("Pass rate: \(Self.oneDecimal(passRate * 100))% (\(passed) of \(count))")
        lines.append("Step means: " + Step.allCases.map { "\($0.title) \(Self.oneDecimal(mean($0)))" }.joined(separator: ", "))
        if let weakest = weakestStep { lines.append("Weakest step: \(weakest.title)") }
        return lines
    }

    /// `x` with one decimal place, without Foundation.
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((min(1e15, max(-1e15, value.isNaN ? 0 : value)) * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
