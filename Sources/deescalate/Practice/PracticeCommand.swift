import DeescalateKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `deescalate practice`: a practice session in the terminal, or scripted from a file.
struct PracticeCommand: Command {
    static let spec = CommandSpec(
        name: "practice",
        abstract: "Practise calming an irate customer, then get a LAST grade card.",
        usage: "[--persona ID] [--seed N] [--name TRAINEE] [--no-meter] [--out DIR] [--personas DIR] [--color auto|always|never] [--script FILE|- [--format text|json]] [--retry TRANSCRIPT --turn N]",
        discussion: """
        With no --persona, a menu lists the personas; press Enter for the first. Type your replies; the
        customer answers and the meter shows their frustration. Commands: /help /hint /meter /transcript
        /end /quit (Tab completes them). Ctrl-C clears a line; at an empty prompt Ctrl-C or Ctrl-D saves the
        session as abandoned. Every session is saved as a graded
        transcript (JSON and Markdown) in Transcripts/ or --out.

        Scripted: --script FILE (or - for standard input) supplies the trainee lines, one reply per line
        (lines starting with # are comments; a blank line is a silent reply); the same persona,
        seed and lines give the same transcript (byte-identical with SOURCE_DATE_EPOCH set).

        Try a moment again: --retry TRANSCRIPT --turn N replays that saved session (its persona version,
        seed, name and your first N-1 replies, exactly), then hands reply N to you (or to --script). N
        counts your replies from 1; a grade card's "turn 2K" is reply K. The new transcript names its
        parent and N, and 'deescalate report' draws both sessions from the branch point.

        EXAMPLES:
          deescalate practice
          deescalate practice --persona late-parcel --seed 7 --script lines.txt --format json
          deescalate practice --retry Transcripts/20261122-153012-late-parcel-alex.json --turn 2
        """,
        options: [
            .init(name: "persona", short: "p", value: "ID", help: "The persona to practise with (see the menu)."),
            .init(name: "seed", short: "s", value: "N", help: "Seed for the customer's choice of lines (default: random, shown at the start)."),
            .init(name: "name", short: "n", value: "TRAINEE", help: "Your name, for the transcript and the customer (default: asked at the start, offering $USER; scripts use $USER)."),
            .init(name: "no-meter", value: nil, help: "Hide the frustration meter (hard mode)."),
            .init(name: "out", short: "o", value: "DIR", help: "Where to save transcripts (default: $DEESCALATE_TRANSCRIPTS, else Transcripts/ beside the persona folder)."),
            .init(name: "personas", value: "DIR", help: "The persona folder (default: the shipped Personas/)."),
            .init(name: "color", value: "WHEN", help: "auto (default; off when NO_COLOR is set or not a terminal), always or never."),
            .init(name: "script", value: "FILE", help: "Read trainee lines from FILE, or - for standard input; no prompts."),
            .init(name: "format", value: "FORMAT", help: "With --script: text (default) or json (the final transcript on stdout)."),
            .init(name: "retry", value: "TRANSCRIPT", help: "Replay a saved session up to --turn N, then take over at your reply N."),
            .init(name: "turn", value: "N", help: "With --retry: the reply to try again (1 = your first reply)."),
        ])

    let console: Console
    let environment: [String: String]
    let personaID: String?
    let seed: UInt64?
    let trainee: String
    /// Whether --name was given; if not, an interactive session asks.
    let nameGiven: Bool
    let showMeter: Bool
    let outFolder: URL?
    let personaFolder: URL?
    let script: String?
    let format: String
    /// `--retry TRANSCRIPT`: the saved session to replay up to `retryTurn`.
    let retryPath: String?
    let retryTurn: Int?

    init(arguments: ParsedArguments, console: Console, environment: [String: String]) throws {
        let name = Self.spec.name
        guard arguments.positionals.isEmpty else {
            throw UsageError(message: "unexpected argument '\(arguments.positionals[0])'", command: name)
        }
        self.console = console
        self.environment = environment
        personaID = arguments.value("persona")
        if let text = arguments.value("seed") {
            guard let value = UInt64(text) else { throw UsageError(message: "'--seed' must be a whole number from 0 to \(UInt64.max), not '\(text)'", command: name) }
            seed = value
        } else {
            seed = nil
        }
        nameGiven = arguments.value("name") != nil
        trainee = arguments.value("name") ?? environment["USER"] ?? "trainee"
        showMeter = !arguments.flag("no-meter")
        outFolder = arguments.value("out").map { URL(fileURLWithPath: $0) }
        personaFolder = arguments.value("personas").map { URL(fileURLWithPath: $0) }
        script = arguments.value("script")
        format = try arguments.choice("format", among: ["text", "json"], default: "text", command: name)!
        if arguments.value("format") != nil, script == nil {
            throw UsageError(message: "'--format' applies to scripted runs; add --script FILE", command: name)
        }
        retryPath = arguments.value("retry")
        retryTurn = try arguments.integer("turn", in: TranscriptLimits.branchTurn, command: name)
        try Self.checkRetryOptions(arguments)
        let color = try arguments.choice("color", among: ["auto", "always", "never"], default: "auto", command: name)!
        console.colorEnabled = console.resolveColor(color)
    }

