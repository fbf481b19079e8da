import DeescalateKit
import Foundation

/// `deescalate progress [DIR]`: how one trainee moved over their saved practice sessions.
struct ProgressCommand: Command {
    static let spec = CommandSpec(
        name: "progress",
        abstract: "Show how a trainee's LAST scores moved over their saved sessions.",
        usage: "[DIR] [--trainee NAME] [--format text|html|csv|json] [--last N] [--out DIR] [--personas DIR]",
        discussion: """
        Reads the practice sessions saved in DIR (default: where 'practice' saves them) for one trainee,
        grades each afresh, and shows per LAST step and for the total how the scores moved, oldest first:
        in the terminal a table with first, latest, best and mean scores, the trend and a sparkline per
        step (▁ low … █ high), the weakest step and the latest sessions. The trend is the least-squares
        slope over the last N sessions (--last, default 10), in points per session; the weakest step is
        the lowest mean over the same sessions. Sessions with no trainee reply are skipped.

        --format html is one self-contained page: a line chart per step and for the total, outcomes per
        persona and difficulty, and the sessions; with --out DIR the page is written there with every
        session's report beside it, linked. csv is one record per session; json holds the figures too.

        With several trainees in DIR, name one with --trainee (matched ignoring case).

        EXAMPLES:
          deescalate progress --trainee alex
          deescalate progress Transcripts/ --trainee alex --format html --out progress/
          deescalate progress --trainee alex --format csv > alex.csv
        """,
        options: [
            .init(name: "trainee", short: "t", value: "NAME", help: "Whose sessions (needed when DIR holds several trainees')."),
            .init(name: "format", short: "f", value: "FORMAT", help: "text (default), html, csv or json."),
            .init(name: "last", value: "N", help: "Sessions the trend and the weakest step look at (2–1000, default 10)."),
            .init(name: "out", short: "o", value: "DIR", help: "html: write the page and each session's report into DIR."),
            .init(name: "personas", value: "DIR", help: "The persona folder, for each persona's difficulty (default: the shipped Personas/)."),
        ],
        positionals: "[DIR]")

    let console: Console
    let environment: [String: String]
    let folder: String?
    let trainee: String?
    let format: String
    let window: Int
    let outFolder: URL?
    let personaFolder: URL?

    init(arguments: ParsedArguments, console: Console, environment: [String: String]) throws {
        let name = Self.spec.name
        guard arguments.positionals.count <= 1 else {
            throw UsageError(message: "give at most one folder (unexpected '\(arguments.positionals[1])')", command: name)
        }
        self.console = console
        self.environment = environment
        folder = arguments.positionals.first
        trainee = arguments.value("trainee")
        format = try arguments.choice("format", among: ["text", "html", "csv", "json"], default: "text", command: name)!
        window = try arguments.integer("last", in: 2...1000, command: name) ?? 10
        outFolder = arguments.value("out").map { URL(fileURLWithPath: $0) }
        if outFolder != nil, format != "html" { throw UsageError(message: "'--out' goes with --format html", command: name) }
        personaFolder = arguments.value("personas").map { URL(fileURLWithPath: $0) } ?? PersonaFolder.locate(environment: environment)
    }

    func run() -> ExitCode {
        let folderURL = folder.map { URL(fileURLWithPath: $0) }
            ?? TranscriptStore.defaultFolder(personaFolder: personaFolder ?? URL(fileURLWithPath: "Personas"), environment: environment)
        let shown = PersonaFolder.displayPath(folderURL)
        let read = ProgressSessions.read(folderURL, console: console)
        guard let found = read.sessions else { return .failure }
        let personas = personaFolder.flatMap { try? PersonaFolder(url: $0).load().personas.map(\.persona) } ?? []
        let chosen: String
        switch ProgressSessions.choose(trainee, among: found) {
        case .success(let name): chosen = name
        case .failure(let problem):
            console.error("error: \(shown): \(problem.message)")
            if problem.isUsage { console.error("Run 'deescalate help progress' for usage.") }
            return problem.isUsage ? .usage : .failure
        }
        let mine = found.filter { ProgressSessions.sameName($0.transcript.trainee ?? "", chosen) }
        let answered = mine.filter { !$0.transcript.traineeTurns.isEmpty }
        if answered.count < mine.count {
            console.error("note: \(mine.count - answered.count) session(s) with no trainee reply skipped")
        }
        guard !answered.isEmpty else {
            console.error("error: \(shown): \(chosen)'s sessions have no trainee reply to grade")
            return .failure
        }
        let scorer = Scorer()
        let sessions = answered.map { entry in
            TraineeProgress.Session(file: entry.file, transcript: entry.transcript, grade: scorer.grade(entry.transcript),
                                    difficulty: personas.first { $0.id == entry.transcript.persona?.id }?.difficulty)
        }
        let progress = TraineeProgress(trainee: chosen, sessions: sessions, window: window)
        let written = render(progress, folder: shown)
        return read.failures > 0 || !written ? .failure : .success
    }

    /// Renders `progress`; false when a file could not be written.
    private func render(_ progress: TraineeProgress, folder: String) -> Bool {
        switch format {
        case "csv": console.write(ProgressExport.csv(progress))
        case "json": console.line(ProgressExport.json(progress, folder: folder).serialized(pretty: true))
        case "html": return writePage(progress, folder: folder)
        default:
            for line in ProgressText(progress, folder: folder).lines() {
                switch line.role {
                case .title: console.line(console.styled(line.text, .bold))
                case .heading: console.line(console.styled(line.text, .dim))
                case .weakest: console.line(console.styled(line.text, .yellow))
                case .trend:
                    let trend = progress[.total].trend ?? 0
                    console.line(console.styled(line.text, trend > 0.5 ? .green : trend < -0.5 ? .red : .bold))
                case .row, .plain: console.line(line.text)
                }
            }
        }
        return true
    }

    /// The page on standard output, or with --out the page and every session's report in that folder.
    private func writePage(_ progress: TraineeProgress, folder: String) -> Bool {
        guard let outFolder else {
            console.write(ProgressPage(progress, folder: folder, reportLinks: []).html())
            return true
        }
        var links: [String?] = []
        var used: Set<String> = []
        var ok = true
        let coaching = ReportCoaching(console: console, personaFolder: personaFolder)
        for session in progress.sessions {
            let base = URL(fileURLWithPath: session.file).deletingPathExtension().lastPathComponent
            var name = base, counter = 2
            while !used.insert(name).inserted { name = "\(base)-\(counter)"; counter += 1 }
            let report = SessionReport(transcript: session.transcript, grade: session.grade,
                                       comparison: coaching.comparison(for: session.transcript, file: URL(fileURLWithPath: session.file)),
                                       modelReplies: coaching.modelReplies(for: session.transcript, grade: session.grade)).html()
            do {
                try AtomicFile.write(Array(report.utf8), to: outFolder.appendingPathComponent("\(name).html"))
                links.append("\(name).html")
            } catch {
                console.error("\(session.file): \(error.localizedDescription)")
                links.append(nil)
                ok = false
            }
        }
        let page = outFolder.appendingPathComponent("progress-\(FileNaming.sanitized(progress.trainee)).html")
        do {
            try AtomicFile.write(Array(ProgressPage(progress, folder: folder, reportLinks: links).html().utf8), to: page)
            console.message("Wrote \(PersonaFolder.displayPath(page)) and \(progress.sessions.count) session report\(progress.sessions.count == 1 ? "" : "s")")
        } catch {
            console.error("\(PersonaFolder.displayPath(page)): \(error.localizedDescription)")
            ok = false
        }
        return ok
    }
}
