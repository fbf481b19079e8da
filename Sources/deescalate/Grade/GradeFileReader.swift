import DeescalateKit
#if canImport(Glibc)
import Glibc
#endif

/// Reads one file: `open`, `read` until the end, `close`. No `fstat`: a chat log is small, so reads
/// go through a scratch buffer into an array sized by what arrived, and a folder named as a file
/// fails its read with EISDIR.
enum GradeFileReader {
    /// Bytes asked for per read: most chat logs and transcripts arrive in one.
    static let chunkSize = 16 * 1024

    /// The file's bytes, or the reason it could not be read.
    static func bytes(of path: String) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(ReadFailure(reason: String(cString: strerror(errno)))) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var failure: Int32 = 0
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: chunkSize) { scratch in
            while true {
                let got = read(descriptor, scratch.baseAddress!, scratch.count)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { return }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[0..<got]))
            }
        }
        if failure == EISDIR { return .failure(ReadFailure(reason: "is a folder")) }
        if failure != 0 { return .failure(ReadFailure(reason: String(cString: strerror(failure)))) }
        return .success(bytes)
    }

    struct ReadFailure: Error {
        var reason: String
    }
}
