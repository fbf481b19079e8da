import DeescalateKit
#if canImport(Glibc)
import Glibc
#endif

/// Reads one file with a single `read` where it can (the size comes from `fstat`).
enum GradeFileReader {
    /// The file's bytes, or the reason it could not be read.
    static func bytes(of path: String) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadFailure(reason: String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(ReadFailure(reason: String(cString: strerror(errno)))) }
        if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(ReadFailure(reason: "is a folder")) }
        var capacity = max(Int(info.st_size), 0) + 1
        var buffer = [UInt8](repeating: 0, count: capacity)
        var count = 0
        while true {
            if count == capacity {
                capacity *= 2
                buffer.append(contentsOf: repeatElement(0, count: capacity - buffer.count))
            }
            let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, capacity - count) }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(reason: String(cString: strerror(errno))))
            }
            if got == 0 { break }
            count += got
        }
        buffer.removeLast(buffer.count - count)
        return .success(buffer)
    }

    struct ReadFailure: Error {
        var reason: String
    }
}
