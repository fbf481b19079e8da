extension KeyDecoder {
    /// A decoded key press (or pasted text).
    enum Event: Equatable {
        /// Printable text to insert (may hold many characters from a paste;
        /// line breaks inside a bracketed paste arrive here as single spaces).
        case insert(String)
        /// Enter / Return (CR or LF) typed outside a paste.
        case enter
        /// Backspace (0x7F or 0x08).
        case backspace
        /// Delete key (`ESC [ 3 ~`).
        case delete
        /// Cursor left (arrow, Ctrl-B).
        case left
        /// Cursor right (arrow, Ctrl-F).
        case right
        /// Alt-B, Ctrl/Alt-Left: back to the start of a word.
        case wordLeft
        /// Alt-F, Ctrl/Alt-Right: forward to the end of a word.
        case wordRight
        /// Home, Ctrl-A.
        case home
        /// End, Ctrl-E.
        case end
        /// Up arrow, Ctrl-P: older history.
        case up
        /// Down arrow, Ctrl-N: newer history.
        case down
        /// Ctrl-K: kill to end of line.
        case killToEnd
        /// Ctrl-U: kill to start of line.
        case killToStart
        /// Ctrl-W: kill the whitespace-delimited word before the cursor.
        case deleteWordBackward
        /// Alt-D: kill to the end of the word after the cursor.
        case killWordForward
        /// Alt-Backspace: kill to the start of the word before the cursor.
        case killWordBackward
        /// Ctrl-Y: insert the last killed text.
        case yank
        /// Tab (outside a paste): complete a `/` command.
        case tab
        /// Ctrl-R: incremental reverse history search.
        case reverseSearch
        /// Ctrl-G: abort (cancels a history search).
        case cancel
        /// A lone Esc key press (cancels a history search).
        case escape
        /// Ctrl-C.
        case interrupt
        /// Ctrl-D (end of input on an empty line, delete otherwise).
        case endOfFile
        /// Ctrl-L: clear screen and redraw.
        case clearScreen
    }
}

extension KeyDecoder {
    /// The key a complete CSI or SS3 sequence stands for (`ESC [ 1 ; 5 D` is Ctrl-Left), or `nil`
    /// for the many sequences the editor has no use for.
    static func keyEvent(final: UInt8, params: String) -> Event? {
        let fields = params.split(separator: ";")
        let modifier = fields.count > 1 ? Int(fields[1]) ?? 1 : 1
        // xterm modifier codes: 3 = Alt, 5 = Ctrl (plus Shift variants 4, 6).
        let wordwise = modifier >= 3
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return wordwise ? .wordRight : .right
        case UInt8(ascii: "D"): return wordwise ? .wordLeft : .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "~"):
            switch fields.first {
            case "1", "7": return .home
            case "4", "8": return .end
            case "3": return .delete
            default: return nil
            }
        default: return nil
        }
    }
}
