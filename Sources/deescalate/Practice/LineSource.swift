import DeescalateKit

/// Where trainee lines come from: the terminal line editor, plain standard input, or a script.
protocol LineSource: AnyObject {
    /// The next line; `.interrupted` for Ctrl-C at an empty prompt, `.endOfInput` for Ctrl-D or the end of the input.
    func readLine(prompt: String) -> LineReadResult
    /// A short answer to a question (the persona menu): like `readLine`, but kept out of the
    /// history of replies that Up and Ctrl-R recall.
    func readAnswer(prompt: String) -> LineReadResult
    /// Whether prompts and menus are shown (false for scripts).
    var isInteractive: Bool { get }
}

extension LineSource {
    /// Sources without a history read answers as lines.
    func readAnswer(prompt: String) -> LineReadResult { readLine(prompt: prompt) }
}

/// Lines from a script file or piped text, without prompts. A line starting with `#` is a comment
/// (scripts document what they test); every other line, blank ones included, is a trainee reply.
final class ScriptLineSource: LineSource {
    private var lines: [String]
    private var position = 0

    init(text: String) {
        lines = TraineeScript.replies(in: text)
    }

    var isInteractive: Bool { false }

    /// Lines not yet read.
    var remaining: Int { lines.count - position }

    func readLine(prompt: String) -> LineReadResult {
        guard position < lines.count else { return .endOfInput }
        defer { position += 1 }
        return .line(lines[position])
    }
}

/// Lines from standard input when it is not a terminal: plain reading, invalid UTF-8 replaced.
/// Reads with `read(2)` through the line editor's plain mode rather than stdio: a signal that ends
/// the session must be able to interrupt the read (stdio's `getline` can spin after one).
final class PlainLineSource: LineSource {
    private let showPrompts: Bool
    private let reader = LineEditor()

    init(console: Console, showPrompts: Bool) {
        self.showPrompts = showPrompts
    }

    var isInteractive: Bool { true }

    func readLine(prompt: String) -> LineReadResult {
        reader.readLine(prompt: showPrompts ? prompt : "")
    }
}
