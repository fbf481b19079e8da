/// Chooses how to read the trainee's lines: the line editor on a terminal (arrows, history,
/// whole-character backspace), plain line reading otherwise.
enum TerminalInput {
    static func make(console: Console) -> LineSource {
        if console.inputIsTerminal, console.outputIsTerminal {
            return EditedLineSource(editor: LineEditor())
        }
        return PlainLineSource(console: console, showPrompts: console.outputIsTerminal)
    }
}

/// Lines from the terminal line editor; up/down recall the trainee's earlier replies.
final class EditedLineSource: LineSource {
    private let editor: LineEditor

    init(editor: LineEditor) {
        self.editor = editor
    }

    var isInteractive: Bool { true }

    func readLine(prompt: String) -> LineReadResult {
        editor.readLine(prompt: prompt)
    }
}
