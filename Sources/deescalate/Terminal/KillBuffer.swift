/// The text removed by the kill keys (Ctrl-K, Ctrl-U, Ctrl-W, Alt-D,
/// Alt-Backspace), which Ctrl-Y puts back.
///
/// As in readline, kills in a row add up to one piece of text: Ctrl-W
/// pressed three times yanks back as the three words, in their original
/// order. Any other key ends the run, and the next kill starts afresh. The
/// buffer outlives a line, so a reply cut from one line can be yanked into
/// the next.
struct KillBuffer: Equatable {
    /// Where a kill removed text relative to the cursor, which decides
    /// whether it joins the run at the front or the back.
    enum Direction {
        /// Text after the cursor (Ctrl-K, Alt-D): appended.
        case forward
        /// Text before the cursor (Ctrl-U, Ctrl-W, Alt-Backspace): prepended.
        case backward
    }

    /// What Ctrl-Y inserts.
    private(set) var text = ""

    /// Records killed text; `continuing` says the previous key was a kill too.
    /// Killing nothing (Ctrl-K at the end of the line) leaves the buffer alone.
    mutating func record(_ killed: String, direction: Direction, continuing: Bool) {
        guard !killed.isEmpty else { return }
        if !continuing {
            text = killed
        } else if direction == .forward {
            text += killed
        } else {
            text = killed + text
        }
    }
}
