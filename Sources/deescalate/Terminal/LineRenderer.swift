/// Draws the edited line over as many terminal rows as it needs, and moves
/// the cursor across rows, as readline does for long input.
///
/// Pure: each call returns the bytes to write, so the drawing is tested by
/// playing them on a model screen. The renderer remembers only where it left
/// the cursor (how many rows below the first drawn row) to find its way back
/// for the next redraw.
///
/// Rows are broken by the renderer itself (CR LF), never by the terminal's
/// autowrap, and each row leaves the last column empty. Autowrap and its
/// "pending wrap" state differ between terminals; a terminal that draws an
/// emoji one cell wider than `DisplayWidth` says still fits in the spare
/// column instead of wrapping behind the editor's back. For the same reason
/// the cursor is placed by reprinting the text before it on its row, so it
/// lands wherever the terminal itself put that text.
///
/// A line taller than the window is shown through a window-high viewport
/// that follows the cursor: rows that scrolled off the top of the screen can
/// no longer be redrawn. A finished line is printed whole, so the submitted
/// reply is complete in the scrollback.
struct LineRenderer {
    /// The terminal's size; `rows` 0 means unknown (no viewport).
    struct Size: Equatable {
        /// Width in cells.
        var columns: Int
        /// Height in rows, or 0 if unknown.
        var rows: Int
    }

    /// Rows from the first drawn row down to the cursor.
    private(set) var cursorRow = 0
    /// The cursor's column on its row at the last draw.
    private var cursorColumn = 0
    /// Widths of the rows drawn last, to work out where a resize moved them.
    private var drawnRowWidths: [Int] = []
    /// Terminal width at the last draw; `nil` before the first.
    private var drawnColumns: Int?
    /// First row of the layout shown when the line is taller than the window.
    private var top = 0

    /// Redraws `display`, leaving the cursor at its place in the line.
    mutating func draw(_ display: EditSession.Display, size: Size) -> String {
        let layout = RowLayout(display, rowWidth: Self.rowWidth(size))
        let height = size.rows > 0 ? size.rows : Int.max
        if layout.rows.count <= height {
            top = 0
        } else {
            top = min(top, layout.cursor.row, layout.rows.count - height)
            top = max(top, layout.cursor.row - height + 1)
        }
        let shown = top..<min(layout.rows.count, top &+ height)
        var out = returnToStart(size: size) + Self.rows(shown.map { layout.rows[$0].text })
        let cursorRowShown = layout.cursor.row - top
        if display.cursor < display.text.count {
            out += Self.up(shown.count - 1 - cursorRowShown) + "\r" + layout.cursor.prefix
        }
        cursorRow = cursorRowShown
        cursorColumn = layout.cursor.column
        drawnRowWidths = shown.map { layout.rows[$0].width }
        drawnColumns = size.columns
        return out
    }

    /// Draws `display` in full with the cursor after it, writes `suffix`
    /// (a line break, or "^C" and a line break), and forgets the line: the
    /// next draw starts on the row the suffix left the cursor on.
    mutating func finish(_ display: EditSession.Display, size: Size, suffix: String) -> String {
        let layout = RowLayout(display, rowWidth: Self.rowWidth(size))
        let out = returnToStart(size: size) + Self.rows(layout.rows.map(\.text)) + suffix
        reset()
        return out
    }

    /// Clears the screen and draws `display` at the top (Ctrl-L).
    mutating func clearScreen(_ display: EditSession.Display, size: Size) -> String {
        reset()
        return "\u{1B}[H\u{1B}[2J" + draw(display, size: size)
    }

    /// Forgets what was drawn: the next draw starts on the cursor's row.
    mutating func reset() {
        cursorRow = 0
        cursorColumn = 0
        drawnRowWidths = []
        drawnColumns = nil
        top = 0
    }

    /// Cells available on a row: all but the last column (see the type's comment).
    static func rowWidth(_ size: Size) -> Int {
        max(size.columns - 1, 1)
    }

    /// Moves from the cursor to the start of the first drawn row.
    private mutating func returnToStart(size: Size) -> String {
        if let drawn = drawnColumns, drawn != size.columns {
            cursorRow = rowAfterResize(columns: size.columns)
        }
        return Self.up(cursorRow) + "\r"
    }

    /// Rows printed over the old ones: each row's leftovers erased to its end, and everything
    /// below the last erased (so a shorter line leaves no stale rows). Erasing below only from
    /// after the text matters: an erase from the top-left corner counts as clearing the whole
    /// screen, which tmux (scroll-on-clear) copies into the scrollback at every keystroke.
    private static func rows(_ texts: [String]) -> String {
        texts.joined(separator: "\u{1B}[K\r\n") + "\u{1B}[J"
    }

    /// Where the cursor's row ended up after the window changed width.
    /// Terminals that reflow (tmux, VTE, kitty, iTerm2, Windows Terminal)
    /// re-wrap each drawn row that is now too wide onto several rows, and
    /// never join rows the renderer broke itself; on a wider window nothing
    /// moves. (xterm truncates instead of reflowing; there a shrink moves the
    /// estimate too far up and a few rows above the line are redrawn over.)
    private func rowAfterResize(columns: Int) -> Int {
        guard columns > 0 else { return cursorRow }
        var row = 0
        for width in drawnRowWidths.prefix(cursorRow) {
            row += max(1, (width + columns - 1) / columns)
        }
        return row + cursorColumn / columns
    }

    private static func up(_ rows: Int) -> String {
        rows > 0 ? "\u{1B}[\(rows)A" : ""
    }
}
