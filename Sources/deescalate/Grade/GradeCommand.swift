import DeescalateKit
import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// `deescalate grade PATH...`: grades transcripts, chat logs, folders of them and JSON Lines on
/// standard input against LAST, in parallel, writing results in input order as each batch completes.
struct GradeCommand: Command {
    static let spec = CommandSpec(
        name: "grade",
        abstract: "Grade transcripts and chat logs against LAST, in batch.",
        usage: "PATH... [--format table|csv|json|jsonl|markdown|html|xapi] [--rubric FILE] [--fail-under N] [--jobs N] [--echo FIELD,...] [--error-rows] [--calibrate HUMAN.csv]",
        discussion: """
        PATH is a simulator transcript (.json), a plain-text chat log (.txt: lines "Customer: …" and
        "Agent: …"), a JSON Lines file (.jsonl), a folder (walked recursively), or - for JSON Lines of
        transcripts on standard input. Every grade is recomputed: a stored grade is never trusted, and a
        row whose stored grade differs says so.

        A file that cannot be read or is not a transcript is reported on stderr with its path and reason
        and skipped; the rest are graded. Output is in input order whatever the parallelism, written as
        results arrive. Only regular files are read (a FIFO, device or socket is skipped with a message),
        each up to --max-file-size. Grading runs in a worker process: should the grader itself crash on
        some file, that file is reported ("the grader crashed on this file") and the rest are graded.

        html is one self-contained cohort page: a row per transcript, mean score per step, a histogram of
        totals, the weakest step with its most frequent feedback, and outcomes per persona. xapi writes one
        xAPI statement per transcript as JSON Lines (the 1.0.x data model, with no "version" field: send
        them with the header X-Experience-API-Version: 1.0.3), for a learning record store (docs/XAPI.md).

        --calibrate HUMAN.csv compares the grades with assessors' (columns file, total, and optionally
        listen, apologize, solve, thank, passed, assessor; several rows per file for several assessors)
        and reports Spearman's rho on totals, Cohen's kappa on pass/fail, quadratic-weighted kappa per
        step on bands (0–39, 40–59, 60–79, 80–100), the mean absolute difference, the same among the
        assessors where a file has several (the ceiling), and the largest disagreements with the
        grader's findings. Rows match graded files by path as given, else by file name when unique.
        Formats: text (default), json, html.

        For joining grades back to JSON Lines input after a distributed pipe (Spark's RDD.pipe, Hadoop
        Streaming), json and jsonl rows of JSON Lines input carry "key" (the input's "id", else "sha1:"
        and a digest of the line, the same in every partition) and the input's "id"; --echo copies more
        fields; --error-rows gives an input that cannot be graded a row with "error" in its place.

        EXIT CODES: 0 all graded (or, with --error-rows, every failure reported as a row); 1 some file
        could not be graded; 2 a grade was below --fail-under; 64 usage error.

        EXAMPLES:
          deescalate grade Transcripts/
          deescalate grade chats/ --format csv > grades.csv
          cat transcripts.jsonl | deescalate grade --format jsonl - > grades.jsonl
          deescalate grade Transcripts/ --format html > cohort.html
          deescalate grade Transcripts/ --format xapi --xapi-homepage https://lms.example.com > statements.jsonl
          deescalate grade chats/ --calibrate assessors.csv --format html > calibration.html
        """,
        options: [
            .init(name: "format", short: "f", value: "FORMAT", help: "table (default on a terminal), csv, json, jsonl (default otherwise), markdown, html or xapi."),
            .init(name: "rubric", value: "FILE", help: "A rubric file replacing the default (see docs/GRADING.md)."),
            .init(name: "fail-under", value: "N", help: "Exit 2 when any total is below N (0–100), for CI."),
            .init(name: "jobs", short: "j", value: "N", help: "Transcripts graded in parallel (default: the number of cores)."),
            .init(name: "max-file-size", value: "MB", help: "Skip, with an error, files and JSON Lines rows larger than this (default 16)."),
            .init(name: "xapi-actor", value: "MODE", help: "xapi: identify trainees by account (default) or mbox."),
            .init(name: "xapi-homepage", value: "URL", help: "xapi, account mode: the system the names belong to (default \(XAPIOptions.defaultHomePage))."),
            .init(name: "xapi-mbox-domain", value: "DOMAIN", help: "xapi, mbox mode: the e-mail domain (required with mbox)."),
            .init(name: "xapi-activity-base", value: "IRI", help: "xapi: the base of activity IRIs (default \(XAPIStatement.defaultActivityBase))."),
            .init(name: "calibrate", value: "HUMAN.csv", help: "Compare the grades with assessors' grades in HUMAN.csv (formats text, json, html)."),
            .init(name: "echo", value: "FIELD,...", help: "json/jsonl: copy these top-level fields of each JSON Lines input row into its grade row (id always)."),
            .init(name: "error-rows", help: "json/jsonl: an input that cannot be graded gets a row {file, key, line, error} in its place (and exits 0 for it)."),
        ])

