import Testing
@testable import deescalate

/// The editor's behaviour over decoded keys, with no terminal: readline's editing, kill and yank,
/// Ctrl-C, Tab completion and Ctrl-R search.
struct EditSessionTests {
    static let commands = ["/help", "/hint", "/meter", "/transcript", "/end", "/quit"]
    static let history = ["I am sorry", "/hint", "Thank you for waiting", "sorry again"]

    /// Feeds `keys` (as a terminal would send them; a trailing lone ESC is the Esc key) and
    /// returns the session and the outcome of each key.
    static func type(_ keys: String, into session: inout EditSession) -> [EditSession.Outcome] {
        var decoder = KeyDecoder()
        decoder.feed(Array(keys.utf8))
        var outcomes: [EditSession.Outcome] = []
        while let event = decoder.nextEvent() { outcomes.append(session.handle(event)) }
        if let event = decoder.flushIncomplete() { outcomes.append(session.handle(event)) }
        return outcomes
    }

    static func session(_ keys: String, history: [String] = history) -> (EditSession, [EditSession.Outcome]) {
        var session = EditSession(prompt: "you> ", history: history, commands: commands)
        let outcomes = type(keys, into: &session)
        return (session, outcomes)
    }

    /// Keys, then the line and the cursor (a cluster index) they leave.
    @Test(arguments: [
        // Alt-B / Alt-F move by readline words: letters and digits, punctuation skipped.
        ("hello world\u{1B}b\u{1B}bX", "Xhello world", 1),
        ("one, two\u{01}\u{1B}f", "one, two", 3),
        ("one, two\u{01}\u{1B}f\u{1B}f", "one, two", 8),
        ("don't stop\u{01}\u{1B}f", "don't stop", 3),
        ("a 👍🏽 é\u{1B}b", "a 👍🏽 é", 4),
        // Ctrl-K then Ctrl-Y elsewhere moves text.
        ("hello world\u{01}\u{1B}f\u{0B}\u{01}\u{19}", " worldhello", 6),
        // Kills in a row add up (Ctrl-W twice yanks back both words, in order).
        ("one two three\u{17}\u{17}\u{05}\u{19}", "one two three", 13),
        // A key between kills starts a new kill.
        ("a b\u{17}c\u{17}\u{19}", "a c", 3),
        ("hello\u{15}\u{19}\u{19}", "hellohello", 10),
        ("one two\u{01}\u{1B}d", " two", 0),
        ("one two\u{1B}\u{7F}", "one ", 4),
        ("one two\u{1B}\u{7F}\u{1B}\u{7F}\u{19}", "one two", 7),
        // Ctrl-D deletes under the cursor on a line with text.
        ("ab\u{02}\u{04}", "a", 1),
    ])
    func editing(_ keys: String, _ text: String, _ cursor: Int) {
        let (session, _) = Self.session(keys)
        #expect(session.buffer.text == text)
        #expect(session.buffer.cursor == cursor)
    }

    @Test func killedTextOutlivesTheLine() {
        var (session, _) = Self.session("keep this\u{15}")
        #expect(session.buffer.text == "")
        var next = EditSession(prompt: "> ", history: [], kill: session.kill)
        _ = Self.type("\u{19}", into: &next)
        #expect(next.buffer.text == "keep this")
        session.startFreshLine()
        _ = Self.type("\u{19}", into: &session)
        #expect(session.buffer.text == "keep this")
    }

    @Test(arguments: [
        ("\u{03}", [EditSession.Outcome.interrupt]),
        ("abc\u{03}", [.redraw, .discardLine]),
        ("\u{04}", [.endOfInput]),
        ("hi\r", [.redraw, .accept("hi")]),
        ("\u{19}", [.bell]),
        ("\u{0C}", [.clearScreen]),
    ] as [(String, [EditSession.Outcome])])
    func outcomes(_ keys: String, _ expected: [EditSession.Outcome]) {
        #expect(Self.session(keys).1 == expected)
    }

    @Test func ctrlCClearsALineWithTextAndEndsOnlyAtAnEmptyPrompt() {
        var (session, outcomes) = Self.session("half a repl\u{03}")
        #expect(outcomes.last == .discardLine)
        #expect(session.finalDisplay.text == Array("half a repl"), "the abandoned line is left on screen")
        session.startFreshLine()
        #expect(session.buffer.text == "")
        #expect(Self.type("\u{03}", into: &session) == [.interrupt])
    }

