import DeescalateKit
import Foundation

/// `practice --retry TRANSCRIPT --turn N`: the saved session replayed up to reply N, then handed over.
extension PracticeCommand {
    /// Runs a retry of the session in `path` at reply `turn`, reading the trainee's own replies from `input`.
    func runRetry(_ path: String, turn: Int, personas: [Persona], input: LineSource, out: URL, clock: SessionClock) -> ExitCode {
        let parent: Transcript
        switch Self.readParent(path) {
        case .success(let transcript): parent = transcript
        case .failure(let failure):
            console.error(failure.message)
            return .failure
        }
        let retry: SessionRetry
        do {
            retry = try SessionRetry(parent: parent, file: path, turn: turn, personas: personas)
        } catch {
            console.error("error: \(error.localizedDescription)")
            return .failure
        }
        if let line = retry.replayedLines.first(where: { ReplayLineSource.typedForm(of: $0) == nil }) {
            console.error("error: \(path): the reply \"\(SafeText.truncated(line, to: 40))\" reads as a command when typed, so the session cannot be replayed")
            return .failure
        }
        if let turnNumber = retry.reannotatedFrom {
            console.error("note: \(path) was recorded by an older build: from turn \(turnNumber) on, the replay says the same and moves the frustration alike, but this build reads the moves or words the reasons differently; the new transcript records this build's")
        }
        let branch = BranchPoint(parent: Self.parentReference(path, out: out), turn: turn, parentStartedAt: parent.startedAt)
        let persona = retry.persona
        let quiet = format == "json"
        if !quiet {
            let replayed = turn == 1 ? "from your first reply" : turn == 2 ? "your reply 1 replayed as you said it"
                : "your replies 1–\(turn - 1) replayed as you said them"
            console.line(console.styled("Retrying \(SafeText.sanitized(PersonaFolder.displayPath(URL(fileURLWithPath: path)))) at reply \(turn)", .bold)
                + console.styled("  (\(persona.name), seed \(retry.parent.seed ?? 0); \(replayed))", .dim))
            console.line("")
        }
        let note = retry.previousReply.map { "— reply \(turn) is yours now. Last time you said: \"\(SafeText.truncated(SafeText.sanitized($0), to: 120))\"" }
            ?? "— reply \(turn) is yours now (the session ended before it last time)."
        let source = ReplayLineSource(replayed: retry.replayedLines, then: input, console: quiet ? Console.silent(like: console) : console,
                                      echo: script == nil, handOverNote: note)
        let session = PracticeSession(
            console: quiet ? Console.silent(like: console) : console, input: source,
            conversation: retry.conversation(branch: branch),
            showMeter: showMeter, store: TranscriptStore(folder: out), clock: clock)
        let (transcript, saved) = session.run()
        if session.endedWithoutReply { return saidNothing() }
        if let scriptInput = input as? ScriptLineSource, scriptInput.remaining > 0 {
            console.error("note: the conversation ended with \(scriptInput.remaining) script line(s) unused")
        }
        if quiet {
            console.line(transcript.jsonValue().serialized(pretty: true))
        } else {
            renderCard(transcript, saved: saved, persona: persona)
        }
        // Stopped by a signal: saved and shown as a first try is; end as the sender expects.
        SessionSignals.endIfSignalled()
        return saved == nil ? .failure : .success
    }

    /// The parent transcript, or the message saying why it cannot be read. A plain-text chat log is
    /// read as one, so the refusal says what it is rather than "not valid JSON".
    private static func readParent(_ path: String) -> Result<Transcript, RetryReadFailure> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return .failure(RetryReadFailure("error: \(path): no such file (give a transcript saved by 'practice', a .json file)"))
        }
        guard !isFolder.boolValue else { return .failure(RetryReadFailure("error: \(path): is a folder; give one transcript (.json)")) }
        let data: Data
        switch RegularFile.contents(path) {
        case .success(let read): data = read
        case .failure(let refusal): return .failure(RetryReadFailure("error: \(path): \(refusal.reason)"))
        }
        do {
            // As `grade` reads files: a .json (or anything opening with '{') is a transcript, anything
            // else a chat log, so a chat log is refused as one rather than as bad JSON.
            return .success(try GradeItem.parseFile(Array(data), path: path))
        } catch {
            return .failure(RetryReadFailure(error.formatted))
        }
    }

    private struct RetryReadFailure: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// How the new transcript names its parent: the file name when both sit in the same folder (the
    /// pair can move together), else the parent's absolute path.
    static func parentReference(_ path: String, out: URL) -> String {
        let parent = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
        let folder = out.standardizedFileURL.resolvingSymlinksInPath()
        if parent.deletingLastPathComponent().path == folder.path { return parent.lastPathComponent }
        return parent.path
    }
}

extension PracticeCommand {
    /// --retry needs --turn, and takes the persona, seed and name from the transcript.
    static func checkRetryOptions(_ arguments: ParsedArguments) throws(UsageError) {
        let name = spec.name
        guard arguments.value("retry") != nil else {
            if arguments.value("turn") != nil { throw UsageError(message: "'--turn' goes with --retry TRANSCRIPT", command: name) }
            return
        }
        guard arguments.value("turn") != nil else {
            throw UsageError(message: "'--retry' needs --turn N: the reply to try again (1 = your first reply)", command: name)
        }
        for option in ["persona", "seed", "name"] where arguments.value(option) != nil {
            throw UsageError(message: "'--\(option)' cannot be combined with --retry: the retry uses the saved session's", command: name)
        }
    }
}

extension PracticeCommand {
    /// The author's model replies for the moments that mattered most (first harm, first missed
    /// step), with the command that tries each moment again.
    func renderModelReplies(_ transcript: Transcript, grade: Grade, persona: Persona, saved: TranscriptStore.Saved?) {
        let moments = ModelReplyPicker(persona: persona).moments(for: transcript, grade: grade)
        // Spelled for how this program was started, like the card's Report line, so it runs as shown.
        let retry = saved.map { "\(Invocation.command()) practice --retry \(Invocation.shellQuoted(PersonaFolder.displayPath($0.json)))" }
        let lines = ModelReplyCard(moments: moments, customer: persona.name, retryCommand: retry).lines()
        guard !lines.isEmpty else { return }
        console.line("")
        // Prose wraps to the window; the retry command stays one line, so it can be copied whole.
        let columns = CardWrap.columns(for: console)
        for line in lines {
            switch line.role {
            case .heading: console.line(console.styled(line.text, .bold))
            case .moment: for part in CardWrap.lines(line.text, columns: columns) { console.line(console.styled(part, .yellow)) }
            case .model: for part in CardWrap.lines(line.text, columns: columns) { console.line(console.styled(part, .green)) }
            case .command: console.line(console.styled(line.text, .dim))
            case .said: for part in CardWrap.lines(line.text, columns: columns) { console.line(part) }
            }
        }
    }
}
