#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Outcome of one `LineEditor.readLine(prompt:)` call.
enum LineReadResult: Equatable {
    /// A line was accepted with Enter (or ended by EOF in piped input).
    case line(String)
    /// The user pressed Ctrl-C; the partial line is discarded.
    case interrupted
    /// Ctrl-D on an empty line, or the input reached end of file.
    case endOfInput
}

/// Reads lines for an interactive REPL, with editing and history on terminals.
///
/// When both `input` and `output` are terminals the editor runs in raw mode
/// and redraws the line itself: grapheme-aware cursor movement, emacs-style
/// kill keys, Up/Down history and bracketed paste. Otherwise it reads plain
/// newline-separated lines with no escape sequences, so piped and scripted
/// runs behave predictably. Raw mode never outlives a `readLine` call.
final class LineEditor {
    /// Previously accepted lines, oldest first. Callers may pre-load it; each
    /// accepted non-empty line is appended unless it repeats the last entry.
    var history: [String] = []

    /// File descriptor lines are read from.
    private let input: Int32
    /// File descriptor the prompt and redraws are written to.
    private let output: Int32

    /// Terminal key decoder. Kept across calls so bytes after an accepted
    /// line (e.g. the rest of a multi-line paste) feed the next call.
    private var decoder = KeyDecoder()

    /// Piped-mode read buffer, kept across calls for the same reason.
    private var plainBytes: [UInt8] = []
    /// Start of the unconsumed part of `plainBytes`.
    private var plainStart = 0
    /// Bytes before this index are known to contain no newline, so a very
    /// long line is scanned once rather than once per read.
    private var plainScanned = 0
    /// Set once `read(2)` on a non-terminal returned 0.
    private var plainEOF = false

    /// First visible grapheme index of the horizontally scrolled line.
    private var scrollOffset = 0