    /// Tab on what is typed: the line after, or the listed matches.
    @Test(arguments: [
        ("/he\t", "/help", nil),
        ("/t\t", "/transcript", nil),
        ("/HE\t", "/help", nil),
        ("/h\t", "/h", ["/help", "/hint"]),
        ("/x\t", "/x", nil),
        ("/end\t", "/end", nil),
        ("hello\t", "hello ", nil),
        ("//h\t", "//h ", nil),
        ("/h x\t", "/h x ", nil),
        ("/me\u{01}\u{06}\u{06}\t", "/meter", nil),
    ] as [(String, String, [String]?)])
    func tabCompletion(_ keys: String, _ text: String, _ listed: [String]?) {
        let (session, outcomes) = Self.session(keys)
        #expect(session.buffer.text == text)
        if let listed { #expect(outcomes.last == .list(listed)) }
    }

    @Test func tabIsASpaceWhenNothingCompletes() {
        var session = EditSession(prompt: "Number: ", history: [])
        _ = Self.type("/h\t", into: &session)
        #expect(session.buffer.text == "/h ")
        #expect(Self.session("/x\t").1.last == .bell)
    }

    @Test func reverseSearchFindsOlderMatchesAndAccepts() {
        var (session, _) = Self.session("draft\u{12}sorry")
        #expect(session.display.prompt == "(reverse-i-search)`sorry': ")
        #expect(session.display.text == Array("sorry again"))
        #expect(session.display.cursor == 0)
        _ = Self.type("\u{12}", into: &session)
        #expect(session.display.text == Array("I am sorry"))
        #expect(session.display.cursor == 5)
        _ = Self.type("\u{12}", into: &session)
        #expect(session.display.prompt == "(failed reverse-i-search)`sorry': ", "no older match")
        #expect(session.display.text == Array("I am sorry"), "the last match stays")
        #expect(Self.type("\r", into: &session) == [.accept("I am sorry")])
        #expect(session.display.prompt == "you> ", "the accepted line is left under the normal prompt")
    }

    @Test(arguments: [
        ("draft\u{12}thank\u{07}", "draft", 5),      // Ctrl-G cancels: the line before the search
        ("draft\u{12}thank\u{1B}", "draft", 5),      // so does Esc
        ("\u{12}THANK\u{05}!", "Thank you for waiting!", 22),  // case ignored; Ctrl-E edits the match
        ("\u{12}am\u{02}", "I am sorry", 1),          // Left leaves the search at the match, then moves
        ("\u{12}again\u{1B}[A", "Thank you for waiting", 21),  // Up continues in history from the match
        ("\u{12}zz\u{7F}\u{7F}\u{07}", "", 0),
    ])
    func reverseSearchEnds(_ keys: String, _ text: String, _ cursor: Int) {
        let (session, _) = Self.session(keys)
        #expect(session.search == nil)
        #expect(session.buffer.text == text)
        #expect(session.buffer.cursor == cursor)
    }

    @Test func failedQueryRecoversWhenShortened() {
        var (session, _) = Self.session("\u{12}sorryzz")
        #expect(session.display.prompt.hasPrefix("(failed"))
        _ = Self.type("\u{7F}\u{7F}", into: &session)
        #expect(session.display.prompt == "(reverse-i-search)`sorry': ")
    }

    @Test func ctrlRTwiceReusesTheLastQuery() {
        let (first, _) = Self.session("\u{12}thank\r")
        #expect(first.lastSearchQuery == "thank")
        var next = EditSession(prompt: "> ", history: Self.history, lastSearchQuery: first.lastSearchQuery)
        _ = Self.type("\u{12}\u{12}", into: &next)
        #expect(next.display.text == Array("Thank you for waiting"))
    }

    @Test func searchSkipsRepeatsOfTheShownLine() {
        var (session, _) = Self.session("\u{12}ok", history: ["ok first", "ok", "ok", "ok"])
        #expect(session.display.text == Array("ok"))
        _ = Self.type("\u{12}", into: &session)
        #expect(session.display.text == Array("ok first"))
    }

    @Test func ctrlCDuringSearchDiscardsTheLine() {
        let (session, outcomes) = Self.session("\u{12}sor\u{03}")
        #expect(outcomes.last == .discardLine)
        #expect(session.lastSearchQuery == "sor")
    }

    /// Any sequence of keys, on any window size, keeps the cursor inside the line and draws
    /// without trapping (no index computed from input may go out of range).
    @Test func randomKeysNeverTrapOrLoseTheCursor() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "é", "e\u{301}", "\u{301}", "中", "👍🏽", "👨‍👩‍👧", "🇫🇷", " ", "don't", "/h", "/", "\u{200D}", "x y z"]
        let keys: [KeyDecoder.Event] = [.enter, .backspace, .delete, .left, .right, .wordLeft, .wordRight, .home, .end,
                                        .up, .down, .killToEnd, .killToStart, .deleteWordBackward, .killWordForward,
                                        .killWordBackward, .yank, .tab, .reverseSearch, .cancel, .escape, .interrupt,
                                        .endOfFile, .clearScreen]
        for _ in 0..<40 {
            let history = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            var session = EditSession(prompt: "\u{1B}[36myou> \u{1B}[0m", history: history, commands: Self.commands)
            var renderer = LineRenderer()
            let size = LineRenderer.Size(columns: Int.random(in: 1...60, using: &generator), rows: Int.random(in: 0...6, using: &generator))
            var screen = VirtualScreen(columns: size.columns, height: max(size.rows, 1))
            for _ in 0..<150 {
                let event = Bool.random(using: &generator) ? .insert(pieces.randomElement(using: &generator)!)
                                                           : keys.randomElement(using: &generator)!
                switch session.handle(event) {
                case .discardLine, .accept, .interrupt, .endOfInput:
                    screen.play(renderer.finish(session.finalDisplay, size: size, suffix: "\r\n"))
                    session.startFreshLine()
                default:
                    screen.play(renderer.draw(session.display, size: size))
                }
                #expect((0...session.buffer.characters.count).contains(session.buffer.cursor))
                #expect(session.display.cursor <= session.display.text.count)
            }
        }
    }
}
