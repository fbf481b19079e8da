import DeescalateKit

/// The output formats of `grade`, each as a header, a row renderer, and a footer that may use the summary.
enum GradeFormat: String, CaseIterable {
    case table, csv, json, jsonl, markdown, html, xapi
}

/// Writes rows in one format as batches complete.
final class GradeOutput {
    let format: GradeFormat
    private let xapi: XAPIOptions
    private var table: GradeTable?
    private var wroteRow = false
    private var started = false
    /// The graded transcripts of a cohort page, in input order (html only: it is drawn at the end).
    private(set) var cohort: [GradedTranscript] = []

    /// The input fields a JSON Lines row's grade echoes (`id` and those of `--echo`); nil for formats
    /// that show no input identity (only json and jsonl do).
    let echo: [String]?
    /// `--error-rows`: an input that cannot be graded also gets a row in the output, in its place.
    let errorRows: Bool
    /// `--calibrate`: a worker's rows are `GraderResult.detailLine`s, which the supervisor collects
    /// instead of writing.
    let calibrating: Bool

    init(format: GradeFormat, xapi: XAPIOptions = XAPIOptions(), echo: [String] = [], errorRows: Bool = false, calibrating: Bool = false) {
        self.format = format
        self.calibrating = calibrating
        self.xapi = xapi
        self.echo = format == .json || format == .jsonl ? InputRowIdentity.defaultEcho + echo : nil
        self.errorRows = errorRows && self.echo != nil
    }

    /// The error row for an input that could not be graded (`--error-rows`), or nil without it.
    func errorRow(for item: GradeFrame.Item, message: String) -> String? {
        guard errorRows, let echo else { return nil }
        var identity: InputRowIdentity?
        if case .row(let label, let bytes) = item {
            identity = InputRowIdentity(line: Self.lineNumber(of: label), bytes: bytes, root: try? JSONParser.parse(Array(bytes)), echo: echo)
        }
        let text = GradeJSONLines.errorLine(source: item.label, input: identity, message: message)
        guard format == .json else { return text }
        return String(text.dropLast()) // a json array's element: no line break, the array adds its own
    }

    /// The line number at the end of a JSON Lines row's label (`<stdin>:7`, `batch.jsonl:7`).
    static func lineNumber(of label: String) -> Int {
        label.lastIndex(of: ":").flatMap { Int(label[label.index(after: $0)...]) } ?? 0
    }

    /// Whether rows must be kept whole until the end.
    var keepsRows: Bool { format == .html }

    /// Adds a kept row (called in input order).
    func keep(_ row: GradedTranscript) { cohort.append(row) }

    /// Renders one row as UTF-8, the form it travels to the supervisor and the output in; called
    /// from worker threads, so it only reads immutable state. JSON rows are written as bytes from
    /// the start: making a String of them only to take its bytes again validated every byte.
    func renderer(for firstBatchSources: [String]) -> @Sendable (GradedTranscript) -> [UInt8] {
        if calibrating { return GraderResult.detailLine }
        switch format {
        case .table:
            // Set once, from the first batch, before the writer can read it.
            if self.table == nil { self.table = GradeTable(fitting: firstBatchSources) }
            let table = self.table!
            return { Array(table.row(GradeRow($0)).utf8) }
        case .csv: return { Array(GradeCSV.row(GradeRow($0)).utf8) }
        case .json: return { GradeJSONLines.compactBytes(GradeRow($0)) }
        case .jsonl: return { GradeJSONLines.lineBytes(GradeRow($0)) }
        case .markdown: return { Array(GradeMarkdown.row(GradeRow($0)).utf8) }
        case .html: return { _ in [] }
        case .xapi:
            let (actor, base) = (xapi.actor, xapi.activityBase)
            return { Array(XAPIStatement(row: $0, actor: actor, activityBase: base).jsonLine().utf8) }
        }
    }

    /// What goes before the first row.
    func header() -> String {
        guard !started else { return "" }
        started = true
        switch format {
        case .table: return table?.header() ?? GradeTable(fitting: []).header()
        case .csv: return GradeCSV.header()
        case .json: return "["
        case .jsonl, .xapi, .html: return ""
        case .markdown: return GradeMarkdown.header()
        }
    }

    /// Appends a batch's rendered rows (UTF-8) to `bytes`, joined as `join` joins them.
    func join(_ rows: [ArraySlice<UInt8>], into bytes: inout [UInt8]) {
        for row in rows {
            if format == .json {
                bytes.append(contentsOf: (wroteRow ? ",\n  " : "\n  ").utf8)
                wroteRow = true
            }
            bytes.append(contentsOf: row)
        }
    }

    /// What goes after the last row.
    func footer(_ summary: GradeSummary) -> String {
        let opening = header()
        switch format {
        case .table: return opening + (table ?? GradeTable(fitting: [])).summary(summary)
        case .markdown: return opening + GradeMarkdown.summary(summary)
        case .json: return opening + (wroteRow ? "\n]\n" : "]\n")
        case .html: return CohortReport(rows: cohort, title: "Cohort report").html()
        case .csv, .jsonl, .xapi: return opening
        }
    }
}

/// How `grade --format xapi` identifies trainees and activities.
struct XAPIOptions {
    var actor: XAPIActorMode = .account(homePage: XAPIOptions.defaultHomePage)
    var activityBase: String = XAPIStatement.defaultActivityBase

    /// The account system named when none is given (an LMS team sets its own with --xapi-homepage).
    static let defaultHomePage = "https://deescalate.example"
}
