import DeescalateKit
#if canImport(Glibc)
import Glibc
#endif

/// Reads one file to grade, safely whatever the path names: it is opened without blocking (a FIFO
/// would otherwise wait for a writer for ever), checked with `fstat` to be a regular file (not a
/// FIFO, a device such as `/dev/zero`, or a socket — through a link or not), and read only up to a
/// size limit, so one bad path can neither hang `grade` nor grow its memory without bound.
enum GradeFileReader {
    /// The default largest file (and JSON Lines row) graded: 16 MB, far beyond any real transcript
    /// or chat log. `--max-file-size MB` changes it.
    static let defaultLimit = 16 * 1024 * 1024

    /// The file's bytes, or the reason it could not be read.
    static func bytes(of path: String, limit: Int = defaultLimit) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadFailure(reason: String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(ReadFailure(reason: String(cString: strerror(errno)))) }
        if let refusal = refusal(mode: info.st_mode) { return .failure(ReadFailure(reason: refusal)) }
        let size = Int(info.st_size)
        if size > limit { return .failure(ReadFailure(reason: tooLarge(size, limit: limit))) }
        // Sized by fstat, plus one byte to notice a file that grew since: usually a single read.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count <= limit else { return .failure(ReadFailure(reason: tooLarge(bytes.count, limit: limit))) }
                bytes.append(contentsOf: repeatElement(0, count: min(max(bytes.count, 4096), limit + 1 - bytes.count)))
            }
            let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(reason: String(cString: strerror(errno))))
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    /// Why a file of type `mode` is not read, or nil for a regular file.
    static func refusal(mode: mode_t) -> String? {
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
    static func tooLarge(_ size: Int, limit: Int) -> String {
        let shown = megabytes(size) == megabytes(limit) ? "\(size) bytes" : megabytes(size)
        return "is \(shown), over the \(megabytes(limit)) limit per file (--max-file-size); skipped"
    }

    /// `16 MB`, or `1.5 MB` when not whole.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return tenths % 10 == 0 ? "\(tenths / 10) MB" : "\(tenths / 10).\(tenths % 10) MB"
    }

    struct ReadFailure: Error {
        var reason: String
    }
}
