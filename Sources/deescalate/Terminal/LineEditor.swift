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
/// and behaves like readline's emacs mode: grapheme-aware editing, long lines
/// wrapped over several rows, kill and yank, Up/Down history, Ctrl-R search,
/// Tab completion of `/` commands, bracketed paste (a paste is one reply) and
/// redraw on resize. The behaviour is `EditSession`'s, the drawing
/// `LineRenderer`'s; this type only moves bytes. Otherwise it reads plain
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

    /// Killed text, kept across lines as readline does.
    private var kill = KillBuffer()
    /// The last Ctrl-R query, for Ctrl-R Ctrl-R on a later line.
    private var lastSearchQuery = ""

    /// Piped-mode read buffer, kept across calls for the same reason.
    private var plainBytes: [UInt8] = []
    /// Start of the unconsumed part of `plainBytes`.
    private var plainStart = 0
    /// Bytes before this index are known to contain no newline, so a very
    /// long line is scanned once rather than once per read.
    private var plainScanned = 0
    /// Set once `read(2)` on a non-terminal returned 0.
    private var plainEOF = false

    /// Creates an editor reading from `input` and writing to `output`.
    init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) {
        self.input = input
        self.output = output
    }

    /// Shows `prompt` and reads one line. `prompt` may contain ANSI colour
    /// escapes; they are excluded when computing where the cursor goes.
    /// `remember: false` keeps the answer out of `history` (a menu choice is
    /// not a reply worth recalling); `commands` are what Tab completes.
    func readLine(prompt: String, remember: Bool = true, commands: [String] = []) -> LineReadResult {
        let result: LineReadResult
        if isatty(input) == 1, isatty(output) == 1, !Self.isDumbTerminal,
           RawTerminal.enable(fd: input, output: output) {
            defer { RawTerminal.restore() }
            result = readEdited(prompt: prompt, commands: commands)
        } else {
            if isatty(output) == 1 { RawTerminal.writeAll(fd: output, prompt) }
            result = readPlain()
        }
        if remember, case .line(let line) = result {
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

    /// What woke the editing loop.
    private enum Input {
        case key(KeyDecoder.Event)
        case resized
    }

    /// The raw-mode editing loop: keys into the session, its display out
    /// through the renderer.
    private func readEdited(prompt: String, commands: [String]) -> LineReadResult {
        var session = EditSession(prompt: prompt, history: history, commands: commands, kill: kill,
                                  lastSearchQuery: lastSearchQuery)
        defer {
            kill = session.kill
            lastSearchQuery = session.lastSearchQuery
        }
        var renderer = LineRenderer()
        let resizeFD = ResizeSignal.start()
        defer { ResizeSignal.stop() }
        write(renderer.draw(session.display, size: size))
        while let input = nextInput(resizeFD: resizeFD) {
            guard case .key(let event) = input else {
                write(renderer.draw(session.display, size: size))
                continue
            }
            switch session.handle(event) {
            case .redraw:
                write(renderer.draw(session.display, size: size))
            case .accept(let text):
                write(renderer.finish(session.finalDisplay, size: size, suffix: "\r\n"))
                return .line(text)
            case .discardLine:
                // readline's habit: the abandoned line stays visible, marked ^C.
                write(renderer.finish(session.finalDisplay, size: size, suffix: "^C\r\n"))
                session.startFreshLine()
                write(renderer.draw(session.display, size: size))
            case .interrupt:
                write(renderer.finish(session.finalDisplay, size: size, suffix: "^C\r\n"))
                return .interrupted
            case .endOfInput:
                write(renderer.finish(session.finalDisplay, size: size, suffix: "\r\n"))
                return .endOfInput
            case .clearScreen:
                write(renderer.clearScreen(session.display, size: size))
            case .bell:
                write("\u{07}")
            case .list(let matches):
                write(renderer.finish(session.finalDisplay, size: size, suffix: "\r\n")
                      + matches.joined(separator: "  ") + "\r\n")
                write(renderer.draw(session.display, size: size))
            }
        }
        // The terminal went away (read returned 0 or failed): hand back what
        // was typed, if anything, and report end of input next time.
        write(renderer.finish(session.finalDisplay, size: size, suffix: "\r\n"))
        return session.buffer.isEmpty ? .endOfInput : .line(session.buffer.text)
    }

    /// The output terminal's size, asked at every draw (an ioctl is cheap,
    /// and a resize between lines is then noticed too).
    private var size: LineRenderer.Size {
        TerminalSize.of(fd: output) ?? LineRenderer.Size(columns: TerminalSize.defaultColumns, rows: 0)
    }

    private func write(_ text: String) {
        RawTerminal.writeAll(fd: output, text)
    }

    /// Next decoded key or resize, reading more bytes as needed; `nil` at EOF/error.
    private func nextInput(resizeFD: Int32) -> Input? {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if let event = decoder.nextEvent() { return .key(event) }
            // An incomplete sequence: a lone Esc press looks exactly like
            // the start of an arrow key, so only silence tells them apart.
            let incomplete = decoder.hasPendingBytes
            var fds = [pollfd(fd: input, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: resizeFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, incomplete ? 50 : -1)
            if ready < 0, errno == EINTR { continue }
            if ready == 0 {
                if let event = decoder.flushIncomplete() { return .key(event) }
                continue
            }
            if ready > 0, resizeFD >= 0, fds[1].revents & Int16(POLLIN) != 0 {
                ResizeSignal.drain()
                return .resized
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
