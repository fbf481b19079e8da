import DeescalateKit

/// The output formats of `grade`, each as a header, a row renderer, and a footer that may use the summary.
enum GradeFormat: String, CaseIterable {
    case table, csv, json, jsonl, markdown
}

/// Writes rows in one format as batches complete.
final class GradeOutput {
    let format: GradeFormat
    private var table: GradeTable?
    private var wroteRow = false
    private var started = false

    init(format: GradeFormat) {
        self.format = format
    }

    /// Renders one row; called from worker threads, so it only reads immutable state.
    func renderer(for firstBatchSources: [String]) -> @Sendable (GradeRow) -> String {
        switch format {
        case .table:
            let table = self.table ?? GradeTable(fitting: firstBatchSources)
            self.table = table
            return { table.row($0) }
        case .csv: return { GradeCSV.row($0) }
        case .json: return { GradeJSONLines.compact($0) }
        case .jsonl: return { GradeJSONLines.line($0) }
        case .markdown: return { GradeMarkdown.row($0) }
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
        case .jsonl: return ""
        case .markdown: return GradeMarkdown.header()
        }
    }

    /// Joins a batch's rendered rows.
    func join(_ rows: [String]) -> String {
        guard format == .json else { return rows.joined() }
        var text = ""
        for row in rows {
            text += (wroteRow ? ",\n  " : "\n  ") + row
            wroteRow = true
        }
        return text
    }

    /// What goes after the last row.
    func footer(_ summary: GradeSummary) -> String {
        let opening = header()
        switch format {
        case .table: return opening + (table ?? GradeTable(fitting: [])).summary(summary)
        case .markdown: return opening + GradeMarkdown.summary(summary)
        case .json: return opening + (wroteRow ? "\n]\n" : "]\n")
        case .csv, .jsonl: return opening
        }
    }
}
