import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A grading worker: this very binary, started again with `DEESCALATE_GRADE_WORKER` in its
/// environment and one end of a socket pair as its standard input and output. A socket rather than
/// pipes so the supervisor can send with MSG_NOSIGNAL: a worker that dies fails a send instead of
/// killing the supervisor with SIGPIPE, while the supervisor's own output keeps the usual SIGPIPE.
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

    /// Starts a worker with `configuration` (see `GradeWorker.Configuration`); nil if it cannot start.
    static func start(configuration: String) -> GradeWorkerProcess? {
        guard let executable = executablePath() else { return nil }
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else { return nil }
        // Room for a whole batch of results in flight, so the worker rarely waits on the supervisor.
        var size: Int32 = 1 << 20
        for end in ends {
            _ = setsockopt(end, SOL_SOCKET, SO_SNDBUF, &size, socklen_t(MemoryLayout<Int32>.size))
            _ = setsockopt(end, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the copies, so only fds 0 and 1 of the worker are the socket.
        posix_spawn_file_actions_adddup2(&actions, ends[1], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, ends[1], STDOUT_FILENO)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The worker starts with no signal blocked and SIGPIPE at its default, whatever ours are.
        var empty = sigset_t(), defaults = sigset_t()
        sigemptyset(&empty)
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var environment = ProcessInfo.processInfo.environment
        environment[GradeWorker.environmentKey] = configuration
        // A crash is reported by the supervisor, naming the file; the runtime's multi-second
        // backtrace of the worker would only bury that line (set SWIFT_BACKTRACE to see it).
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        let argv = ([executable] + CommandLine.arguments.dropFirst()).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        close(ends[1])
        guard status == 0 else {
            close(ends[0])
            return nil
        }
        return GradeWorkerProcess(pid: pid, channel: ends[0])
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

    /// This binary, for starting it again.
    private static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if length > 0 { return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        return Bundle.main.executablePath
    }
}
