import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `deescalate practice` in a real terminal (tmux): what a trainee sees while typing, pasting,
/// completing, searching and resizing, and the history a second session finds. Skipped without tmux.
@Suite(.serialized, .enabled(if: TmuxDriver.available, "tmux is not installed"))
struct TerminalEndToEndTests {
    static let reply = "I am so sorry the parcel was late, that must have been really frustrating, tell me what happened with the delivery"

    /// A practice session on the fixture persona with its history in `state`.
    static func start(columns: Int, rows: Int = 30, state: URL, out: URL) throws -> TmuxDriver {
        let command = "env XDG_STATE_HOME=\(state.path) HOME=\(state.path) NO_COLOR=1 \(BinaryRunner.binary.path) practice"
            + " --personas \(BinaryRunner.fixturePersonas.path) --persona test-parcel --seed 3 --name Tester --out \(out.path)"
        let driver = try TmuxDriver(columns: columns, rows: rows, command: command)
        try driver.waitFor("you>")
        return driver
    }

    /// The rows from the last one starting with `prefix` up to (not including) the next row that starts
    /// with `until`, joined: a reply drawn over several rows, read back as one line.
    static func joinedRows(_ rows: [String], from prefix: String, until: String) -> String {
        guard let start = rows.lastIndex(where: { $0.hasPrefix(prefix) }) else { return "" }
        return rows[start...].prefix { $0 == rows[start] || !$0.hasPrefix(until) }.joined()
    }

    @Test func readlineKeysAndHistoryAcrossTwoSessions() throws {
        let state = try BinaryRunner.temporaryFolder(), out = try BinaryRunner.temporaryFolder()
        let first = try Self.start(columns: 80, state: state, out: out)

        // A long reply wraps onto a second row, with the cursor after its last character.
        try first.type(Self.reply)
        var rows = try first.waitFor("the wrapped reply") { Self.joinedRows($0, from: "you> ", until: "\u{0}") == "you> " + Self.reply }
        let lastRow = rows.count - 1
        #expect(rows[lastRow - 1].count <= 79 && rows[lastRow - 1].hasPrefix("you> "))
        #expect(try first.cursor() == (rows[lastRow].count, lastRow))

        // Sent, it stays whole on screen above the customer's answer.
        try first.press("Enter")
        rows = try first.waitFor("the answer") { $0.last == "you>" && $0.contains { $0.hasPrefix("Pat Tester:") } && $0.filter { $0.hasPrefix("Pat Tester:") }.count >= 2 }
        #expect(Self.joinedRows(rows, from: "you> I am", until: "Pat Tester:").hasPrefix("you> " + Self.reply))

        // Ctrl-C with text on the line clears it and the session goes on.
        try first.type("half a thought")
        try first.waitFor("you> half a thought")
        try first.press("C-c")
        rows = try first.waitFor("a fresh prompt") { $0.suffix(2) == ["you> half a thought^C", "you>"] }

        // A three-line paste is one reply, its lines joined by spaces, not sent until Enter.
        try first.paste("line one\nline two\nline three\n")
        try first.waitFor("you> line one line two line three")
        try first.press("Enter")
        try first.waitFor("the pasted reply's answer") { $0.last == "you>" && $0.filter { $0.hasPrefix("Pat Tester:") }.count >= 3 }

        // Tab lists /help and /hint for "/h", and completes "/tr" to "/transcript".
        try first.type("/h")
        try first.press("Tab")
        try first.waitFor("/help  /hint")
        try first.press("C-u")
        try first.type("/tr")
        try first.press("Tab")
        try first.waitFor("you> /transcript")
        try first.press("Enter")
        try first.waitFor("the transcript") { $0.contains { $0.hasPrefix("  1. Pat Tester:") } }

        // Ctrl-R finds the long reply; Esc gives back the empty line.
        try first.press("C-r")
        try first.type("frustrat")
        try first.waitFor("(reverse-i-search)`frustrat': I am so sorry")
        try first.press("Escape")
        try first.waitFor("the line back") { $0.last == "you>" }

        // Ctrl-C at the empty prompt ends and grades the session, as before.
        try first.press("C-c")
        try first.waitFor("EXITED:0")
        try first.waitFor("Grade card")

        let historyFile = state.appendingPathComponent("deescalate/history")
        let saved = try String(contentsOf: historyFile, encoding: .utf8)
        #expect(saved == Self.reply + "\nline one line two line three\n/transcript\n")
        var status = stat()
        #expect(stat(historyFile.path, &status) == 0 && status.st_mode & 0o777 == 0o600)

        // A second session recalls the first one's lines with Up and Ctrl-R.
        let second = try Self.start(columns: 80, state: state, out: out)
        try second.press("Up")
        try second.waitFor("you> /transcript")
        try second.press("Up")
        try second.waitFor("you> line one line two line three")
        try second.press("C-u", "C-r")
        try second.type("sorry")
        try second.waitFor("(reverse-i-search)`sorry': I am so sorry")
        try second.press("Enter")
        try second.waitFor("the recalled reply sent") { $0.filter { $0.hasPrefix("Pat Tester:") }.count >= 2 && $0.last == "you>" }
        try second.press("C-c")
        try second.waitFor("EXITED:0")
    }

    @Test func narrowWindowWordKeysYankAndResize() throws {
        let state = try BinaryRunner.temporaryFolder(), out = try BinaryRunner.temporaryFolder()
        let driver = try Self.start(columns: 40, state: state, out: out)
        try driver.type(Self.reply)
        var rows = try driver.waitFor("the reply over rows") { Self.joinedRows($0, from: "you> ", until: "\u{0}") == "you> " + Self.reply }
        let replyRows = rows.suffix(from: rows.lastIndex { $0.hasPrefix("you> ") }!)
        #expect(replyRows.count == 4)
        #expect(replyRows.allSatisfy { $0.count <= 39 })

        // Alt-B twice, Ctrl-K: "the delivery" goes; Ctrl-E, Ctrl-Y: it comes back.
        try driver.press("M-b", "M-b", "C-k")
        try driver.waitFor("the tail killed") { Self.joinedRows($0, from: "you> ", until: "\u{0}") == "you> " + Self.reply.dropLast(" the delivery".count) }
        try driver.press("M-b", "M-f")
        let cursor = try driver.cursor()
        rows = try driver.screen()
        #expect(rows[cursor.row].prefix(cursor.column).hasSuffix("with"), "Alt-B then Alt-F ends after 'with'")
        try driver.press("C-e", "C-y")
        try driver.waitFor("the tail yanked back") { Self.joinedRows($0, from: "you> ", until: "\u{0}") == "you> " + Self.reply }

        // Narrower: the line is drawn again at the new width, once, whole.
        try driver.resize(columns: 30)
        rows = try driver.waitFor("the redraw at 30 columns") { rows in
            let start = rows.lastIndex { $0.hasPrefix("you> ") } ?? 0
            return rows[start...].allSatisfy { $0.count <= 29 } && Self.joinedRows(rows, from: "you> ", until: "\u{0}") == "you> " + Self.reply
        }
        #expect(rows.filter { $0.hasPrefix("you> ") }.count == 1)
        try driver.press("C-c", "C-c")
        try driver.waitFor("EXITED:0")
    }
}
