import DeescalateKit
#if canImport(Glibc)
import Glibc
#endif

/// Reads one file to grade through `RegularFileReader`: never blocking on open, only regular files, and
/// only up to the size limit, so one bad path can neither hang `grade` nor grow its memory.
enum GradeFileReader {
    /// The default largest file (and JSON Lines row) graded: 16 MB. `--max-file-size MB` changes it.
    static let defaultLimit = RegularFileReader.defaultLimit

    /// The file's bytes, or the reason it could not be read.
    static func bytes(of path: String, limit: Int = defaultLimit) -> Result<[UInt8], ReadFailure> {
        do {
            return .success(try RegularFileReader.read(path, limit: limit))
        } catch {
            return .failure(ReadFailure(reason: error.reason))
        }
    }

    /// Why a file of type `mode` is not read, or nil for a regular file.
    static func refusal(mode: mode_t) -> String? { RegularFileReader.refusal(mode: mode) }

    /// `16 MB`, or `1.5 MB` when not whole.
    static func megabytes(_ bytes: Int) -> String { RegularFileReader.megabytes(bytes) }

    struct ReadFailure: Error {
        var reason: String
    }
}
