#if canImport(Glibc)
import Glibc
#endif

/// Reads a file that must be a regular file of bounded size, whatever the path names: it is opened
/// without blocking (a FIFO would otherwise wait for a writer for ever), checked with `fstat` (a
/// FIFO, a device such as `/dev/zero` or a socket is refused, through a link or not), and read only
/// up to `limit` bytes, so no path can hang the program or grow its memory without bound.
public enum RegularFileReader {
    /// The default limit: 16 MB, far beyond any persona, transcript, chat log or rubric.
    public static let defaultLimit = 16 * 1024 * 1024

    /// The file's bytes; a `StorageError` naming the path and saying why not.
    public static func read(_ path: String, limit: Int = defaultLimit) throws(StorageError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw StorageError(path: path, reason: FileDescriptor.reason(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw StorageError(path: path, reason: FileDescriptor.reason(errno)) }
        if let refusal = refusal(mode: info.st_mode) { throw StorageError(path: path, reason: refusal) }
        let size = Int(info.st_size)
        if size > limit { throw StorageError(path: path, reason: tooLarge(size, limit: limit)) }
        // Sized by fstat, plus one byte to notice a file that grew since: usually a single read.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count <= limit else { throw StorageError(path: path, reason: tooLarge(bytes.count, limit: limit)) }
                bytes.append(contentsOf: repeatElement(0, count: min(max(bytes.count, 4096), limit + 1 - bytes.count)))
            }
            let got = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if got < 0 {
                if errno == EINTR { continue }
                throw StorageError(path: path, reason: FileDescriptor.reason(errno))
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Everything readable from an open stream (standard input, a pipe, a FIFO), up to `limit`
    /// bytes: a stream that goes on past it (`/dev/zero`, a runaway pipe) is an error, not a
    /// process that swells until it is killed. `name` names the stream in the error.
    public static func readStream(_ descriptor: Int32, name: String, limit: Int = defaultLimit) throws(StorageError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let got = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0 {
                if errno == EINTR { continue }
                throw StorageError(path: name, reason: FileDescriptor.reason(errno))
            }
            if got == 0 { return bytes }
            guard bytes.count + got <= limit else {
                throw StorageError(path: name, reason: "is longer than the \(megabytes(limit)) limit")
            }
            bytes.append(contentsOf: chunk[0..<got])
        }
    }

    /// Why a file of type `mode` is not read, or nil for a regular file.
    public static func refusal(mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "is a folder"
        case S_IFIFO: "is a named pipe (FIFO), not a regular file; skipped"
        case S_IFCHR: "is a character device, not a regular file; skipped"
        case S_IFBLK: "is a block device, not a regular file; skipped"
        case S_IFSOCK: "is a socket, not a regular file; skipped"
        default: "is not a regular file; skipped"
        }
    }

    /// The message for a file past the limit.
    public static func tooLarge(_ size: Int, limit: Int) -> String {
        let shown = megabytes(size) == megabytes(limit) ? "\(size) bytes" : megabytes(size)
        return "is \(shown), over the \(megabytes(limit)) limit per file (--max-file-size); skipped"
    }

    /// `16 MB`, or `1.5 MB` when not whole.
    public static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }
}
