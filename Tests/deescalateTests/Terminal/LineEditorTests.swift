import Foundation
import Testing
@testable import deescalate

/// End-to-end reads through a pipe (plain mode) and a pseudo-terminal (raw mode).
@Suite(.serialized) struct LineEditorTests {
    /// Runs `body` with an editor reading from a pipe pre-filled with `bytes`.
    private func withPipe(_ bytes: [UInt8], _ body: (LineEditor) -> Void) {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let writeEnd = fds[1]
        // Write from another thread: 100 KB+ exceeds the pipe buffer.
        let writer = Thread {
            bytes.withUnsafeBytes { raw in
                var offset = 0
                while offset < raw.count {
                    let n = write(writeEnd, raw.baseAddress! + offset, raw.count - offset)
                    if n <= 0 { break }
                    offset += n
                }
            }
            close(writeEnd)
        }
        writer.start()
        let devNull = open("/dev/null", O_WRONLY)
        body(LineEditor(input: fds[0], output: devNull))
        close(fds[0])
        close(devNull)
    }

    @Test func plainModeSplitsLinesAndKeepsUnterminatedTail() {
        withPipe(Array("a\nb\u{FF}\r\n\nc".utf8) + [0xFF]) { editor in
            #expect(editor.readLine(prompt: "> ") == .line("a"))
            #expect(editor.readLine(prompt: "> ") == .line("b\u{FF}"))
            #expect(editor.readLine(prompt: "> ") == .line(""))
            #expect(editor.readLine(prompt: "> ") == .line("c\u{FFFD}"))
            #expect(editor.readLine(prompt: "> ") == .endOfInput)
            #expect(editor.readLine(prompt: "> ") == .endOfInput)
            #expect(editor.history == ["a", "b\u{FF}", "c\u{FFFD}"])
        }
    }

    @Test func plainModeHandlesVeryLongLines() {
        let long = String(repeating: "x", count: 300_000)
        withPipe(Array((long + "\n" + long).utf8)) { editor in
            #expect(editor.readLine(prompt: "") == .line(long))
            #expect(editor.readLine(prompt: "") == .line(long))
            #expect(editor.readLine(prompt: "") == .endOfInput)
        }
    }

    /// Runs `body` with an editor on the slave side of a fresh pty; `send`
    /// writes keystrokes to the master. The slave starts raw so keystrokes
    /// queued before `readLine` are not line-edited by the kernel.
    private func withPTY(_ body: (LineEditor, _ send: (String) -> Void) -> Void) {
        // unlockpt/ptsname are not exported by the Glibc module, so use the
        // Linux ioctls they wrap: TIOCSPTLCK (unlock) and TIOCGPTN (number).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, UInt(0x4004_5431), &unlock) == 0,
              ioctl(master, UInt(0x8004_5430), &number) == 0 else {
            Issue.record("no pty available")
            return
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        var settings = termios()
        tcgetattr(slave, &settings)
        cfmakeraw(&settings)
        tcsetattr(slave, TCSANOW, &settings)
        // Drain editor output continuously so redraws never block. The drain reads its own copy of
        // the master, closed only when it stops: reading `master` itself, a drain still looping after
        // the test closed it could read a later test's pty that reused the number, and eat its keys.
        let drained = dup(master)
        let drain = Thread {
            var sink = [UInt8](repeating: 0, count: 4096)
            while read(drained, &sink, sink.count) > 0 {}
            close(drained)
        }
        drain.start()
        body(LineEditor(input: slave, output: slave)) { keys in
            let bytes = Array(keys.utf8)
            var offset = 0
            while offset < bytes.count {
                let n = bytes[offset...].withUnsafeBytes { write(master, $0.baseAddress!, $0.count) }
                if n <= 0 { break }
                offset += n
            }
        }
        close(slave)
        close(master)
    }

    @Test func terminalModeEditingKeys() {
        withPTY { editor, send in
            // Type "héllo", fix it with arrows, accept; rest of the paste stays queued.
            send("hxllo\u{1B}[D\u{1B}[D\u{1B}[D\u{7F}é\u{01}\u{1B}[3~H\rsecond\rthird")
            #expect(editor.readLine(prompt: "\u{1B}[32m> \u{1B}[0m") == .line("Héllo"))
            #expect(editor.readLine(prompt: "> ") == .line("second"))
            // Ctrl-C on "third" clears the line and editing goes on; at the empty prompt it interrupts.
            send("\u{03}fourth\r")
            #expect(editor.readLine(prompt: "> ") == .line("fourth"))
            send("\u{03}")
            #expect(editor.readLine(prompt: "> ") == .interrupted)
            send("ab\u{02}\u{04}\r")
            #expect(editor.readLine(prompt: "> ") == .line("a"))
            send("\u{04}")
            #expect(editor.readLine(prompt: "> ") == .endOfInput)
        }
    }

    @Test func terminalModeHistory() {
        withPTY { editor, send in
            editor.history = ["old"]
            send("new\r\u{1B}[A\u{1B}[A!\r")
            #expect(editor.readLine(prompt: "> ") == .line("new"))
            #expect(editor.readLine(prompt: "> ") == .line("old!"))
            #expect(editor.history == ["old", "new", "old!"])
            send("draft\u{1B}[A\u{1B}[B\r")
            #expect(editor.readLine(prompt: "> ") == .line("draft"))
        }
    }

    @Test func terminalModeWideCharactersAndKills() {
        withPTY { editor, send in
            send("中文👨‍👩‍👧x\u{7F}\u{7F}\u{02}\u{0B}e\u{301} word\u{17}\r")
            #expect(editor.readLine(prompt: "> ") == .line("中é "))
            send("one two\u{15}three\r")
            #expect(editor.readLine(prompt: "> ") == .line("three"))
        }
    }

    @Test func terminalModeAnswersPastesSearchAndCompletion() {
        withPTY { editor, send in
            // A menu answer is not kept for Up/Ctrl-R.
            send("2\r")
            #expect(editor.readLine(prompt: "Number: ", remember: false) == .line("2"))
            #expect(editor.history.isEmpty)
            // A bracketed paste of two lines is one line, sent by the Enter typed after it.
            send("\u{1B}[200~one\ntwo\n\u{1B}[201~\r")
            #expect(editor.readLine(prompt: "> ") == .line("one two"))
            send("\u{12}on\r")
            #expect(editor.readLine(prompt: "> ") == .line("one two"))
            send("/tr\t\r")
            #expect(editor.readLine(prompt: "> ", commands: ["/transcript"]) == .line("/transcript"))
            // Killed text is yanked into the next line.
            send("drop me\u{15}\r\u{19}\r")
            #expect(editor.readLine(prompt: "> ") == .line(""))
            #expect(editor.readLine(prompt: "> ") == .line("drop me"))
        }
    }

    @Test func terminalModeSurvivesRandomBytes() {
        withPTY { editor, send in
            var generator = SystemRandomNumberGenerator()
            for _ in 0..<20 {
                let noise = (0..<600).map { _ in UInt8.random(in: 0...255, using: &generator) }
                send(String(decoding: noise.filter { $0 != 0 }, as: UTF8.self))  // < 4 KB: the pty input queue must not fill up
                // End any paste, wipe the line (Ctrl-E, Ctrl-U), then a line we can recognise.
                send("\u{1B}[201~\u{05}\u{15}SENTINEL\r")
                var reads = 0
                while editor.readLine(prompt: "> ") != .line("SENTINEL"), reads < 10_000 { reads += 1 }
                #expect(reads < 10_000)
            }
        }
    }
}
