import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Drives the built binary in a real terminal: a tmux server on a private socket, keys sent with
/// `send-keys`, the screen read with `capture-pane`. Tests using it are skipped when tmux is not
/// installed (CI machines may not have it).
final class TmuxDriver {
    /// tmux's path, if installed.
    static let executable: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var available: Bool { executable != nil }

    /// The server's socket, in a temporary folder removed with it.
    private let socket = FileManager.default.temporaryDirectory.appendingPathComponent("deescalate-tmux-\(UUID().uuidString.prefix(8))").path
    private let target = "practice"

    /// Starts `command` (run by sh) in a `columns`×`rows` window. When the command ends, the
    /// pane shows `EXITED:<status>` and stays open for reading.
    init(columns: Int, rows: Int, command: String) throws {
        try tmux(["new-session", "-d", "-s", target, "-x", "\(columns)", "-y", "\(rows)",
                  "sh -c '\(command); echo EXITED:$?; sleep 60'"], capture: false)
    }

    deinit {
        _ = try? tmux(["kill-server"], capture: false)
        unlink(socket)
    }

    /// Types `text` literally.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", target, "-l", text]) }

    /// Presses keys by tmux name ("Enter", "C-c", "M-b", "Tab", "Escape", "Up").
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", target] + keys) }

    /// Pastes `text` as the terminal would (bracketed if the program asked for it).
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "test", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "test", "-t", target])
    }

    func resize(columns: Int) throws { try tmux(["resize-window", "-t", target, "-x", "\(columns)"]) }

    /// The screen's rows, trailing spaces trimmed, trailing empty rows dropped.
    func screen() throws -> [String] {
        var rows = try tmux(["capture-pane", "-p", "-t", target]).components(separatedBy: "\n").map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
        while rows.last == "" { rows.removeLast() }
        return rows
    }

    /// The cursor's column and row.
    func cursor() throws -> (column: Int, row: Int) {
        let parts = try tmux(["display-message", "-p", "-t", target, "#{cursor_x} #{cursor_y}"])
            .split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return (parts.first ?? -1, parts.dropFirst().first ?? -1)
    }

    /// Waits until `condition` holds for the screen (up to `seconds`, polling); records an issue
    /// with the screen if it never does. Returns the screen it saw last.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 20, sourceLocation: SourceLocation = #_sourceLocation,
                 _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var rows = try screen()
        while !condition(rows) {
            guard Date() < deadline else {
                Issue.record("timed out waiting for \(what); screen:\n\(rows.joined(separator: "\n"))", sourceLocation: sourceLocation)
                return rows
            }
            Thread.sleep(forTimeInterval: 0.05)
            rows = try screen()
        }
        return rows
    }

    /// Waits until some row contains `text`.
    @discardableResult
    func waitFor(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try waitFor("'\(text)'", sourceLocation: sourceLocation) { $0.contains { $0.contains(text) } }
    }

    /// Runs a tmux command and returns what it printed. Spawned by hand rather than with
    /// `Process`: the test runner's threads block most signals, and a tmux server started with
    /// that mask (and everything it runs, the binary included) would never see SIGCHLD, SIGWINCH
    /// or SIGTERM. Only commands that print are `capture`d, since the command that starts the
    /// server must not hand it a pipe that would then never reach end of file.
    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let path = Self.executable ?? "/usr/bin/tmux"
        let argv = ([path, "-S", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var ends: [Int32] = [-1, -1]
        if capture {
            guard pipe(&ends) == 0 else { throw POSIXError(.EMFILE) }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, ends[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        if capture { close(ends[1]) }
        var output: [UInt8] = []
        if capture {
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(ends[0], &chunk, chunk.count)
                if count > 0 { output += chunk[..<count] } else if count < 0, errno == EINTR { continue } else { break }
            }
            close(ends[0])
        }
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .ENOENT) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }
}
