/// The line editor's behaviour as a pure state machine: decoded keys in, the
/// new line and what the terminal should do out. No I/O, so every readline
/// habit it implements is table-tested without a terminal.
///
/// `LineEditor` owns the terminal: it feeds keys here, draws `display` with a
/// `LineRenderer`, and acts on each `Outcome`.
struct EditSession {
    /// What the editor must do after a key.
    enum Outcome: Equatable {
        /// Redraw the line (possibly unchanged).
        case redraw
        /// Enter: the line is finished.
        case accept(String)
        /// Ctrl-C on a line with text (or during a search): show it as
        /// abandoned, then call `startFreshLine()`; the session goes on.
        case discardLine
        /// Ctrl-C at an empty prompt: the caller decides (the REPL ends).
        case interrupt
        /// Ctrl-D at an empty prompt.
        case endOfInput
        /// Ctrl-L: clear the screen, then redraw.
        case clearScreen
        /// Nothing to do for this key (Tab with no match, Ctrl-Y with nothing killed).
        case bell
        /// Tab with several matching commands: list them under the line, then redraw.
        case list([String])
    }

    /// What to draw: a prompt (may contain colour escapes), the line, and
    /// the cursor as a cluster index into `text`.
    struct Display: Equatable {
        /// The prompt, or readline's search prompt during Ctrl-R.
        var prompt: String
        /// The line's grapheme clusters.
        var text: [Character]
        /// Cursor position, `0...text.count`.
        var cursor: Int
    }

    /// The prompt given by the caller.
    let prompt: String
    /// `/` commands Tab completes; empty turns Tab into a plain space.
    let commands: [String]
    /// The line being edited.
    private(set) var buffer: LineBuffer
    /// The Ctrl-R search in progress, if any.
    private(set) var search: HistorySearch?
    /// Killed text for Ctrl-Y; the editor carries it from line to line.
    var kill: KillBuffer
    /// The last Ctrl-R query, reused by Ctrl-R Ctrl-R; carried between lines.
    var lastSearchQuery: String
    /// The previous key killed text, so the next kill joins it.
    private var lastWasKill = false

    /// Starts editing an empty line that can recall `history` (oldest first).
    init(prompt: String, history: [String], commands: [String] = [], kill: KillBuffer = KillBuffer(),
         lastSearchQuery: String = "") {
        self.prompt = prompt
        self.commands = commands
        buffer = LineBuffer(history: history)
        self.kill = kill
        self.lastSearchQuery = lastSearchQuery
    }

    /// What the terminal should show now.
    var display: Display {
        guard let search else { return Display(prompt: prompt, text: buffer.characters, cursor: buffer.cursor) }
        guard let match = search.match, let text = search.matchedText else {
            return Display(prompt: search.prompt, text: buffer.characters, cursor: buffer.cursor)
        }
        let characters = Array(text)
        return Display(prompt: search.prompt, text: characters, cursor: min(match.offset, characters.count))
    }

    /// The same line with the cursor at its end, as it is left on screen
    /// once finished (so nothing after the cursor is cut off by the redraw).
    var finalDisplay: Display {
        var shown = display
        shown.cursor = shown.text.count
        return shown
    }

    /// Empties the line after `.discardLine`; history, kills and the last
    /// search query are kept.
    mutating func startFreshLine() {
        buffer = LineBuffer(history: buffer.history)
        search = nil
        lastWasKill = false
    }

    /// Applies one key.
    mutating func handle(_ event: KeyDecoder.Event) -> Outcome {
        if search != nil, let outcome = handleSearch(event) { return outcome }
        let wasKill = lastWasKill
        lastWasKill = false
        switch event {
        case .insert(let text): buffer.insert(text)
        case .backspace: buffer.deleteBackward()
        case .delete: buffer.deleteForward()
        case .left: buffer.moveLeft()
        case .right: buffer.moveRight()
        case .wordLeft: buffer.moveWordLeft()
        case .wordRight: buffer.moveWordRight()
        case .home: buffer.moveToStart()
        case .end: buffer.moveToEnd()
        case .up: buffer.historyPrevious()
        case .down: buffer.historyNext()
        case .killToEnd: recordKill(buffer.killToEnd(), .forward, continuing: wasKill)
        case .killWordForward: recordKill(buffer.killWordForward(), .forward, continuing: wasKill)
        case .killToStart: recordKill(buffer.killToStart(), .backward, continuing: wasKill)
        case .deleteWordBackward: recordKill(buffer.deleteWordBackward(), .backward, continuing: wasKill)
        case .killWordBackward: recordKill(buffer.killWordBackward(), .backward, continuing: wasKill)
        case .yank:
            guard !kill.text.isEmpty else { return .bell }
            buffer.insert(kill.text)
        case .tab: return complete()
        case .reverseSearch: search = HistorySearch(history: buffer.history)
        case .cancel, .escape: break
        case .clearScreen: return .clearScreen
        case .enter: return .accept(buffer.text)
        case .interrupt: return buffer.isEmpty ? .interrupt : .discardLine
        case .endOfFile:
            if buffer.isEmpty { return .endOfInput }
            buffer.deleteForward()
        }
        return .redraw
    }

    /// Keys during a Ctrl-R search. Returns `nil` for a key that ends the
    /// search keeping the match, to be handled again as an editing key (so
    /// Left or Ctrl-E after a search edits the found line, as in readline).
    private mutating func handleSearch(_ event: KeyDecoder.Event) -> Outcome? {
        guard var current = search else { return nil }
        switch event {
        case .insert(let text): current.refine(appending: text)
        case .backspace: current.shorten()
        case .reverseSearch: current.older(lastQuery: lastSearchQuery)
        case .cancel, .escape:
            // The line before the search comes back; the query is kept for Ctrl-R Ctrl-R.
            if !current.query.isEmpty { lastSearchQuery = current.query }
            search = nil
            return .redraw
        case .interrupt:
            if !current.query.isEmpty { lastSearchQuery = current.query }
            return .discardLine
        case .clearScreen:
            return .clearScreen
        case .enter:
            endSearch(keeping: current)
            return .accept(buffer.text)
        default:
            endSearch(keeping: current)
            return nil
        }
        search = current
        return .redraw
    }

    /// Leaves search mode with the found entry (if any) in the buffer.
    private mutating func endSearch(keeping finished: HistorySearch) {
        if !finished.query.isEmpty { lastSearchQuery = finished.query }
        if let match = finished.match { buffer.recallHistory(at: match.index, cursor: match.offset) }
        search = nil
    }

    private mutating func recordKill(_ killed: String, _ direction: KillBuffer.Direction, continuing: Bool) {
        kill.record(killed, direction: direction, continuing: continuing)
        lastWasKill = true
    }

    /// Tab: complete a `/` command, or insert a space on an ordinary line
    /// (Tab has always typed a space in replies; completion is only for commands).
    private mutating func complete() -> Outcome {
        switch CommandCompletion.complete(buffer.characters, cursor: buffer.cursor, commands: commands) {
        case .notApplicable:
            buffer.insert(" ")
            return .redraw
        case .noMatch:
            return .bell
        case .complete(let text, let replacing):
            buffer.replacePrefix(replacing, with: text)
            return .redraw
        case .ambiguous(let matches):
            return .list(matches)
        }
    }
}
