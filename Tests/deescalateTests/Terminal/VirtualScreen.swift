@testable import deescalate

/// A small model of a terminal screen, enough to play the line editor's output and see what a
/// person would: printable clusters (with `DisplayWidth` widths), CR, LF, BEL, and the CSI
/// sequences the editor uses (cursor up/down/forward, erase line, erase below, home, clear).
/// Autowrap follows xterm: writing into the last column leaves the cursor there with a wrap
/// pending, and the next printable cluster starts the next row. Rows scrolled above the
/// window's `height` stay in `lines` (the scrollback) but the cursor cannot go back up to them.
struct VirtualScreen {
    let columns: Int
    let height: Int
    /// Every row, scrollback included; each cell holds a cluster, "" for the right half of a wide
    /// one, `nil` where nothing was written (so a written space differs from an empty cell).
    private(set) var grid: [[String?]]
    private(set) var row = 0
    private(set) var column = 0
    private var wrapPending = false

    init(columns: Int, height: Int = 1000) {
        self.columns = columns
        self.height = height
        grid = [Self.blank(columns)]
    }

    /// The rows as text up to their last written cell (written spaces kept), trailing empty rows dropped.
    var lines: [String] {
        var rows = grid.map { cells -> String in
            let used = (cells.lastIndex { $0 != nil } ?? -1) + 1
            return cells[..<used].map { $0 ?? " " }.joined()
        }
        while rows.count > 1, rows.last == "" { rows.removeLast() }
        return rows
    }

    private static func blank(_ columns: Int) -> [String?] {
        Array(repeating: nil, count: columns)
    }

    /// Index of the first row the cursor can still reach.
    private var top: Int { max(0, grid.count - height) }

    mutating func play(_ output: String) {
        var characters = Array(output)[...]
        while let character = characters.popFirst() {
            switch character {
            case "\r": column = 0; wrapPending = false
            case "\n": lineFeed()
            case "\r\n": column = 0; wrapPending = false; lineFeed()
            case "\u{07}": break
            case "\u{1B}": escape(&characters)
            default: put(character)
            }
        }
    }

    private mutating func lineFeed() {
        wrapPending = false
        row += 1
        if row == grid.count { grid.append(Self.blank(columns)) }
    }

    private mutating func put(_ character: Character) {
        let width = DisplayWidth.of(character)
        guard width > 0 else {
            // Zero-width clusters join the previous cell.
            if column > 0 { grid[row][column - 1] = (grid[row][column - 1] ?? "") + String(character) }
            return
        }
        if wrapPending || column + width > columns {
            column = 0
            lineFeed()
        }
        grid[row][column] = String(character)
        if width == 2, column + 1 < columns { grid[row][column + 1] = "" }
        if column + width >= columns {
            column = columns - 1
            wrapPending = true
        } else {
            column += width
        }
    }

    private mutating func escape(_ characters: inout ArraySlice<Character>) {
        guard characters.popFirst() == "[" else { return }
        var parameters = ""
        while let next = characters.popFirst() {
            guard let ascii = next.asciiValue, (0x40...0x7E).contains(ascii) else {
                parameters.append(next)
                continue
            }
            let count = max(Int(parameters) ?? 1, 1)
            wrapPending = false
            switch next {
            case "A": row = max(top, row - count)
            case "B": row = min(grid.count - 1, row + count)
            case "C": column = min(columns - 1, column + count)
            case "K": for c in column..<columns { grid[row][c] = nil }
            case "J":
                if parameters == "2" {
                    for r in top..<grid.count { grid[r] = Self.blank(columns) }
                } else {
                    for c in column..<columns { grid[row][c] = nil }
                    for r in (row + 1)..<grid.count { grid[r] = Self.blank(columns) }
                }
            case "H": row = top; column = 0
            default: break
            }
            return
        }
    }

    /// Changes the width the way reflowing terminals (tmux, VTE) do when a window narrows: a row
    /// longer than the new width continues on the rows below it, and the cursor moves with its cell.
    mutating func narrow(to newColumns: Int) -> VirtualScreen {
        var screen = VirtualScreen(columns: newColumns, height: height)
        screen.grid = []
        for (index, cells) in grid.enumerated() {
            var used = cells.count
            while used > 0, cells[used - 1] == nil { used -= 1 }
            if index == row { used = max(used, column + 1) }
            let chunks = stride(from: 0, to: max(used, 1), by: newColumns).map { start in
                Array(cells[start..<min(start + newColumns, used)])
                    + Self.blank(newColumns - (min(start + newColumns, used) - start))
            }
            if index == row {
                screen.row = screen.grid.count + column / newColumns
                screen.column = column % newColumns
            }
            screen.grid += chunks.isEmpty ? [Self.blank(newColumns)] : chunks
        }
        return screen
    }
}
