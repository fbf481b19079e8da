import DeescalateKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One practice session in the terminal (or from a script): reads lines, handles slash commands,
/// journals every turn, and at the end grades and saves the transcript.
final class PracticeSession {
    private let console: Console
    private let input: LineSource
    private var conversation: Conversation
    private var renderer: EventRenderer
    private let store: TranscriptStore
    private let clock: SessionClock
    private let startedAt: String
    private var journal: SessionJournal?
    /// Lines typed during the session, for the terminal's history (up arrow).
    private(set) var traineeLines: [String] = []
    /// True when the session ended before the trainee replied: there is nothing to grade, so
    /// nothing was saved (and the journal was removed).
    private(set) var endedWithoutReply = false

    init(console: Console, input: LineSource, conversation: Conversation, showMeter: Bool, store: TranscriptStore,
         clock: SessionClock) {
        self.console = console
        self.input = input
        self.conversation = conversation
        renderer = EventRenderer(console: console, persona: conversation.persona, showMeter: showMeter)
        self.store = store
        self.clock = clock
        startedAt = clock.timestamp()
    }

    /// Runs the session to its end and returns the saved transcript (nil if saving failed).
    func run() -> (Transcript, TranscriptStore.Saved?) {
        let persona = conversation.persona
        let base = FileNaming.sessionBaseName(startedAt: startedAt, personaID: persona.id, trainee: conversation.trainee)
        do {
            journal = try SessionJournal(in: store.folder, baseName: base, header: .init(
                personaID: persona.id, personaVersion: persona.version, seed: conversation.seed,
                trainee: conversation.trainee, startedAt: startedAt, branch: conversation.branch))
        } catch {
            console.error("warning: cannot journal this session (\(error.localizedDescription)); it is saved only when it ends normally")
        }
        SessionSignals.install()
        renderer.render(conversation.start(), frustration: conversation.state.frustration)

        loop: while !conversation.state.isEnded {
            // A signal ends the session before the next read, or during it (the read then returns
            // end of input, or a half-typed line, which is dropped as Ctrl-C drops it).
            if let signal = SessionSignals.received { endOnSignal(signal); break loop }
            let read = input.readLine(prompt: console.styled("you> ", .cyan))
            if let signal = SessionSignals.received { endOnSignal(signal); break loop }
            switch read {
            case .endOfInput where !input.isInteractive:
                // A script that runs out is finished like /end: resolved if the customer is calm and agreed.
                _ = conversation.finish()
                break loop
            case .interrupted, .endOfInput:
                let closing = conversation.state.phase == .closing
                if hasReplied {
                    console.line(console.styled(closing ? "Session closed; saving it as resolved." : "Session ended early; saving it as abandoned.", .dim))
                }
                _ = conversation.abandon()
                break loop
            case .line(let typed):
                if handleCommand(typed) { continue }
                let line = typed.hasPrefix("//") ? String(typed.dropFirst()) : typed
                traineeLines.append(line)
                do { try journal?.record(line: line) } catch {
                    console.error("warning: the journal could not record this turn: \(error.localizedDescription)")
                }
                renderer.render(conversation.submit(line), frustration: conversation.state.frustration)
                if conversation.state.phase == .closing, input.isInteractive {
                    console.line(console.styled("(\(conversation.persona.name) is satisfied. Close the conversation with a last word, or /end.)", .green))
                }
            }
        }
        return finish()
    }

    /// Ends the session as abandoned because `signal` asked the process to stop.
    private func endOnSignal(_ signal: Int32) {
        let name = signal == SIGHUP ? "hang-up" : signal == SIGINT ? "interrupt" : "termination"
        console.line("")
        console.line(console.styled("Stopped by a \(name) signal" + (hasReplied ? "; saving the session as abandoned." : "."), .dim))
        _ = conversation.abandon()
    }

    /// Handles `/help`, `/hint`, `/meter`, `/transcript`, `/end`, `/quit`; false for ordinary lines.
    private func handleCommand(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("/"), !trimmed.hasPrefix("//") else { return false }
        switch trimmed.lowercased() {
        case "/help":
            console.line("""
              /hint        which LAST step is missing
              /meter       show or hide the frustration meter
              /transcript  the conversation so far
              /end         finish now and get your grade
              /quit        stop and save the session as abandoned (so do Ctrl-C and Ctrl-D at an empty prompt)
            """)
        case "/hint":
            console.line(console.styled("hint: ", .magenta) + Coach.hint(for: conversation))
        case "/meter":
            renderer.showMeter.toggle()
            console.line(renderer.showMeter ? renderer.meterText(conversation.state.frustration) : "  (meter hidden)")
        case "/transcript":
            for (index, turn) in conversation.turns.enumerated() {
                let who = turn.speaker == .customer ? conversation.persona.name : conversation.trainee
                console.line("  \(index + 1). \(SafeText.sanitized(who)): \(SafeText.sanitized(turn.text))")
            }
        case "/end":
            _ = conversation.finish()
        case "/quit", "/exit":
            _ = conversation.abandon()
        default:
            console.line("Unknown command \(SafeText.sanitized(trimmed)). Type /help for the list; to say something starting with '/', start it with '//'.")
        }
        return true
    }

    /// Whether the trainee has said anything yet (a replayed line of a retry counts).
    private var hasReplied: Bool { conversation.turns.contains { $0.speaker == .trainee } }

    private func finish() -> (Transcript, TranscriptStore.Saved?) {
        var transcript = conversation.transcript(startedAt: startedAt, endedAt: clock.timestamp())
        // Quit at the first prompt: a grade of 0 for nothing said would only clutter the trainee's
        // sessions and progress, so nothing is saved, and the journal (header only) goes too.
        guard hasReplied else {
            journal?.discard()
            endedWithoutReply = true
            return (transcript, nil)
        }
        transcript.grade = Scorer().grade(transcript)
        do {
            // A journalled session saves under the name its journal reserved, so recovery can see it
            // was saved if this process dies before the journal is removed.
            var saved: TranscriptStore.Saved
            do {
                saved = try journal.map { try store.save(transcript, named: $0.name) } ?? store.save(transcript)
            } catch let error as StorageError where error.reason == AtomicFile.alreadyExists {
                // Someone put a file under the reserved name meanwhile: save under a free one instead.
                saved = try store.save(transcript)
            }
            journal?.discard()
            return (transcript, saved)
        } catch {
            console.error("error: could not save the transcript: \(error.localizedDescription)")
            if let journal { console.error("Your turns are kept in \(journal.url.path) and will be recovered at the next start.") }
            return (transcript, nil)
        }
    }
}
