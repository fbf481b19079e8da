/// Assessors' grades of transcripts, read from a CSV file with a header row: `file` and `total` are
/// required; `listen`, `apologize`, `solve`, `thank` (scores 0–100), `passed` (true/false, yes/no,
/// pass/fail, 1/0) and `assessor` (a name) are optional; other columns are ignored. Several rows may
/// grade the same file (several assessors). Every bad value is reported with its line, column and
/// column name; a row is kept only when all its values read.
public struct HumanGrades: Sendable {
    /// One assessor's grade of one file.
    public struct Row: Sendable, Equatable {
        /// The file as written in the CSV.
        public var file: String
        /// The assessor, when the CSV names one.
        public var assessor: String?
        /// The total, 0–100.
        public var total: Double
        /// The step scores given, 0–100.
        public var steps: [Step: Double]
        /// Pass or fail as the assessor decided; nil when the CSV does not say.
        public var passed: Bool?
        /// The row's line in the CSV.
        public var line: Int

        /// Creates a row.
        public init(file: String, assessor: String? = nil, total: Double, steps: [Step: Double] = [:], passed: Bool? = nil, line: Int = 0) {
            self.file = file
            self.assessor = assessor
            self.total = total
            self.steps = steps
            self.passed = passed
            self.line = line
        }
    }

    /// The rows that read, in file order.
    public let rows: [Row]
    /// The problems, each located; rows with a problem are left out.
    public let problems: [CSVError]
    /// Header names not used (kept as written), for a note.
    public let ignoredColumns: [String]

    /// Reads the assessors' CSV; throws only when the file is not CSV at all or lacks the required
    /// columns. Bad values are collected in `problems`.
    public init(parsing bytes: [UInt8], file: String) throws(CSVError) {
        let table = try CSVTable(parsing: bytes, file: file)
        guard let header = table.records.first else {
            throw CSVError(file: file, line: 1, column: 1, message: "the file is empty; it needs a header row: file,total[,listen,apologize,solve,thank,passed,assessor]")
        }
        let known = ["file", "total", "assessor", "passed"] + Step.allCases.map(\.rawValue)
        var columns: [String: Int] = [:]
        var ignored: [String] = []
        for (index, field) in header.fields.enumerated() {
            let name = field.value.trimmingWhitespace().lowercased()
            guard known.contains(name) else { ignored.append(field.value); continue }
            guard columns[name] == nil else {
                throw CSVError(file: file, line: field.line, column: field.column, message: "the column '\(name)' appears twice in the header")
            }
            columns[name] = index
        }
        for required in ["file", "total"] where columns[required] == nil {
            let suggestion = ignored.compactMap { SpellingSuggestion.closest(to: $0.lowercased(), among: [required]) }.first
            throw CSVError(file: file, line: header.line, column: 1,
                           message: "the header has no '\(required)' column" + (suggestion.map { " (did you mean '\($0)'?)" } ?? "")
                               + "; it needs file,total and may add listen,apologize,solve,thank,passed,assessor")
        }
        var rows: [Row] = []
        var problems: [CSVError] = []
        for record in table.records.dropFirst() {
            switch Self.row(record, columns: columns, headerCount: header.fields.count, file: file) {
            case .success(let row): rows.append(row)
            case .failure(let problem): problems.append(problem)
            }
        }
        self.rows = rows
        self.problems = problems
        ignoredColumns = ignored
    }

    /// Creates grades from rows (tests, tools).
    public init(rows: [Row]) {
        self.rows = rows
        problems = []
        ignoredColumns = []
    }

    private static func row(_ record: CSVTable.Record, columns: [String: Int], headerCount: Int, file: String) -> Result<Row, CSVError> {
        guard record.fields.count == headerCount else {
            let at = record.fields.last ?? CSVTable.Field(value: "", line: record.line, column: 1)
            return .failure(CSVError(file: file, line: at.line, column: at.column,
                                     message: "this row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s"), but the header has \(headerCount)"))
        }
        func field(_ name: String) -> CSVTable.Field? { columns[name].map { record.fields[$0] } }
        func fail(_ field: CSVTable.Field, _ message: String) -> Result<Row, CSVError> {
            .failure(CSVError(file: file, line: field.line, column: field.column, message: message))
        }
        guard let fileField = field("file"), let totalField = field("total") else {
            return .failure(CSVError(file: file, line: record.line, column: 1, message: "missing the file or total"))
        }
        let path = fileField.value.trimmingWhitespace()
        guard !path.isEmpty else { return fail(fileField, "'file' is empty") }
        guard let total = score(totalField.value) else {
            return fail(totalField, "'total' is \(describe(totalField.value)), but must be a number from 0 to 100")
        }
        var steps: [Step: Double] = [:]
        for step in Step.allCases {
            guard let stepField = field(step.rawValue), !stepField.value.trimmingWhitespace().isEmpty else { continue }
            guard let value = score(stepField.value) else {
                return fail(stepField, "'\(step.rawValue)' is \(describe(stepField.value)), but must be a number from 0 to 100 (or empty)")
            }
            steps[step] = value
        }
        var passed: Bool?
        if let passField = field("passed"), !passField.value.trimmingWhitespace().isEmpty {
            switch passField.value.trimmingWhitespace().lowercased() {
            case "true", "yes", "y", "pass", "passed", "1": passed = true
            case "false", "no", "n", "fail", "failed", "not passed", "0": passed = false
            default: return fail(passField, "'passed' is \(describe(passField.value)), but must be true or false (yes/no, pass/fail, 1/0, or empty)")
            }
        }
        let assessor = field("assessor").map { $0.value.trimmingWhitespace() }.flatMap { $0.isEmpty ? nil : $0 }
        return .success(Row(file: path, assessor: assessor, total: total, steps: steps, passed: passed, line: record.line))
    }

    /// A score 0–100 (whole or decimal, a decimal comma not accepted: it separates fields).
    static func score(_ text: String) -> Double? {
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty, trimmed.count <= 20,
              trimmed.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "." || $0 == "+" }),
              let value = Double(trimmed), value.isFinite, (0...100).contains(value) else { return nil }
        return value
    }

    private static func describe(_ value: String) -> String {
        value.trimmingWhitespace().isEmpty ? "empty" : "\"\(SafeText.quoted(value, limit: 30))\""
    }
}