    /// Items per batch: output is written after each batch, so memory stays flat on huge archives.
    static let batchSize = 2_000

    let console: Console
    let paths: [String]
    let format: GradeFormat
    let rubricPath: String?
    let failUnder: Int?
    let jobs: Int
    let environment: [String: String]
    let xapi: XAPIOptions
    /// The largest file or JSON Lines row read, in bytes.
    let limit: Int
    /// `--calibrate HUMAN.csv` and its format (text, json or html), instead of grade rows.
    let calibration: (path: String, format: String)?
    /// `--echo`: input fields copied into JSON Lines rows' grades, besides `id`.
    let echo: [String]
    /// `--error-rows`: failures also appear as rows in the output.
    let errorRows: Bool

    init(arguments: ParsedArguments, console: Console, environment: [String: String]) throws {
        let name = Self.spec.name
        guard !arguments.positionals.isEmpty else {
            throw UsageError(message: "give at least one PATH (a file, a folder, or - for standard input)", command: name)
        }
        guard arguments.positionals.filter({ $0 == "-" }).count <= 1 else {
            throw UsageError(message: "'-' (standard input) may be given only once", command: name)
        }
        self.console = console
        self.environment = environment
        paths = arguments.positionals
        let defaultFormat = console.outputIsTerminal ? "table" : "jsonl"
        calibration = try Self.calibrationOptions(arguments)
        format = calibration != nil ? .table : GradeFormat(rawValue: try arguments.choice("format", among: GradeFormat.allCases.map(\.rawValue),
                                                                                         default: defaultFormat, command: name)!)!
        rubricPath = arguments.value("rubric")
        failUnder = try arguments.integer("fail-under", in: 0...100, command: name)
        jobs = try arguments.integer("jobs", in: 1...256, command: name) ?? max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        xapi = try Self.xapiOptions(arguments, format: format)
        limit = (try arguments.integer("max-file-size", in: 1...4096, command: name) ?? GradeFileReader.defaultLimit >> 20) << 20
        (echo, errorRows) = try Self.joinOptions(arguments, format: format, calibrating: calibration != nil)
    }

    /// `--echo FIELD,...` and `--error-rows`, for joining grades back to JSON Lines input: only with
    /// json or jsonl, and no echoed field may take a grade row's own key.
    private static func joinOptions(_ arguments: ParsedArguments, format: GradeFormat,
                                    calibrating: Bool) throws(UsageError) -> ([String], Bool) {
        let errorRows = arguments.flag("error-rows")
        let echo = (arguments.value("echo") ?? "").split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard arguments.value("echo") != nil || errorRows else { return ([], false) }
        let option = arguments.value("echo") != nil ? "--echo" : "--error-rows"
        guard !calibrating, format == .json || format == .jsonl else {
            throw UsageError(message: "'\(option)' applies to --format jsonl or json", command: spec.name)
        }
        if arguments.value("echo") != nil, echo.isEmpty || echo.contains(where: \.isEmpty) {
            throw UsageError(message: "'--echo' takes field names separated by commas, such as --echo tenant,channel", command: spec.name)
        }
        if let taken = echo.first(where: GradeJSONLines.rowKeys.contains) {
            throw UsageError(message: "'--echo \(taken)' would clash with the grade row's own '\(taken)'; these names are taken: "
                             + GradeJSONLines.rowKeys.sorted().joined(separator: ", "), command: spec.name)
        }
        return (echo, errorRows)
    }

