/// What calibration needs of one graded file: where it came from, the grader's figures, and the
/// findings that weigh most. It is small and travels as one JSON line, so `grade --calibrate` can
/// grade under the crash-proof supervisor like `grade` does and get these back from its worker.
public struct GraderResult: Sendable, Equatable {
    /// The graded file, as given to `grade`.
    public var source: String
    /// The grader's total.
    public var total: Int
    /// Whether the grade passed.
    public var passed: Bool
    /// The score of each step.
    public var steps: [Step: Int]
    /// The findings that weigh most, as lines (`CalibrationText.keyFindings`).
    public var keyFindings: [String]

    /// A result as given.
    public init(source: String, total: Int, passed: Bool, steps: [Step: Int], keyFindings: [String]) {
        self.source = source
        self.total = total
        self.passed = passed
        self.steps = steps
        self.keyFindings = keyFindings
    }

    /// The result of one graded transcript.
    public init(_ graded: GradedTranscript) {
        self.init(source: graded.source, total: graded.grade.total, passed: graded.grade.passed,
                  steps: Dictionary(uniqueKeysWithValues: Step.allCases.map { ($0, graded.grade.score($0)) }),
                  keyFindings: CalibrationText.keyFindings(graded.grade))
    }

    /// The part a worker sends that its figures do not carry: the source and the key findings, as
    /// one JSON line.
    public static func detailLine(_ graded: GradedTranscript) -> [UInt8] {
        let line = JSONValue.object(["source": .string(graded.source),
                                     "findings": .array(CalibrationText.keyFindings(graded.grade).map(JSONValue.string))])
        return Array((line.serialized() + "\n").utf8)
    }

    /// A result from a worker's `detailLine` and the figures sent beside it; nil if the line is not one.
    public init?(detailLine bytes: [UInt8], total: Int, passed: Bool, steps: [Int]) {
        guard let root = try? JSONParser.parse(bytes), let source = root["source"]?.string,
              let findings = root["findings"]?.array, steps.count == Step.allCases.count else { return nil }
        let lines = findings.compactMap(\.string)
        guard lines.count == findings.count else { return nil }
        self.init(source: source, total: total, passed: passed,
                  steps: Dictionary(uniqueKeysWithValues: zip(Step.allCases, steps).map { ($0, $1) }), keyFindings: lines)
    }
}
