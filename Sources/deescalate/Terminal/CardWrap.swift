#if canImport(Glibc)
import Glibc
#endif

/// Card prose (the grade card's feedback, the model replies) fitted to the window: a line wider
/// than the terminal breaks at spaces, its later lines indented under its text — past its leading
/// spaces and a "• " bullet — so a feedback item reads as a paragraph instead of breaking mid-word
/// at the window's edge. Off a terminal (a file, a pipe) every line is left whole.
enum CardWrap {
    /// `text` as the lines to print on a window `columns` wide, or unchanged when `columns` is nil.
    static func lines(_ text: String, columns: Int?) -> [String] {
        guard let columns, DisplayWidth.of(text) > columns - 1 else { return [text] }
        let width = columns - 1
        let lead = text.prefix { $0 == " " }.count
        let body = text.dropFirst(lead)
        let hang = lead + (body.hasPrefix("• ") ? 2 : 0)
        // A window narrower than the indent still gets a few cells of text a line.
        return TextWrap.lines(String(body), width: max(width - hang, 8), firstWidth: max(width - lead, 8))
            .enumerated().map { String(repeating: " ", count: $0.offset == 0 ? lead : hang) + $0.element }
    }

    /// The window's width when `console` prints to a terminal, asked each time so a resize is followed.
    static func columns(for console: Console) -> Int? {
        console.outputIsTerminal ? TerminalSize.of(fd: STDOUT_FILENO)?.columns : nil
    }
}