    /// The xapi options, validated; they are refused with any other format.
    private static func xapiOptions(_ arguments: ParsedArguments, format: GradeFormat) throws(UsageError) -> XAPIOptions {
        let name = spec.name
        let given = ["xapi-actor", "xapi-homepage", "xapi-mbox-domain", "xapi-activity-base"].filter { arguments.value($0) != nil }
        guard format == .xapi else {
            if let first = given.first { throw UsageError(message: "'--\(first)' applies only to --format xapi", command: name) }
            return XAPIOptions()
        }
        var options = XAPIOptions()
        let mode = try arguments.choice("xapi-actor", among: ["account", "mbox"], default: "account", command: name)!
        if let base = arguments.value("xapi-activity-base") {
            guard base.contains("://") else { throw UsageError(message: "'--xapi-activity-base' must be an IRI such as https://lms.example.com/xapi", command: name) }
            options.activityBase = base.hasSuffix("/") ? String(base.dropLast()) : base
        }
        if mode == "mbox" {
            guard let domain = arguments.value("xapi-mbox-domain"), domain.contains("."), !domain.contains("@") else {
                throw UsageError(message: "'--xapi-actor mbox' needs --xapi-mbox-domain DOMAIN (such as example.com)", command: name)
            }
            options.actor = .mbox(domain: domain)
        } else {
            if arguments.value("xapi-mbox-domain") != nil { throw UsageError(message: "'--xapi-mbox-domain' goes with --xapi-actor mbox", command: name) }
            let homePage = arguments.value("xapi-homepage") ?? XAPIOptions.defaultHomePage
            guard homePage.contains("://") else { throw UsageError(message: "'--xapi-homepage' must be a URL such as https://lms.example.com", command: name) }
            options.actor = .account(homePage: homePage)
        }
        return options
    }

    func run() -> ExitCode {
        var rubric = Rubric.standard
        if let rubricPath {
            switch GradeFileReader.bytes(of: rubricPath) {
            case .failure(let failure):
                console.error("\(rubricPath): error: cannot read the rubric: \(failure.reason)")
                return .failure
            case .success(let bytes):
                do {
                    rubric = try Rubric(parsing: bytes, file: rubricPath)
                } catch {
                    console.error(error.errorDescription ?? "\(rubricPath): error: invalid rubric")
                    return .failure
                }
            }
        }
        let output = GradeOutput(format: format, xapi: xapi, echo: echo, errorRows: errorRows, calibrating: calibration != nil)
        let scorer = Scorer(rubric: rubric)
        if let calibration {
            return CalibrationRun(console: console, passMark: rubric.passMark, limit: limit, output: output)
                .run(paths: paths, human: calibration.path, format: calibration.format) { inputs, sink in
                    supervise(GradeFeed(inputs, limit: limit), labels: inputs, sink: sink, output: output, scorer: scorer, early: nil)
                }
        }
        // Only a table's layout depends on the inputs. For any other format the first worker starts
        // before any path is looked up, so its start-up (loading the analyzer's tables) overlaps
        // the look-ups and the walks instead of following them.
        let early = format == .table ? nil
            : GradeWorkerProcess.start { runWorker(careful: 0..<0, tableWidth: 4, scorer: scorer, output: output) }
        let sink = GradeSink(console: console, output: output)
        // A table fits its file column to the first batch's labels, so its inputs are looked up
        // first; any other format looks each path up only as the workers reach it.
        let inputs = format == .table ? GradeInput.expand(paths, listings: NamedPathListings(paths: paths)) : []
        let feed = format == .table ? GradeFeed(inputs, limit: limit) : GradeFeed(paths: paths, limit: limit)
        guard supervise(feed, labels: inputs, sink: sink, output: output, scorer: scorer, early: early) else {
            console.error("error: cannot start a grading process: \(String(cString: strerror(errno)))")
            return .failure
        }
        if environment["DEESCALATE_GRADE_STATS"] != nil { console.error(Self.processStatistics()) }
        // With --error-rows an input that could not be graded is reported in the output, where a pipe
        // (Spark, Hadoop Streaming) sees it; a failing status would only make the pipe step fail.
        if sink.unreportedFailures > 0 { return .failure }
        if let failUnder, sink.lowestTotal.map({ $0 < failUnder }) ?? false {
            console.error("note: \(sink.count(below: failUnder)) grade(s) below --fail-under \(failUnder) (lowest \(sink.lowestTotal!))")
            return .belowThreshold
        }
        return .success
    }