    /// Creates an editor reading from `input` and writing to `output`.
    init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.input = input
        self.output = output
    }

    /// Shows `prompt` and reads one line. `prompt` may contain ANSI colour
    /// escapes; they are excluded when computing where the cursor goes.
    func readLine(prompt: String) -> LineReadResult {
        let result: LineReadResult
        if isatty(input) == 1, isatty(output) == 1, !Self.isDumbTerminal,
           RawTerminal.enable(fd: input, output: output) {
            defer { RawTerminal.restore() }
            result = readEdited(prompt: prompt)
        } else {
            if isatty(output) == 1 { RawTerminal.writeAll(fd: output, prompt) }
            result = readPlain()
        }
        if case .line(let line) = result {
            history = LineBuffer.appending(line, to: history)
        }
        return result
    }

    /// `TERM=dumb` terminals (e.g. editor-embedded shells) cannot handle
    /// cursor movement, so they get the plain reader.
    private static var isDumbTerminal: Bool {
        guard let term = getenv("TERM") else { return false }
        return String(cString: term) == "dumb"
    }

    // MARK: Terminal mode

    /// The raw-mode editing loop.
    private func readEdited(prompt: String) -> LineReadResult {
        var buffer = LineBuffer(history: history)
        let promptWidth = DisplayWidth.ofPrompt(prompt)
        scrollOffset = 0
        refresh(prompt: prompt, promptWidth: promptWidth, buffer: buffer)
        while let event = nextKeyEvent() {
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
            case .killToEnd: buffer.killToEnd()
            case .killToStart: buffer.killToStart()
            case .deleteWordBackward: buffer.deleteWordBackward()
            case .clearScreen: RawTerminal.writeAll(fd: output, "\u{1B}[H\u{1B}[2J")
            case .enter:
                finish(prompt: prompt, promptWidth: promptWidth, buffer: &buffer, suffix: "\r\n")
                return .line(buffer.text)
            case .interrupt:
                finish(prompt: prompt, promptWidth: promptWidth, buffer: &buffer, suffix: "^C\r\n")
                return .interrupted
            case .endOfFile:
                if buffer.isEmpty {
                    RawTerminal.writeAll(fd: output, "\r\n")
                    return .endOfInput
                }
                buffer.deleteForward()
            }
            refresh(prompt: prompt, promptWidth: promptWidth, buffer: buffer)
        }
        // The terminal went away (read returned 0 or failed): hand back what
        // was typed, if anything, and report end of input next time.
        RawTerminal.writeAll(fd: output, "\r\n")
        return buffer.isEmpty ? .endOfInput : .line(buffer.text)
    }

    /// Redraws with the cursor at the end and prints `suffix`, so the
    /// finished line (or its visible tail) stays on screen intact.
    private func finish(prompt: String, promptWidth: Int, buffer: inout LineBuffer, suffix: String) {
        buffer.moveToEnd()
        refresh(prompt: prompt, promptWidth: promptWidth, buffer: buffer)
        RawTerminal.writeAll(fd: output, suffix)
    }

    /// Next decoded key, reading more bytes as needed; `nil` at EOF/error.
    private func nextKeyEvent() -> KeyDecoder.Event? {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if let event = decoder.nextEvent() { return event }
            if decoder.hasPendingBytes {
                // An incomplete sequence: a lone Esc press looks exactly like
                // the start of an arrow key, so only silence tells them apart.
                var fds = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
                let ready = poll(&fds, 1, 50)
                if ready == 0 {
                    if let event = decoder.flushIncomplete() { return event }
                    continue
                }
            }
            let count = read(input, &chunk, chunk.count)
            if count > 0 {
                decoder.feed(chunk[..<count])
            } else if count < 0, errno == EINTR || errno == EAGAIN {
                continue
            } else {
                return nil
            }
        }
    }

    /// Redraws the line on one terminal row, scrolling horizontally so the
    /// cursor is always visible. The last column is never written: filling
    /// it would trigger the terminal's deferred autowrap and break `\r`.
    private func refresh(prompt: String, promptWidth: Int, buffer: LineBuffer) {
        let columns = RawTerminal.columns(fd: output)
        var shownPrompt = prompt
        var promptColumns = promptWidth
        if columns - promptWidth - 1 < 8 {
            // No useful room left beside the prompt: drop it rather than wrap.
            shownPrompt = ""
            promptColumns = 0
        }
        let available = max(columns - promptColumns - 1, 1)
        let chars = buffer.characters
        let cursor = buffer.cursor
        scrollOffset = min(scrollOffset, cursor)
        var cursorColumn = Self.cellWidth(chars[scrollOffset..<cursor])
        while cursorColumn > available, scrollOffset < cursor {
            cursorColumn -= Self.cell(chars[scrollOffset]).width
            scrollOffset += 1
        }
        // After deletions, scroll back left if the whole tail fits again.
        // Measuring stops once the tail is too wide, so huge lines stay cheap.
        var tailWidth = 0
        for character in chars[scrollOffset...] where tailWidth <= available {
            tailWidth += Self.cell(character).width
        }
        while scrollOffset > 0 {
            let previous = Self.cell(chars[scrollOffset - 1]).width
            guard tailWidth + previous <= available else { break }
            scrollOffset -= 1
            tailWidth += previous
        }
        var beforeCursor = ""
        var afterCursor = ""
        var used = 0
        for (index, character) in chars[scrollOffset...].enumerated() {
            let (text, width) = Self.cell(character)
            guard used + width <= available else { break }
            if scrollOffset + index < cursor { beforeCursor += text } else { afterCursor += text }
            used += width
        }
        // The cursor is placed by reprinting the text before it instead of by
        // moving a computed number of columns: terminals disagree about the
        // width of some emoji (tmux draws "👍🏽" 4 wide), and reprinting puts
        // the cursor wherever the terminal itself ended up.
        var out = "\r" + shownPrompt + beforeCursor + afterCursor + "\u{1B}[K"
        if !afterCursor.isEmpty { out += "\r" + shownPrompt + beforeCursor }
        RawTerminal.writeAll(fd: output, out)
    }

    /// How a grapheme cluster is drawn and how wide it is. Control
    /// characters (possible in caller-supplied history) are shown as "?" so
    /// they cannot move the terminal cursor behind the editor's back.
    private static func cell(_ character: Character) -> (text: String, width: Int) {
        let isControl = character.unicodeScalars.contains {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value)
        }
        if isControl { return ("?", 1) }
        return (String(character), DisplayWidth.of(character))
    }

    /// Total drawn width of a run of clusters.
    private static func cellWidth(_ characters: ArraySlice<Character>) -> Int {
        characters.reduce(0) { $0 + cell($1).width }
    }

    // MARK: Plain mode

    /// Reads one `\n`-terminated line (trailing `\r` stripped) from a
    /// non-terminal. A final unterminated line is still returned.
    private func readPlain() -> LineReadResult {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            if let newline = plainBytes[plainScanned...].firstIndex(of: 0x0A) {
                var end = newline
                if end > plainStart, plainBytes[end - 1] == 0x0D { end -= 1 }
                let line = String(decoding: plainBytes[plainStart..<end], as: UTF8.self)
                plainStart = newline + 1
                plainScanned = plainStart
                compactPlainBuffer()
                return .line(line)
            }
            plainScanned = plainBytes.count
            if plainEOF {
                guard plainStart < plainBytes.count else { return .endOfInput }
                let line = String(decoding: plainBytes[plainStart...], as: UTF8.self)
                plainStart = plainBytes.count
                compactPlainBuffer()
                return .line(line)
            }
            let count = read(input, &chunk, chunk.count)
            if count > 0 {
                plainBytes.append(contentsOf: chunk[..<count])
            } else if count < 0, errno == EINTR || errno == EAGAIN {
                continue
            } else {
                plainEOF = true
            }
        }
    }

    /// Drops consumed bytes once they dominate the buffer, keeping memory
    /// bounded without shifting the array after every line.
    private func compactPlainBuffer() {
        guard plainStart > 65536 || plainStart == plainBytes.count else { return }
        plainBytes.removeSubrange(..<plainStart)
        plainScanned -= plainStart
        plainStart = 0
    }
}
