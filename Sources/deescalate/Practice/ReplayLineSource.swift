import DeescalateKit

/// The trainee lines of a retried session: first the parent's replies before the retried one,
/// exactly as they were said, then whatever the trainee types (or the script holds) from the
/// retried reply on. At the hand-over it says which reply is the trainee's and what they said there
/// last time, so they can try something else.
final class ReplayLineSource: LineSource {
    private let replayed: [String]
    private var position = 0
    private let then: LineSource
    private let console: Console
    /// Whether replayed replies are echoed after the prompt, as if typed (on a terminal session).
    private let echo: Bool
    private let handOverNote: String?
    private var handedOver = false

    /// Replays `replayed` (lines as recorded in a transcript), then reads from `then`.
    init(replayed: [String], then: LineSource, console: Console, echo: Bool, handOverNote: String?) {
        self.replayed = replayed
        self.then = then
        self.console = console
        self.echo = echo
        self.handOverNote = handOverNote
    }

    var isInteractive: Bool { then.isInteractive }

    func readLine(prompt: String) -> LineReadResult {
        if position < replayed.count {
            let line = replayed[position]
            position += 1
            if echo { console.line(prompt + console.styled(SafeText.sanitized(line), .dim)) }
            return .line(Self.typedForm(of: line) ?? line)
        }
        if !handedOver {
            handedOver = true
            if let handOverNote { console.line(console.styled(handOverNote, .magenta)) }
        }
        return then.readLine(prompt: prompt)
    }

    /// What to type so the session records `line` as the reply: a reply starting with '/' was typed
    /// with a second '/' (the escape from commands). Nil when no typing records it (a reply whose
    /// first non-blank character is a single '/' after blanks reads as a command).
    static func typedForm(of line: String) -> String? {
        if line.hasPrefix("/") { return "/" + line }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("/"), !trimmed.hasPrefix("//") { return nil }
        return line
    }
}
