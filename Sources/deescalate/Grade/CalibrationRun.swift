import DeescalateKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `grade PATH... --calibrate HUMAN.csv`: grades the inputs, reads the assessors' CSV, and reports
/// how far the grader agrees with them (`Calibration`) as text, JSON or HTML. The files are graded
/// as `grade` grades them, in workers under the crash-proof supervisor, so a file the grader
/// crashes on is named and left out while the rest are compared. Bad CSV rows and unreadable
/// inputs are reported on stderr and left out (exit 1 at the end), as `grade` does.
struct CalibrationRun {
    let console: Console
    /// The rubric's pass mark, for assessor rows without `passed`.
    let passMark: Int
    /// The largest file read, in bytes (--max-file-size).
    let limit: Int
    /// The output the workers render with (`calibrating`), shared with the sink that collects it.
    let output: GradeOutput

    /// Reads `path` and compares it with the grades of `paths`, which `grade` grades into the sink
    /// it is given (false if no grading process could start).
    func run(paths: [String], human path: String, format: String,
             grade: (_ inputs: [GradeInput], _ sink: GradeSink) -> Bool) -> ExitCode {
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
        var files: [GradeInput] = []
        for input in GradeInput.expand(paths) {
            switch input {
            case .file, .unreadable: files.append(input)
            case .jsonLines(let file):
                console.error("\(SafeText.quoted(file, limit: 200)): error: --calibrate matches assessors' grades to files by name; JSON Lines rows have none, so this file is skipped")
                failed = true
            case .standardInput:
                console.error("<stdin>: error: --calibrate matches assessors' grades to files by name; standard input has none, so it is skipped")
                failed = true
            }
        }
        var graded: [GraderResult] = []
        var unreadableRows = 0
        let sink = GradeSink(console: console, output: output) { line, figures in
            if let result = GraderResult(detailLine: Array(line), total: figures.total, passed: figures.passed, steps: figures.steps) {
                graded.append(result)
            } else {
                unreadableRows += 1
            }
        }
        guard grade(files, sink) else {
            console.error("error: cannot start a grading process: \(String(cString: strerror(errno)))")
            return .failure
        }
        if unreadableRows > 0 {
            console.error("error: \(unreadableRows) grade(s) came back from the grading process unreadable and are left out")
            failed = true
        }
        if sink.summary.failures > 0 { failed = true }
        let absolute = graded.map { Optional(URL(fileURLWithPath: $0.source).standardizedFileURL.path) }
        let calibration = Calibration(results: graded, absolutePaths: absolute, human: human, passMark: passMark)
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
