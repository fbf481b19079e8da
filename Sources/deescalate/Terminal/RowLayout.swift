/// Where a prompt and a line fall on terminal rows of a given width.
///
/// Clusters are never split: one that does not fit on the rest of a row
/// starts the next row, as terminals do with wide characters.
struct RowLayout {
    /// One row's printable text (prompt escapes included) and its width in cells.
    struct Row {
        /// What to print for the row.
        var text = ""
        /// Cells it covers.
        var width = 0
    }

    /// Where the cursor is.
    struct Cursor {
        /// Row index.
        var row = 0
        /// Column on that row.
        var column = 0
        /// The row's text before the cursor: printed after CR, it leaves the
        /// terminal's cursor exactly there.
        var prefix = ""
    }

    /// The rows, first to last; never empty.
    private(set) var rows: [Row] = [Row()]
    /// The cursor's place.
    private(set) var cursor = Cursor()

    /// Lays out `display` on rows of `rowWidth` cells.
    init(_ display: EditSession.Display, rowWidth: Int) {
        for cell in DisplayWidth.promptCells(display.prompt) {
            place(cell, rowWidth: rowWidth)
        }
        for (index, character) in display.text.enumerated() {
            let cell = Self.cell(character)
            if index == display.cursor {
                // The cursor sits where this cluster goes, which may be the next row.
                if cell.width > 0, rows[rows.count - 1].width + cell.width > rowWidth, rows[rows.count - 1].width > 0 {
                    rows.append(Row())
                }
                markCursor()
            }
            place(cell, rowWidth: rowWidth)
        }
        if display.cursor >= display.text.count { markCursor() }
    }

    private mutating func place(_ cell: (text: String, width: Int), rowWidth: Int) {
        let last = rows.count - 1
        if cell.width > 0, rows[last].width + cell.width > rowWidth, rows[last].width > 0 {
            rows.append(Row(text: cell.text, width: cell.width))
        } else {
            rows[last].text += cell.text
            rows[last].width += cell.width
        }
    }

    private mutating func markCursor() {
        let last = rows.count - 1
        cursor = Cursor(row: last, column: rows[last].width, prefix: rows[last].text)
    }

    /// How a grapheme cluster is drawn and how wide it is. Control
    /// characters (possible in caller-supplied history) are shown as "?" so
    /// they cannot move the terminal cursor behind the editor's back.
    static func cell(_ character: Character) -> (text: String, width: Int) {
        let isControl = character.unicodeScalars.contains {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
        }
        if isControl { return ("?", 1) }
        return (String(character), DisplayWidth.of(character))
    }
}
