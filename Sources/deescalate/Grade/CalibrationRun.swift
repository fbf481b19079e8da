import DeescalateKit
import Foundation

/// `grade PATH... --calibrate HUMAN.csv`: grades the inputs, reads the assessors' CSV, and reports
/// how far the grader agrees with them (`Calibration`) as text, JSON or HTML. Bad CSV rows and
/// unreadable inputs are reported on stderr and left out (exit 1 at the end), as `grade` does.
struct CalibrationRun {
    let console: Console
    let scorer: Scorer
    let jobs: Int
    /// The largest file read, in bytes (--max-file-size).
    let limit: Int

    func run(paths: [String], human path: String, format: String) -> ExitCode {
        let bytes: [UInt8]
        switch GradeFileReader.bytes(of: path, limit: limit) {
        case .success(let read): bytes = read
        case .failure(let failure):
            console.error("\(path): error: cannot read the assessors' grades: \(failure.reason)")
            return .failure
        }
        let human: HumanGrades
        do {
            human = try HumanGrades(parsing: bytes, file: path)
        } catch {
            console.error(error.formatted)
            return .failure
        }
        var failed = !human.problems.isEmpty
        for problem in human.problems { console.error(problem.formatted + " (row left out)") }
        if !human.ignoredColumns.isEmpty {
            console.error("note: \(path): columns ignored: \(human.ignoredColumns.map { SafeText.quoted($0, limit: 30) }.joined(separator: ", "))")
        }
        var graded: [GradedTranscript] = []
        for input in GradeInput.expand(paths) {
            switch input {
            case .file(let file):
                switch GradeItem.process(.file(file), scorer: scorer, memo: nil, limit: limit, render: { _ in [] }, keep: true) {
                case .graded(let item): if let kept = item.kept { graded.append(kept) }
                case .failed(let message): console.error(message); failed = true
                }
            case .unreadable(let file, let reason):
                console.error("\(file): error: cannot read: \(reason); skipped")
                failed = true
            case .jsonLines(let file):
                console.error("\(file): error: --calibrate matches assessors' grades to files by name; JSON Lines rows have none, so this file is skipped")
                failed = true
            case .standardInput:
                console.error("<stdin>: error: --calibrate matches assessors' grades to files by name; standard input has none, so it is skipped")
                failed = true
            }
        }
        let absolute = graded.map { Optional(URL(fileURLWithPath: $0.source).standardizedFileURL.path) }
        let calibration = Calibration(graded: graded, absolutePaths: absolute, human: human, passMark: scorer.rubric.passMark)
        for item in calibration.unmatched {
            console.error("\(path):\(item.row.line): warning: \(SafeText.quoted(item.row.file, limit: 80)): \(item.reason)")
        }
        guard calibration.matchedFiles > 0 else {
            console.error("error: no row of \(path) matched a graded file (\(graded.count) graded); write 'file' as the path given to grade, or the file name")
            return .failure
        }
        switch format {
        case "json": console.line(CalibrationExport.json(calibration, humanFile: path, humanRows: human.rows.count).serialized(pretty: true))
        case "html": console.write(CalibrationExport.html(calibration, humanFile: path, humanRows: human.rows.count))
        default: console.write(CalibrationText(calibration, humanFile: path, humanRows: human.rows.count).render())
        }
        return failed ? .failure : .success
    }
}

extension GradeCommand {
    /// `--calibrate HUMAN.csv` with its format (text — also spelled table —, json or html); nil without it.
    static func calibrationOptions(_ arguments: ParsedArguments) throws(UsageError) -> (path: String, format: String)? {
        guard let path = arguments.value("calibrate") else { return nil }
        let name = spec.name
        let format = try arguments.choice("format", among: ["text", "table", "json", "html"], default: "text", command: name)!
        if arguments.value("fail-under") != nil { throw UsageError(message: "'--fail-under' does not apply with --calibrate", command: name) }
        return (path, format == "table" ? "text" : format)
    }
}
