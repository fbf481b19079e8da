import DeescalateKit
import Foundation

/// `deescalate report`: a readable page (HTML or Markdown) for each graded transcript.
struct ReportCommand: Command {
    static let spec = CommandSpec(
        name: "report",
        abstract: "Render transcripts as self-contained HTML (or Markdown) session reports.",
        usage: "TRANSCRIPT... [--format html|markdown] [--out DIR] [--personas DIR]",
        discussion: """
        Each transcript — a .json file saved by 'practice', a plain-text chat log (.txt or .log: lines
        "Customer: …" and "Agent: …", as 'grade' reads them), or a folder of them — is graded afresh (a
        grade stored in the file is never trusted) and rendered as one page: the scenario, the conversation
        with each trainee turn's moves and why the frustration moved, the frustration curve with the calm
        and escalation levels, the LAST scorecard and the feedback. A chat log records no frustration, so
        its page says so instead of drawing a curve. HTML pages have no scripts or external assets, so
        they can be mailed, archived or printed.

        With one transcript and no --out the report goes to standard output. With --out DIR each report
        is written as DIR/NAME.html (or NAME.md), NAME being the input's file name without its extension;
        a report of that name already in DIR is replaced. Files that cannot be read are reported on
        standard error and the rest are still rendered (exit 1).

        A retried session ('practice --retry') is drawn with the session it retried: both frustration
        curves from the branch point, and the two replies side by side. Where the persona (same version,
        from --personas or the shipped folder) has model replies, the page shows one beside the first
        reply that did harm and the first that missed a step.

        EXAMPLES:
          deescalate report Transcripts/20261122-153012-late-parcel-alex.json > report.html
          deescalate report chats/monday.txt > monday.html
          deescalate report Transcripts/ --out reports/
        """,
        options: [
            .init(name: "format", short: "f", value: "FORMAT", help: "html (default) or markdown."),
            .init(name: "out", short: "o", value: "DIR", help: "Write one report per transcript into DIR (replacing same-name reports)."),
            .init(name: "personas", value: "DIR", help: "The persona folder, for model replies (default: the shipped Personas/)."),
        ],
        positionals: "TRANSCRIPT...")

    let console: Console
    let paths: [String]
    let format: String
    let outFolder: URL?
    let personaFolder: URL?

    init(arguments: ParsedArguments, console: Console, environment: [String: String]) throws {
        let name = Self.spec.name
        guard !arguments.positionals.isEmpty else {
            throw UsageError(message: "give at least one transcript (a .json file, a .txt chat log, or a folder of them)", command: name)
        }
        self.console = console
        paths = arguments.positionals
        format = try arguments.choice("format", among: ["html", "markdown"], default: "html", command: name)!
        outFolder = arguments.value("out").map { URL(fileURLWithPath: $0) }
        personaFolder = arguments.value("personas").map { URL(fileURLWithPath: $0) } ?? PersonaFolder.locate(environment: environment)
    }

    func run() -> ExitCode {
        var failed = false
        var files: [URL] = []
        for path in paths {
            switch Self.expand(path) {
            case .success(let found): files += found
            case .failure(let error): console.error("\(path): \(error.reason)"); failed = true
            }
        }
        if outFolder == nil, files.count > 1 {
            console.error("error: \(files.count) transcripts need --out DIR (standard output takes one report)")
            console.error("Run '\(Invocation.command()) help report' for usage.")
            return .usage
        }
        let fileExtension = format == "html" ? "html" : "md"
        let coaching = ReportCoaching(console: console, personaFolder: personaFolder)
        var usedNames: Set<String> = []
        for file in files {
            let displayPath = PersonaFolder.displayPath(file)
            let data: Data
            switch RegularFile.contents(file.path) {
            case .success(let bytes): data = bytes
            case .failure(let refusal):
                console.error("\(displayPath): error: \(refusal.reason)")
                failed = true
                continue
            }
            let transcript: Transcript
            do {
                // The same reading as `grade`: .json (or anything opening with '{') is a transcript,
                // anything else a chat log, so a chat log renders instead of failing as bad JSON.
                transcript = try GradeItem.parseFile(Array(data), path: displayPath)
            } catch {
                console.error(error.formatted)
                failed = true
                continue
            }
            let grade = Scorer().grade(transcript)
            let report = SessionReport(transcript: transcript, grade: grade, comparison: coaching.comparison(for: transcript, file: file),
                                       modelReplies: coaching.modelReplies(for: transcript, grade: grade))
            let text = format == "html" ? report.html() : report.markdown()
            guard let outFolder else {
                console.write(text)
                continue
            }
            // Two inputs with the same file name (from different folders) get -2, -3 … rather than
            // one report silently replacing the other.
            let base = file.deletingPathExtension().lastPathComponent
            var name = base, counter = 2
            while !usedNames.insert(name).inserted { name = "\(base)-\(counter)"; counter += 1 }
            let target = outFolder.appendingPathComponent("\(name).\(fileExtension)")
            do {
                try AtomicFile.write(Array(text.utf8), to: target)
                console.message("Wrote \(PersonaFolder.displayPath(target))")
            } catch {
                console.error("\(displayPath): \(error.localizedDescription)")
                failed = true
            }
        }
        return failed ? .failure : .success
    }

    private struct PathError: Error { var reason: String }

    /// What a folder's files are read as: transcripts and chat logs, as `grade` walks them.
    static let folderExtensions: Set<String> = ["json", "txt", "log"]

    /// A file as itself; a folder as its transcripts and chat logs in name order.
    private static func expand(_ path: String) -> Result<[URL], PathError> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .failure(PathError(reason: "no such file or folder")) }
        let url = URL(fileURLWithPath: path)
        guard isFolder.boolValue else { return .success([url]) }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return .failure(PathError(reason: "cannot list the folder")) }
        let found = names.filter { !$0.hasPrefix(".") && folderExtensions.contains(GradeInput.pathExtension($0)) }
            .sorted().map { url.appendingPathComponent($0) }
        return found.isEmpty ? .failure(PathError(reason: "no transcripts (.json) or chat logs (.txt, .log) in this folder")) : .success(found)
    }
}