    func run() -> ExitCode {
        guard let folderURL = personaFolder ?? PersonaFolder.locate(environment: environment) else {
            console.error("error: no persona folder found; pass --personas DIR or run from the project folder")
            return .failure
        }
        let contents: PersonaFolder.Contents
        do {
            contents = try PersonaFolder(url: folderURL).load()
        } catch {
            console.error("error: \(error.localizedDescription)")
            return .failure
        }
        for failure in contents.failures {
            console.error((failure.errorDescription ?? failure.file) + "\n  (this persona is skipped; the others are available)")
        }
        guard !contents.personas.isEmpty else {
            console.error("error: no persona in \(PersonaFolder.displayPath(folderURL)) could be loaded")
            return .failure
        }
        let out = outFolder ?? TranscriptStore.defaultFolder(personaFolder: folderURL, environment: environment)
        let clock = SessionClock.fromEnvironment(environment)
        recoverJournals(in: out, personas: contents.personas.map(\.persona), clock: clock)

        let input: LineSource
        if let script {
            let text: String
            do {
                text = try Self.readScript(script)
            } catch {
                console.error("error: cannot read the script: \(error.localizedDescription)")
                return .failure
            }
            input = ScriptLineSource(text: text)
        } else {
            input = TerminalInput.make(console: console, environment: environment)
        }
        if let retryPath, let retryTurn {
            return runRetry(retryPath, turn: retryTurn, personas: contents.personas.map(\.persona), input: input, out: out, clock: clock)
        }
        guard let persona = choosePersona(contents.personas.map(\.persona), input: input) else { return .usage }
        guard let trainee = askName(input: input) else { return .usage }
        // A session with no reply would be graded 0 for nothing: say so instead of playing one.
        if let script, let source = input as? ScriptLineSource, source.remaining == 0 {
            let named = script == "-" ? "standard input" : "'\(script)'"
            console.error("error: the script \(named) is empty: it has no trainee lines (one reply per line; lines starting with # are comments)")
            return .failure
        }
        let seed = self.seed ?? UInt64.random(in: 0...999_999)
        if script == nil {
            PersonaMenu(console: console).card(persona, seed: seed)
            console.line("")
        }
        let session = PracticeSession(
            console: format == "json" ? Console.silent(like: console) : console, input: input,
            conversation: Conversation(persona: persona, seed: seed, trainee: trainee),
            showMeter: showMeter, store: TranscriptStore(folder: out), clock: clock)
        let (transcript, saved) = session.run()
        if session.endedWithoutReply { return saidNothing() }
        if let scriptInput = input as? ScriptLineSource, scriptInput.remaining > 0 {
            console.error("note: the conversation ended with \(scriptInput.remaining) script line(s) unused")
        }
        if format == "json" {
            console.line(transcript.jsonValue().serialized(pretty: true))
        } else {
            renderCard(transcript, saved: saved, persona: persona)
        }
        // Stopped by a signal: the session is saved and the card shown; end as the sender expects.
        SessionSignals.endIfSignalled()
        return saved == nil ? .failure : .success
    }

    /// A session quit before the first reply: said so, nothing saved, not a failure.
    func saidNothing() -> ExitCode {
        let note = "No reply given; nothing saved."
        if format == "json" { console.error(note) } else { console.line(console.styled(note, .dim)) }
        SessionSignals.endIfSignalled()
        return .success
    }

