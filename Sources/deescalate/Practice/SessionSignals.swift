#if canImport(Glibc)
import Glibc
#endif

/// SIGTERM, SIGHUP (a closed terminal, a logout) and SIGINT during a practice session end it the way
/// `/quit` does: the session is saved as abandoned, graded, with its transcript and Markdown written
/// and the terminal restored, and then the process ends by the same signal, as the sender expects.
///
/// A handler may do almost nothing safely, so it only notes the signal and points standard input at
/// `/dev/null` (`dup2` is async-signal-safe): the read the session is blocked in is interrupted
/// (the handler is installed without SA_RESTART) and every read after it sees end of input, so the
/// line editor returns and the session loop, which checks `received` before and after each read,
/// ends the session on the main thread with no race between the check and the read.
enum SessionSignals {
    /// The signals that end a session gracefully.
    static let handled: [Int32] = [SIGTERM, SIGHUP, SIGINT]

    /// The signal received, or 0. Written only by the handler on the main thread.
    private nonisolated(unsafe) static var receivedSignal: Int32 = 0
    /// `/dev/null`, opened in advance: `open` in a handler is allowed, but a failure there could not be reported.
    private nonisolated(unsafe) static var nullDescriptor: Int32 = -1
    /// The thread running the session: a signal delivered to another thread is passed on to it,
    /// because only an interrupted read on this thread wakes the session.
    private nonisolated(unsafe) static var sessionThread = pthread_self()

    /// Installs the handlers for the rest of the process (a session is the last thing `practice`
    /// does) and stops SIGPIPE from killing it before the session is saved: a closed output pipe
    /// then only fails writes.
    static func install() {
        receivedSignal = 0
        sessionThread = pthread_self()
        _ = RawTerminal.ending // initialised here, not first in a handler
        if nullDescriptor < 0 { nullDescriptor = open("/dev/null", O_RDONLY | O_CLOEXEC) }
        signal(SIGPIPE, SIG_IGN)
        // A parent may start us with these signals blocked (a Dispatch thread that spawns a process
        // passes its mask on); blocked, they could never end the session.
        var mask = sigset_t()
        sigemptyset(&mask)
        for handledSignal in handled { sigaddset(&mask, handledSignal) }
        _ = pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        for handledSignal in handled {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { SessionSignals.handle($0) }
            action.sa_flags = 0
            sigemptyset(&action.sa_mask)
            _ = sigaction(handledSignal, &action, nil)
        }
    }

    /// The signal that asked the session to end, if any.
    static var received: Int32? { receivedSignal == 0 ? nil : receivedSignal }

    /// Ends the process by the signal received, now that the session is saved: the default action
    /// is restored and the signal raised, so a parent sees "terminated by SIGTERM" rather than an
    /// exit status. Returns when no signal was received.
    static func endIfSignalled() {
        guard let signal = received else { return }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigemptyset(&action.sa_mask)
        _ = sigaction(signal, &action, nil)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, signal)
        _ = pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        raise(signal)
    }

    /// The handler: async-signal-safe calls only (pthread_self, pthread_kill, dup2).
    private static func handle(_ signal: Int32) {
        // Tell the terminal first, even from another thread, so a raw-mode handler that runs after
        // this one does not put the terminal back into raw mode.
        RawTerminal.ending = true
        guard pthread_equal(pthread_self(), sessionThread) != 0 else {
            _ = pthread_kill(sessionThread, signal)
            return
        }
        if receivedSignal == 0 { receivedSignal = signal }
        if nullDescriptor >= 0 { _ = dup2(nullDescriptor, STDIN_FILENO) }
    }
}
