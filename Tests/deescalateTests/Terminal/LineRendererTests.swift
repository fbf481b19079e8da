import Testing
@testable import deescalate

/// The drawing of long lines over several rows, played on a model screen: what a person sees
/// after each key, where the cursor is, and what the scrollback keeps.
struct LineRendererTests {
    /// An editing session drawn on a model screen, the way `LineEditor` drives the two.
    struct Harness {
        var session: EditSession
        var renderer = LineRenderer()
        var screen: VirtualScreen
        var size: LineRenderer.Size

        init(columns: Int, height: Int = 0, prompt: String = "you> ", history: [String] = []) {
            session = EditSession(prompt: prompt, history: history)
            size = LineRenderer.Size(columns: columns, rows: height)
            screen = VirtualScreen(columns: columns, height: height > 0 ? height : 1000)
            screen.play("Customer: earlier output\r\n")
            screen.play(renderer.draw(session.display, size: size))
        }

        /// Types `keys`, redrawing after each as the editor does; returns the last outcome.
        @discardableResult
        mutating func type(_ keys: String) -> EditSession.Outcome? {
            var decoder = KeyDecoder()
            decoder.feed(Array(keys.utf8))
            var last: EditSession.Outcome?
            while let event = decoder.nextEvent() {
                last = session.handle(event)
                switch last {
                case .accept:
                    screen.play(renderer.finish(session.finalDisplay, size: size, suffix: "\r\n"))
                case .discardLine:
                    screen.play(renderer.finish(session.finalDisplay, size: size, suffix: "^C\r\n"))
                    session.startFreshLine()
                    screen.play(renderer.draw(session.display, size: size))
                default:
                    screen.play(renderer.draw(session.display, size: size))
                }
            }
            return last
        }

        /// The screen's rows from the prompt's row on.
        var editRows: [String] {
            Array(screen.lines.drop { !$0.hasPrefix("you> ") && !$0.hasPrefix("(reverse") })
        }

        /// The cell the cursor is on, as (row within `editRows`, column).
        var cursor: (row: Int, column: Int) {
            let first = screen.lines.firstIndex { $0.hasPrefix("you> ") || $0.hasPrefix("(reverse") } ?? 0
            return (screen.row - first, screen.column)
        }
    }

    static let reply = "I am so sorry about the parcel, let me look into your order right away and see what we can do about it today"

    @Test(arguments: [80, 40, 23])
    func longReplyWrapsOverRowsAndNothingIsHidden(columns: Int) {
        var harness = Harness(columns: columns)
        harness.type(Self.reply)
        let rows = harness.editRows
        #expect(rows.count > 1)
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= columns - 1 }, "the last column stays empty")
        #expect(rows.joined() == "you> " + Self.reply)
        #expect(harness.cursor.row == rows.count - 1)
        #expect(harness.cursor.column == DisplayWidth.of(rows.last!))
    }

    @Test(arguments: [80, 40])
    func cursorCrossesRowsAndEditsInTheMiddleRedraw(columns: Int) {
        var harness = Harness(columns: columns)
        harness.type(Self.reply)
        // Home, then right past the first row's end: the cursor moves onto the next row.
        let firstRowCells = columns - 1 - 5
        harness.type("\u{01}" + String(repeating: "\u{06}", count: firstRowCells + 2))
        #expect(harness.cursor.row == 1)
        #expect(harness.cursor.column == 2)
        harness.type("XYZ")
        let expected = String(Self.reply.prefix(firstRowCells + 2)) + "XYZ" + String(Self.reply.dropFirst(firstRowCells + 2))
        #expect(harness.editRows.joined() == "you> " + expected)
        #expect(harness.cursor.row == 1)
        #expect(harness.cursor.column == 5)
        // Alt-B twice from the end, Ctrl-K: the tail rows disappear, no stale text is left.
        harness.type("\u{05}\u{1B}b\u{1B}b\u{0B}")
        #expect(harness.editRows.joined() == "you> " + expected.dropLast(" it today".count) + " ")
        #expect(harness.screen.lines.last == harness.editRows.last)
    }

    @Test func wideCharactersMoveWholeToTheNextRow() {
        var harness = Harness(columns: 12)
        harness.type("ab中文中文x👍🏽y")
        // "you> ab" is 7 cells; 中 fits (9), 文 fits (11 = the row's 11 usable cells)...
        #expect(harness.editRows == ["you> ab中文", "中文x👍🏽y"])
        harness.type("\u{01}\u{06}\u{06}\u{06}\u{06}")
        #expect(harness.cursor.row == 1 && harness.cursor.column == 0, "the cursor sits before 中 on its row")
    }

    @Test func acceptedReplyStaysWholeInTheScrollback() {
        var harness = Harness(columns: 30)
        harness.type(Self.reply + "\u{01}\u{1B}f")
        #expect(harness.type("\r") == .accept(Self.reply))
        harness.screen.play("Customer: next line\r\n")
        let lines = harness.screen.lines
        let start = lines.firstIndex { $0.hasPrefix("you> ") }!
        let end = lines.firstIndex(of: "Customer: next line")!
        #expect(lines[start..<end].joined() == "you> " + Self.reply)
    }

    @Test func ctrlCMidLineLeavesTheLineMarkedAndStartsAFreshPrompt() {
        var harness = Harness(columns: 40)
        #expect(harness.type("half a reply\u{03}") == .discardLine)
        #expect(harness.screen.lines.suffix(2) == ["you> half a reply^C", "you> "])
    }

    @Test func lineTallerThanTheWindowScrollsWithTheCursor() {
        var harness = Harness(columns: 20, height: 4)
        let long = String(repeating: "abcdefghij ", count: 12)
        harness.type(long)
        #expect(harness.screen.row - (harness.screen.lines.count - 1) <= 0)
        harness.type("\u{01}")
        let visible = harness.screen.lines.suffix(4)
        #expect(visible.first == "you> abcdefghij abc", "Home shows the prompt's row again")
        #expect(harness.screen.column == 5)
        #expect(harness.type("\r") == .accept(long))
        let all = harness.screen.lines
        let start = all.lastIndex { $0.hasPrefix("you> ") }!
        #expect(all[start...].joined() == "you> " + long, "the whole reply is printed on Enter")
    }

    @Test func narrowingTheWindowRedrawsAtTheNewWidth() {
        var harness = Harness(columns: 80)
        harness.type(Self.reply + "\u{1B}b\u{1B}b")
        harness.screen = harness.screen.narrow(to: 30)
        harness.size = LineRenderer.Size(columns: 30, rows: 0)
        harness.screen.play(harness.renderer.draw(harness.session.display, size: harness.size))
        let rows = harness.editRows
        #expect(rows.allSatisfy { DisplayWidth.of($0) <= 29 })
        #expect(rows.joined() == "you> " + Self.reply)
        #expect(harness.screen.lines.first == "Customer: earlier output", "nothing above the line is overwritten")
        #expect(harness.screen.lines.filter { $0.hasPrefix("you> ") }.count == 1, "no stale copy of the line")
        let cursorRow = rows[harness.cursor.row]
        #expect(cursorRow.prefix(harness.cursor.column).hasSuffix("about "), "still before 'it today'")
    }

    @Test func colouredPromptKeepsItsEscapesAndTakesNoExtraCells() {
        var harness = Harness(columns: 20, prompt: "\u{1B}[36myou> \u{1B}[0m")
        harness.type("0123456789abcdefghij")
        #expect(harness.editRows == ["you> 0123456789abcd", "efghij"])
    }
}
