import DeescalateKit
import Foundation

/// Reading a file named by input (a path stored in a transcript, a file in a folder being read) only
/// when it is a regular file of a sane size: a FIFO or a device (`/dev/zero`) named there would
/// otherwise block the command or fill the memory. The kit's `RegularFileReader` does the reading
/// (open without blocking, then `fstat` the open file, so the path cannot be swapped in between).
enum RegularFile {
    /// The file's bytes, or why they were not read.
    static func contents(_ path: String) -> Result<Data, ReadRefusal> {
        do {
            return .success(Data(try RegularFileReader.read(path)))
        } catch {
            return .failure(ReadRefusal(reason: error.reason))
        }
    }

    /// Why a file was not read.
    struct ReadRefusal: Error {
        var reason: String
    }
}
