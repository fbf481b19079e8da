import DeescalateKit

/// The frames `grade`'s supervisor and its worker exchange over pipes: a kind byte, then fields
/// prefixed by their length (little-endian UInt32), so paths and rows may hold any byte.
///
/// To the worker: `F` a file to grade, `R` a JSON Lines row (label, bytes), `U` an input that could
/// not be read (path, reason), `P` "grade what you have" (a stream paused). From the worker, one per
/// item in the order sent: `G` a graded row (its text and the figures the summary needs) or `E` an
/// error line; then `H` the cohort page (html only) and `D` when it is done.
enum GradeFrame {
    /// An item for the worker.
    enum Item {
        case file(String)
        case row(label: String, bytes: ArraySlice<UInt8>)
        case unreadable(String, String)

        /// The file or row label, for messages.
        var label: String {
            switch self {
            case .file(let path), .unreadable(let path, _): path
            case .row(let label, _): label
            }
        }

        /// Bytes held for it (rows only), for the supervisor's memory budget.
        var heldBytes: Int {
            if case .row(_, let bytes) = self { return bytes.count }
            return 0
        }
    }

    /// What a grade contributes to the summary, the exit code and --fail-under.
    struct Figures {
        var total: Int
        var passed: Bool
        var steps: [Int]
        /// False for a transcript where the trainee never spoke: it is not graded, so the summary
        /// counts it apart and --fail-under ignores it.
        var hasTraineeTurn: Bool

        init(_ grade: Grade, hasTraineeTurn: Bool) {
            total = grade.total
            passed = grade.passed
            steps = Step.allCases.map { grade.score($0) }
            self.hasTraineeTurn = hasTraineeTurn
        }

        init(total: Int, passed: Bool, steps: [Int], hasTraineeTurn: Bool = true) {
            self.total = total
            self.passed = passed
            self.steps = steps
            self.hasTraineeTurn = hasTraineeTurn
        }

        /// A grade carrying only these figures, for `GradeSummary.add`.
        var grade: Grade {
            Grade(scorer: "", rubric: "", total: total, passed: passed,
                  steps: Dictionary(uniqueKeysWithValues: zip(Step.allCases, steps)), findings: [], feedback: [])
        }
    }

    /// A decoded frame.
    enum Decoded {
        case item(Item)
        case pause
        /// A graded row: its text as UTF-8 (passed on to the output as is) and its figures.
        case graded(text: ArraySlice<UInt8>, figures: Figures)
        case failed(String)
        case page(String)
        case done
    }

    // MARK: Encoding

    static func append(_ item: Item, to buffer: inout [UInt8]) {
        switch item {
        case .file(let path):
            buffer.append(UInt8(ascii: "F"))
            appendField(path.utf8, to: &buffer)
        case .row(let label, let bytes):
            buffer.append(UInt8(ascii: "R"))
            appendField(label.utf8, to: &buffer)
            appendField(bytes, to: &buffer)
        case .unreadable(let path, let reason):
            buffer.append(UInt8(ascii: "U"))
            appendField(path.utf8, to: &buffer)
            appendField(reason.utf8, to: &buffer)
        }
    }

    static func appendPause(to buffer: inout [UInt8]) { buffer.append(UInt8(ascii: "P")) }

    static func appendGraded(_ text: [UInt8], _ figures: Figures, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "G"))
        appendField(text, to: &buffer)
        appendInteger(figures.total, to: &buffer)
        // Flags: bit 0 passed, bit 1 not graded (no trainee turn).
        buffer.append((figures.passed ? 1 : 0) | (figures.hasTraineeTurn ? 0 : 2))
        buffer.append(UInt8(figures.steps.count))
        for step in figures.steps { appendInteger(step, to: &buffer) }
    }

    static func appendFailed(_ message: String, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "E"))
        appendField(message.utf8, to: &buffer)
    }

    static func appendPage(_ page: String, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "H"))
        appendField(page.utf8, to: &buffer)
    }

    static func appendDone(to buffer: inout [UInt8]) { buffer.append(UInt8(ascii: "D")) }

    private static func appendField<Bytes: Collection>(_ bytes: Bytes, to buffer: inout [UInt8]) where Bytes.Element == UInt8 {
        appendInteger(bytes.count, to: &buffer)
        buffer.append(contentsOf: bytes)
    }

    private static func appendInteger(_ value: Int, to buffer: inout [UInt8]) {
        let word = UInt32(truncatingIfNeeded: value)
        for shift in stride(from: 0, to: 32, by: 8) { buffer.append(UInt8(truncatingIfNeeded: word >> UInt32(shift))) }
    }
}