    /// Grades what `feed` gives in worker processes under a `GradeSupervisor`, results going to
    /// `sink`; `labels` are the inputs a table's file column is fitted to; `early` is a worker
    /// already started. False if no worker could be started.
    private func supervise(_ feed: GradeFeed, labels: [GradeInput], sink: GradeSink, output: GradeOutput, scorer: Scorer,
                           early: GradeWorkerProcess?) -> Bool {
        var early = early
        // Only a table has a file column to fit (measuring every label of the first batch is a
        // few milliseconds of the supervisor's while the first worker starts).
        let tableWidth = format == .table ? Self.tableWidth(labels.prefix(Self.batchSize)) : 4
        _ = output.renderer(for: [String(repeating: "x", count: tableWidth)]) // the table's layout, for the header
        let supervisor = GradeSupervisor(feed: feed, sink: sink, replaysAll: output.keepsRows,
                                         batchSize: Self.batchSize) { careful in
            if let worker = early {
                early = nil
                return worker
            }
            return GradeWorkerProcess.start { runWorker(careful: careful, tableWidth: tableWidth, scorer: scorer, output: output) }
        }
        return supervisor.run()
    }

    /// In a forked worker: grades the items the supervisor sends on standard input, answering on
    /// standard output, then ends the process. `careful` are the positions graded one at a time.
    private func runWorker(careful: Range<Int>, tableWidth: Int, scorer: Scorer, output: GradeOutput) -> Never {
        MallocTuning.forGrading(environment: environment)
        let crashOn = environment["DEESCALATE_TEST_CRASH_ON"].flatMap { $0.isEmpty ? nil : $0 }
        let worker = GradeWorker(console: console, scorer: scorer, output: output, tableWidth: tableWidth,
                                 settings: .init(jobs: jobs, batchSize: Self.batchSize, limit: limit,
                                                 careful: careful, crashOn: crashOn),
                                 outputDescriptor: STDOUT_FILENO)
        GradeWorker.warmUp(scorer)
        let code: ExitCode = worker.run(input: STDIN_FILENO) ? .success : .failure
        // Everything is sent by now (`run` waits for its writer). `_exit`, not `exit`: the child must
        // not run the supervisor's exit handlers. Ending with the worker still alive also skips
        // freeing its memos of thousands of analyses, one block at a time, which the system
        // reclaims at once anyway: that teardown was about 2% of a worker's time.
        withExtendedLifetime(worker) { _exit(code.rawValue) }
    }

    /// CPU time and peak memory of this supervising process and of its workers, for measuring what
    /// supervision costs (shown with DEESCALATE_GRADE_STATS set).
    private static func processStatistics() -> String {
        func describe(_ who: __rusage_who) -> String {
            var usage = rusage()
            getrusage(who.rawValue, &usage)
            let seconds = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
            let tenths = Int((seconds * 100).rounded())
            return "\(tenths / 100).\(tenths % 100 < 10 ? "0" : "")\(tenths % 100) s CPU, peak \(usage.ru_maxrss / 1024) MB"
        }
        return "supervisor: \(describe(RUSAGE_SELF)); workers: \(describe(RUSAGE_CHILDREN))"
    }

    /// The table's file column fits the first batch's labels (a row's line number counted as six digits).
    private static func tableWidth(_ inputs: ArraySlice<GradeInput>) -> Int {
        let labels = inputs.map { input -> String in
            switch input {
            case .file(let path), .unreadable(let path, _): path
            case .jsonLines(let path): path + ":000000"
            case .standardInput: "<stdin>:000000"
            }
        }
        return GradeTable(fitting: labels).fileWidth
    }
}
