/// Chooses how to read the trainee's lines: the line editor on a terminal, plain reading otherwise.
enum TerminalInput {
    static func make(console: Console) -> LineSource {
        PlainLineSource(console: console, showPrompts: console.outputIsTerminal)
    }
}
