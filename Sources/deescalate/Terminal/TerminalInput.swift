import DeescalateKit
import Foundation

/// Chooses how to read the trainee's lines: the line editor on a terminal (readline-style editing,
/// history kept between sessions), plain line reading otherwise.
enum TerminalInput {
    /// The REPL's `/` commands, for Tab completion. `PracticeSession` handles them and its `/help`
    /// lists them; a test keeps the three in step.
    static let commands = ["/help", "/hint", "/meter", "/transcript", "/end", "/quit"]

    static func make(console: Console, environment: [String: String]) -> LineSource {
        if console.inputIsTerminal, console.outputIsTerminal {
            return EditedLineSource(editor: LineEditor(), console: console,
                                    historyFile: HistoryFile.defaultLocation(environment: environment).map(HistoryFile.init))
        }
        return PlainLineSource(console: console, showPrompts: console.outputIsTerminal)
    }
}

/// Lines from the terminal line editor. Replies (and commands) typed at the session's prompt go
/// into the history, which is loaded from and saved to `historyFile`; answers to questions such as
/// the persona menu do not.
final class EditedLineSource: LineSource {
    private let editor: LineEditor
    private let console: Console
    private let historyFile: HistoryFile?
    /// Set after the first failed save, so a read-only home warns once, not every turn.
    private var saveFailed = false

    init(editor: LineEditor, console: Console, historyFile: HistoryFile?) {
        self.editor = editor
        self.console = console
        self.historyFile = historyFile
        if let historyFile {
            let loaded = historyFile.load()
            editor.history = loaded.entries
            if let problem = loaded.problem { console.error("note: history: \(problem)") }
        }
    }

    var isInteractive: Bool { true }

    func readLine(prompt: String) -> LineReadResult {
        let result = editor.readLine(prompt: prompt, commands: TerminalInput.commands)
        if case .line(let line) = result, let historyFile, !saveFailed {
            do {
                try historyFile.append([line])
            } catch {
                saveFailed = true
                console.error("note: history is not saved: \(error.localizedDescription)")
            }
        }
        return result
    }

    func readAnswer(prompt: String) -> LineReadResult {
        editor.readLine(prompt: prompt, remember: false)
    }
}