    func renderCard(_ transcript: Transcript, saved: TranscriptStore.Saved?, persona: Persona) {
        guard let grade = transcript.grade else { return }
        console.line("")
        let columns = CardWrap.columns(for: console)
        for line in GradeCard(grade: grade, outcome: transcript.outcome).lines() {
            switch line.role {
            case .title, .heading: console.line(console.styled(line.text, .bold))
            case .step(let score): console.line(console.styled(line.text, score >= 60 ? .green : score >= 30 ? .yellow : .red))
            case .total(let passed): console.line(console.styled(line.text, passed ? .boldGreen : .boldRed))
            case .failure: for part in CardWrap.lines(line.text, columns: columns) { console.line(console.styled(part, .boldRed)) }
            case .feedback, .plain: for part in CardWrap.lines(line.text, columns: columns) { console.line(part) }
            }
        }
        renderModelReplies(transcript, grade: grade, persona: persona, saved: saved)
        if let saved {
            console.line("")
            console.message("Saved: \(PersonaFolder.displayPath(saved.json))")
            console.message("       \(PersonaFolder.displayPath(saved.markdown))")
            // Spelled for how this program was started (`swift run deescalate` from a clone), so it runs as shown.
            let (json, folder) = (PersonaFolder.displayPath(saved.json), PersonaFolder.displayPath(saved.json.deletingLastPathComponent()))
            console.message("Report: \(Invocation.command()) report \(Invocation.shellQuoted(json)) --format html --out \(Invocation.shellQuoted(folder))")
        }
    }

    private func recoverJournals(in folder: URL, personas: [Persona], clock: SessionClock) {
        for result in JournalRecovery(folder: folder, personas: personas, clock: clock).recoverAll() {
            switch result {
            case .recovered(_, let saved, let lines):
                console.error("Recovered an unfinished session (\(lines) turn\(lines == 1 ? "" : "s")) as abandoned: \(PersonaFolder.displayPath(saved.json))")
            case .failed(let journal, let reason):
                console.error("warning: could not recover \(PersonaFolder.displayPath(journal)): \(reason)")
            case .alreadySaved, .inUse, .noReply:
                // Saved before its process died (only the journal was left), or running elsewhere.
                break
            }
        }
    }

    private func choosePersona(_ personas: [Persona], input: LineSource) -> Persona? {
        if let personaID {
            if let persona = personas.first(where: { $0.id == personaID }) { return persona }
            let suggestion = SpellingSuggestion.closest(to: personaID, among: personas.map(\.id))
            console.error("error: no persona '\(personaID)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
            console.error("Available: \(personas.map(\.id).joined(separator: ", "))")
            return nil
        }
        guard input.isInteractive else { return personas[0] }
        PersonaMenu(console: console).list(personas)
        while true {
            switch input.readAnswer(prompt: "Number (Enter for 1): ") {
            case .endOfInput, .interrupted:
                console.error("No persona chosen.")
                return nil
            case .line(let answer):
                let trimmed = answer.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { return personas[0] }
                if let number = Int(trimmed), (1...personas.count).contains(number) { return personas[number - 1] }
                if let persona = personas.first(where: { $0.id == trimmed }) { return persona }
                console.line("Please type a number from 1 to \(personas.count).")
            }
        }
    }

    /// The trainee's name: --name, else asked when a person is at the terminal (Enter takes the
    /// account's user name), else the account's user name. Nil when the trainee quits at the question.
    private func askName(input: LineSource) -> String? {
        guard !nameGiven, script == nil, input.isInteractive, console.inputIsTerminal else { return trainee }
        let offer = Conversation.isName(trainee) ? " (Enter for \(SafeText.sanitized(trainee)))" : ""
        switch input.readAnswer(prompt: "Your name\(offer): ") {
        case .endOfInput, .interrupted:
            console.error("No session started.")
            return nil
        case .line(let answer):
            let typed = answer.trimmingCharacters(in: .whitespaces)
            return typed.isEmpty ? trainee : typed
        }
    }

    /// The script's text: a file, a FIFO (`--script <(…)`), a character device (`/dev/null`) or
    /// standard input, up to 16 MB, so a stream such as /dev/zero stops at the limit instead of
    /// filling memory.
    private static func readScript(_ path: String) throws(StorageError) -> String {
        if path == "-" { return String(decoding: try RegularFileReader.readStream(STDIN_FILENO, name: "<stdin>"), as: UTF8.self) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StorageError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        // A FIFO (`<(…)`) or a character device (/dev/null) is read as a stream, bounded like one.
        if fstat(descriptor, &info) == 0, ![S_IFIFO, S_IFCHR].contains(info.st_mode & S_IFMT),
           let refusal = RegularFileReader.refusal(mode: info.st_mode) {
            throw StorageError(path: path, reason: refusal)
        }
        return String(decoding: try RegularFileReader.readStream(descriptor, name: path), as: UTF8.self)
    }
}
