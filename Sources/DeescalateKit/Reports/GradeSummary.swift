/// Running totals over a batch of grades, kept without holding the grades: count, mean, pass rate,
/// per-step means and the cohort's weakest step.
public struct GradeSummary: Sendable, Equatable {
    /// Transcripts graded.
    public private(set) var count = 0
    /// Of which passed.
    public private(set) var passed = 0
    /// Files or rows that could not be graded.
    public var failures = 0
    private var totalSum = 0
    private var stepSums: [Int] = Array(repeating: 0, count: Step.allCases.count)

    /// An empty summary.
    public init() {}

    /// Counts one grade.
    public mutating func add(_ grade: Grade) {
        count += 1
        if grade.passed { passed += 1 }
        // Held to 0–100 as the scorer makes them: a grade built in code may hold anything, and a sum
        // of out-of-range scores must not trap a batch.
        totalSum += min(100, max(0, grade.total))
        for (index, step) in Step.allCases.enumerated() { stepSums[index] += min(100, max(0, grade.score(step))) }
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
        var lines = ["Graded: \(count)" + (failures > 0 ? " (\(failures) could not be read)" : "")]
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
