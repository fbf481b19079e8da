#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGWINCH (the window was resized) into a readable file descriptor,
/// so the editor's `poll` wakes up and redraws at the new width.
///
/// The classic self-pipe: the handler writes one byte to a non-blocking pipe,
/// which is async-signal-safe, and the editor polls the read end beside the
/// keyboard. A flag checked before `read` would race with a signal arriving
/// just after the check; the pipe cannot miss one. The handler is installed
/// only while a line is being edited, and the previous disposition is put
/// back afterwards.
enum ResizeSignal {
    /// Pipe ends, created once; -1 until then (or if `pipe` failed).
    private nonisolated(unsafe) static var readEnd: Int32 = -1
    private nonisolated(unsafe) static var writeEnd: Int32 = -1
    /// What SIGWINCH did before `start()`.
    private nonisolated(unsafe) static var previous = sigaction()
    /// Whether our handler is installed.
    private nonisolated(unsafe) static var installed = false

    /// Installs the handler; returns the descriptor to poll, or -1 if none
    /// could be made (the editor then simply does not redraw on resize).
    static func start() -> Int32 {
        if readEnd < 0 {
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else { return -1 }
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
            readEnd = ends[0]
            writeEnd = ends[1]
        }
        guard !installed else { return readEnd }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            let saved = errno
            var byte: UInt8 = 1
            _ = write(ResizeSignal.writeEnd, &byte, 1)
            errno = saved
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        guard sigaction(SIGWINCH, &action, &previous) == 0 else { return -1 }
        installed = true
        return readEnd
    }

    /// Puts the previous SIGWINCH disposition back.
    static func stop() {
        guard installed else { return }
        _ = sigaction(SIGWINCH, &previous, nil)
        installed = false
        drain()
    }

    /// Empties the pipe; several resizes in a row need one redraw.
    static func drain() {
        guard readEnd >= 0 else { return }
        var sink = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &sink, sink.count) > 0 {}
    }
}
