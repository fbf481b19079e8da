#if canImport(Glibc)
import Glibc
#endif

/// The few raw file-descriptor operations the journal and atomic writes need, each retrying on
/// EINTR, so that no caller loops on partial writes itself.
enum FileDescriptor {
    /// Writes all of `bytes`; the errno of the failure, or nil.
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            var written = 0
            while written < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += result
            }
            return nil
        }
    }

    /// Reads from the current offset to the end of the file; nil on a read error.
    static func readToEnd(_ descriptor: Int32) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<got])
        }
    }

    /// Takes the exclusive advisory lock on the open file without waiting: false when another open
    /// file (another process, or another descriptor in this one) holds it.
    static func tryLock(_ descriptor: Int32) -> Bool {
        while true {
            if systemFlock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
            if errno != EINTR { return false }
        }
    }

    /// flock(2), named apart from the `flock` struct of the same name that Glibc also exports.
    private static let systemFlock = Glibc.flock(_:_:)

    /// Whether `path` still names the very file open as `descriptor` (same device and inode): a file
    /// unlinked or replaced after it was opened does not.
    static func stillNamed(_ path: String, _ descriptor: Int32) -> Bool {
        var open = stat(), named = stat()
        guard fstat(descriptor, &open) == 0, lstat(path, &named) == 0 else { return false }
        return open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    /// Gives the file at `source` the name `target` unless `target` exists (errno EEXIST then).
    /// File systems without hard links get a rename after a check, which is as close as they allow.
    static func linkWithoutReplacing(_ source: String, _ target: String) -> Bool {
        if Glibc.link(source, target) == 0 { return true }
        guard errno == EPERM || errno == EOPNOTSUPP || errno == EXDEV || errno == EMLINK else { return false }
        if access(target, F_OK) == 0 { errno = EEXIST; return false }
        // The file itself moves, so the caller's later unlink of `source` finds nothing to remove.
        return rename(source, target) == 0
    }

    /// Flushes a folder's entries (a new or removed name) to disk, so a crash right after cannot
    /// undo them. Best effort: some file systems refuse fsync on folders.
    static func syncFolder(_ path: String) {
        let descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        Glibc.close(descriptor)
    }

    /// The text of an errno.
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
