import Foundation

/// Reading a file named by input (a path stored in a transcript, a file in a folder being read) only
/// when it is a regular file of a sane size: a FIFO or a device (`/dev/zero`) named there would
/// otherwise block the command or fill the memory.
enum RegularFile {
    /// The largest file read this way: far beyond any transcript.
    static let maximumBytes = 256 << 20

    /// The file's bytes, or why they were not read.
    static func contents(_ path: String) -> Result<Data, ReadRefusal> {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return .failure(ReadRefusal(reason: "no such file"))
        }
        guard (attributes[.type] as? FileAttributeType) == .typeRegular else {
            return .failure(ReadRefusal(reason: "not a regular file"))
        }
        if let size = (attributes[.size] as? NSNumber)?.int64Value, size > Int64(maximumBytes) {
            return .failure(ReadRefusal(reason: "larger than \(maximumBytes >> 20) MB"))
        }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(ReadRefusal(reason: "cannot read the file")) }
        return .success(data)
    }

    /// Why a file was not read.
    struct ReadRefusal: Error {
        var reason: String
    }
}
