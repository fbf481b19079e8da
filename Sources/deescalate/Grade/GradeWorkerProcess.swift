#if canImport(Glibc)
import Glibc
#endif

/// A grading worker: a child process forked from the supervising `grade`, with one end of a socket
/// pair as its standard input and output. A socket rather than pipes so the supervisor can send with
/// MSG_NOSIGNAL: a worker that dies fails a send instead of killing the supervisor with SIGPIPE,
/// while the supervisor's own output keeps the usual SIGPIPE.
///
/// Forked, not started again from the executable: the child already has the libraries loaded and
/// the options and rubric parsed, where a fresh process spent about 10 ms linking itself before it
/// could start on the rule table. Forking is safe because the supervisor stays single-threaded (it
/// polls; it never uses Dispatch or threads): the child starts with no lock held by a thread it does
/// not have.
final class GradeWorkerProcess {
    /// How the worker ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// The supervisor's end of the socket pair.
    let channel: Int32
    private let pid: pid_t

    private init(pid: pid_t, channel: Int32) {
        self.pid = pid
        self.channel = channel
    }

    deinit { close(channel) }

    /// Forks a worker that runs `work` with the socket as its standard input and output; nil if it
    /// cannot start. `work` must end the child with `_exit`, never return into the supervisor's code.
    static func start(running work: @escaping () -> Never) -> GradeWorkerProcess? {
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else { return nil }
        // Room for a whole batch of results in flight, so the worker rarely waits on the supervisor.
        var size: Int32 = 1 << 20
        for end in ends {
            _ = setsockopt(end, SOL_SOCKET, SO_SNDBUF, &size, socklen_t(MemoryLayout<Int32>.size))
            _ = setsockopt(end, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        let pid = fork()
        if pid == 0 {
            close(ends[0])
            guard dup2(ends[1], STDIN_FILENO) >= 0, dup2(ends[1], STDOUT_FILENO) >= 0 else { _exit(71) }
            if ends[1] > STDOUT_FILENO { close(ends[1]) }
            becomeWorker()
            runOnFreshThread(work)
        }
        close(ends[1])
        guard pid > 0 else {
            close(ends[0])
            return nil
        }
        return GradeWorkerProcess(pid: pid, channel: ends[0])
    }

    /// The child's signal state: nothing blocked and SIGPIPE at its default, whatever the
    /// supervisor's are. A crash kills the worker with its signal at once, for the supervisor to
    /// report naming the file: the runtime's multi-second backtrace would only bury that line (set
    /// SWIFT_BACKTRACE to keep it).
    private static func becomeWorker() {
        var empty = sigset_t()
        sigemptyset(&empty)
        sigprocmask(SIG_SETMASK, &empty, nil)
        signal(SIGPIPE, SIG_DFL)
        guard getenv("SWIFT_BACKTRACE") == nil else { return }
        for crash in [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV] { signal(crash, SIG_DFL) }
    }

    /// Runs `work` on a new thread while the child's first thread waits. The Swift runtime's locks
    /// (lazy globals, type metadata) record their owner by a thread id each thread caches, and the
    /// forked child's first thread still holds the supervisor's: when it owned such a lock and a
    /// grading thread waited on it, the wait never ended (two threads spinning on a rule-table
    /// global, seen while compiling the table in parallel). A thread started in the child caches
    /// its own id; the first thread, blocked in `pthread_join`, holds no lock.
    private static func runOnFreshThread(_ work: @escaping () -> Never) -> Never {
        final class Work { let run: () -> Never; init(_ run: @escaping () -> Never) { self.run = run } }
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        _ = pthread_attr_setstacksize(&attributes, 16 << 20)   // room the main thread would have had
        var thread = pthread_t()
        let context = Unmanaged.passRetained(Work(work)).toOpaque()
        let started = pthread_create(&thread, &attributes, { context in
            Unmanaged<Work>.fromOpaque(context!).takeRetainedValue().run()
        }, context)
        pthread_attr_destroy(&attributes)
        guard started == 0 else { _exit(71) }
        pthread_join(thread, nil)
        _exit(70)   // not reached: the work ends the process
    }

    /// Tells the worker no more items are coming.
    func endInput() { _ = shutdown(channel, Int32(SHUT_WR)) }

    /// Waits for the worker to end.
    func wait() -> Ending {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return .exited(-1) }
        }
        // WIFSIGNALED / WTERMSIG / WEXITSTATUS, which Swift does not import as macros.
        let signal = status & 0x7F
        if signal != 0 && signal != 0x7F { return .signalled(signal) }
        return .exited((status >> 8) & 0xFF)
    }
}
