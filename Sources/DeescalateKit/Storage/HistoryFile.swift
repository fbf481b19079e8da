import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The trainee's earlier replies, kept between practice sessions so Up and
/// Ctrl-R can recall them: one reply per line in a private file in the user's
/// state folder (`$XDG_STATE_HOME/deescalate/history`, else
/// `~/.local/state/deescalate/history`), never in the project.
///
/// History is a convenience, so nothing about it may stop practice: a
/// missing, unreadable, binary or huge file loads as what can be salvaged
/// (with a note saying why), and a failed save is reported, not fatal. The
/// file is bounded (`entryLimit` replies, `byteLimit` bytes), written
/// atomically (a crash leaves the old or the new file, never half of one),
/// and private (mode 0600, folder 0700): replies to practice customers can be
/// personal.
public struct HistoryFile: Sendable {
    /// Most replies kept; the oldest go first.
    public static let entryLimit = 500
    /// Most bytes kept, and most read from the end of an oversized file.
    public static let byteLimit = 1 << 20
    /// Longer replies (a pasted document) are not kept; the transcript has them.
    public static let entryByteLimit = 16 * 1024

    /// What `load()` found.
    public struct Loaded: Sendable, Equatable {
        /// The replies, oldest first.
        public var entries: [String]
        /// Why some or all of the file could not be used, if so.
        public var problem: String?
    }

    /// Where the history lives.
    public let url: URL

    /// A history kept at `url`.
    public init(url: URL) {
        self.url = url
    }

    /// `$XDG_STATE_HOME/deescalate/history`, else `$HOME/.local/state/deescalate/history`; `nil` when
    /// neither is an absolute path (the XDG rule: relative paths are ignored).
    public static func defaultLocation(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        let base: URL
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = URL(fileURLWithPath: state)
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
        } else {
            return nil
        }
        return base.appendingPathComponent("deescalate/history")
    }

    /// The replies in the file, oldest first; never throws. A missing file is
    /// an empty history without a problem.
    public func load() -> Loaded {
        let descriptor = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return Loaded(entries: [], problem: nil) }
            return Loaded(entries: [], problem: "cannot read \(url.path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var status = stat()
        // Only a regular file: reading a FIFO or a device could block or never end.
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return Loaded(entries: [], problem: "\(url.path) is not a regular file; history is not kept")
        }
        let size = Int(status.st_size)
        var problem: String?
        if size > Self.byteLimit {
            _ = lseek(descriptor, off_t(size - Self.byteLimit), SEEK_SET)
            problem = "\(url.path) is \(size / 1024) KB; only its last \(Self.byteLimit / 1024) KB are used"
        }
        let bytes = Self.readAll(descriptor, limit: Self.byteLimit)
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)[...]
        // A tail read starts mid-line; that fragment is not a reply.
        if size > Self.byteLimit { lines = lines.dropFirst() }
        var entries = lines.compactMap(Self.entry(from:))
        if entries.count < lines.filter({ !$0.isEmpty }).count, problem == nil {
            problem = "\(url.path) has lines that are not replies (binary data?); they are skipped"
        }
        if entries.count > Self.entryLimit { entries.removeFirst(entries.count - Self.entryLimit) }
        return Loaded(entries: entries, problem: problem)
    }

    /// Adds `replies` after what the file holds now (so two sessions at once
    /// both keep theirs), skipping empty ones and repeats of the previous
    /// entry, trims to the limits, and writes the file atomically.
    public func append(_ replies: [String]) throws(StorageError) {
        var entries = load().entries
        for reply in replies {
            let flat = String(reply.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
            guard !flat.isEmpty, flat.utf8.count <= Self.entryByteLimit, entries.last != flat,
                  Self.entry(from: Array(flat.utf8)[...]) != nil else { continue }
            entries.append(flat)
        }
        if entries.count > Self.entryLimit { entries.removeFirst(entries.count - Self.entryLimit) }
        var total = entries.reduce(0) { $0 + $1.utf8.count + 1 }
        while total > Self.byteLimit, let first = entries.first {
            total -= first.utf8.count + 1
            entries.removeFirst()
        }
        try writePrivately(Array(entries.map { $0 + "\n" }.joined().utf8))
    }

    /// A stored line as a reply, or `nil` for what no reply contains: control
    /// characters (NUL marks a binary file) and undecodable bytes.
    private static func entry(from line: ArraySlice<UInt8>) -> String? {
        var line = line
        if line.last == 0x0D { line = line.dropLast() }
        guard !line.isEmpty, !line.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return nil }
        guard let text = String(validating: line, as: UTF8.self) else { return nil }
        return text
    }

    /// Reads to end of file or `limit` bytes.
    private static func readAll(_ descriptor: Int32, limit: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while bytes.count < limit {
            let count = read(descriptor, &chunk, min(chunk.count, limit - bytes.count))
            if count > 0 {
                bytes.append(contentsOf: chunk[..<count])
            } else if count < 0, errno == EINTR {
                continue
            } else {
                break
            }
        }
        return bytes
    }

    /// Writes the file atomically, readable only by the user (0600, in a 0700 folder when it creates one).
    private func writePrivately(_ bytes: [UInt8]) throws(StorageError) {
        try AtomicFile.write(bytes, to: url, permissions: 0o600, folderPermissions: 0o700)
    }
}
