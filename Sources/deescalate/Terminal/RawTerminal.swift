#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts a terminal into raw mode and guarantees it is put back.
///
/// Raw mode (no echo, no line buffering, no signal keys) is what lets the editor
/// see every key press, but a process that dies in raw mode leaves the user's
/// shell unusable. So besides the normal `restore()` path, the original
/// settings are kept in process-global storage that a signal handler (for
/// SIGINT, SIGTERM, SIGHUP) and an `atexit` hook can reach. That storage is the
/// only global mutable state in the editor; a C signal handler cannot capture
/// context, so it has no other way to find the settings.
enum RawTerminal {
    /// Signals whose default action kills the process and that must therefore
    /// restore the terminal first. (SIGINT cannot come from the keyboard while
    /// raw, since ISIG is off, but `kill -INT` still delivers it.)
    private static let handledSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// State shared with the signal handler. Written only while no handler is
    /// installed or with the terminal already raw, and read by the handler.
    private nonisolated(unsafe) static var rawFD: Int32 = -1
    /// Where escape sequences (bracketed paste on/off) are written.
    private nonisolated(unsafe) static var outputFD: Int32 = -1
    /// Settings to return to (the cooked mode found on entry).
    private nonisolated(unsafe) static var savedSettings = termios()
    /// Raw settings, re-applied if a chained application handler lets the process continue.
    private nonisolated(unsafe) static var rawSettings = termios()
    /// Dispositions that were in place before ours, indexed like `handledSignals`.
    private nonisolated(unsafe) static var previousActions = Array<sigaction>(repeating: sigaction(), count: 3)
    /// Whether the `atexit` hook has been registered (it must be, at most, once).
    private nonisolated(unsafe) static var registeredAtExit = false
    /// Set (from a signal handler) when the process is ending on a signal and saving its work: the
    /// terminal, once restored, is never made raw again, whatever handler runs after which.
    nonisolated(unsafe) static var ending = false

    /// Bytes that turn bracketed paste off; static storage so the signal
    /// handler can write them without allocating.
    private static let disablePaste: StaticString = "\u{1B}[?2004l"

    /// Switches `fd` to raw mode and enables bracketed paste on `output`;
    /// returns `false` (changing nothing) if `fd` is not a terminal.
    static func enable(fd: Int32, output: Int32) -> Bool {
        guard !ending else { return false }
        guard rawFD < 0 else { return true }
        var original = termios()
        guard tcgetattr(fd, &original) == 0 else { return false }
        var raw = original
        // Keep OPOST so "\n" still becomes CR+LF for any output printed
        // while raw; everything else follows the classic cfmakeraw recipe.
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        savedSettings = original
        rawSettings = raw
        // Make the handler see the fd before raw mode can be observed.
        outputFD = output
        rawFD = fd
        installHandlers()
        guard tcsetattr(fd, TCSADRAIN, &raw) == 0 else {
            restore()
            return false
        }
        writeAll(fd: output, "\u{1B}[?2004h")
        return true
    }

    /// Returns the terminal to the settings found by `enable(fd:)` and removes
    /// the signal handlers. Safe to call when not raw.
    static func restore() {
        let fd = rawFD
        guard fd >= 0 else { return }
        writeAll(fd: outputFD, "\u{1B}[?2004l")
        _ = tcsetattr(fd, TCSADRAIN, &savedSettings)
        rawFD = -1
        for (i, signal) in handledSignals.enumerated() where previousActions[i].sa_flags != -1 {
            _ = sigaction(signal, &previousActions[i], nil)
        }
    }

    /// Writes all of `string`, retrying on partial writes and EINTR.
    static func writeAll(fd: Int32, _ string: String) {
        var bytes = Array(string.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n > 0 {
                    offset += n
                } else if n < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }

    /// Installs the restoring handler for each signal that is not ignored, and
    /// registers the `atexit` hook once.
    private static func installHandlers() {
        if !registeredAtExit {
            registeredAtExit = true
            atexit { RawTerminal.restoreFromSignal() }
        }
        for (i, signal) in handledSignals.enumerated() {
            var current = sigaction()
            _ = sigaction(signal, nil, &current)
            // An ignored signal cannot kill us, so leave it alone; mark the
            // slot (sa_flags = -1) so restore() does not touch it either.
            if Self.address(of: current.__sigaction_handler.sa_handler) == Self.address(of: SIG_IGN) {
                previousActions[i].sa_flags = -1
                continue
            }
            previousActions[i] = current
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { signal, info, context in
                RawTerminal.handleSignal(signal, info, context)
            }
            action.sa_flags = SA_SIGINFO
            sigemptyset(&action.sa_mask)
            _ = sigaction(signal, &action, nil)
        }
    }

    /// Bit pattern of a C handler pointer; SIG_DFL/SIG_IGN are small integer
    /// sentinels, and C function pointers are not `Equatable` in Swift.
    private static func address(of handler: __sighandler_t?) -> Int {
        unsafeBitCast(handler, to: Int.self)
    }

    /// Async-signal-safe restore used by the signal handler and `atexit`:
    /// only `write(2)` and `tcsetattr(3)` on preallocated storage.
    private static func restoreFromSignal() {
        let fd = rawFD
        guard fd >= 0 else { return }
        _ = write(outputFD, disablePaste.utf8Start, disablePaste.utf8CodeUnitCount)
        _ = tcsetattr(fd, TCSANOW, &savedSettings)
    }

    /// Restores the terminal, then hands the signal to whatever was installed
    /// before: re-raised under the default action (normally terminating the
    /// process), or passed to the application's own handler, after which raw
    /// mode is re-applied because editing continues.
    private static func handleSignal(
        _ signal: Int32,
        _ info: UnsafeMutablePointer<siginfo_t>?,
        _ context: UnsafeMutableRawPointer?
    ) {
        restoreFromSignal()
        // A switch rather than an array search: nothing that might allocate.
        let slot: Int
        switch signal {
        case SIGINT: slot = 0
        case SIGTERM: slot = 1
        case SIGHUP: slot = 2
        default: return
        }
        var previous = previousActions[slot]
        if previous.sa_flags & SA_SIGINFO != 0, let handler = previous.__sigaction_handler.sa_sigaction {
            handler(signal, info, context)
        } else if let handler = previous.__sigaction_handler.sa_handler,
                  address(of: handler) != address(of: SIG_DFL) {
            handler(signal)
        } else {
            // Default action: reinstate it and re-raise. The signal is blocked
            // while we run, so it is delivered as soon as this handler returns.
            _ = sigaction(signal, &previous, nil)
            raise(signal)
            return
        }
        if rawFD >= 0, !ending { _ = tcsetattr(rawFD, TCSANOW, &rawSettings) }
    }
}
