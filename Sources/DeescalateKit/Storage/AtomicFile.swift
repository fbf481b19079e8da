import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so a reader (or a crash) never sees half a file: write a temporary file beside the
/// target, flush it to disk, then put it in place under the target's name in one step.
public enum AtomicFile {
    /// Writes `bytes` to `url` atomically, replacing any file there, creating the parent folder if needed.
    ///
    /// - Parameters:
    ///   - permissions: the file's exact mode (such as `0o600` for a private file), set whatever the
    ///     umask; nil gives 0644 less the umask, as for any new file.
    ///   - folderPermissions: the mode of a parent folder this call creates (nil: the default).
    public static func write(_ bytes: [UInt8], to url: URL, permissions: mode_t? = nil, folderPermissions: Int? = nil) throws(StorageError) {
        let temporary = try writeTemporary(bytes, beside: url, permissions: permissions, folderPermissions: folderPermissions)
        guard rename(temporary, url.path) == 0 else {
            let reason = FileDescriptor.reason(errno)
            unlink(temporary)
            throw StorageError(path: url.path, reason: reason)
        }
    }

    /// Writes `bytes` to a new file at `url`, failing rather than replacing one that exists. The
    /// file is put in place with `link`, which refuses an existing name, so two writers racing for
    /// one name cannot both win.
    public static func create(_ bytes: [UInt8], at url: URL) throws(StorageError) {
        if FileManager.default.fileExists(atPath: url.path) {
            throw StorageError(path: url.path, reason: alreadyExists)
        }
        let temporary = try writeTemporary(bytes, beside: url)
        defer { unlink(temporary) }
        guard FileDescriptor.linkWithoutReplacing(temporary, url.path) else {
            throw StorageError(path: url.path, reason: errno == EEXIST ? alreadyExists : FileDescriptor.reason(errno))
        }
    }

    /// The reason given when `create` finds the name taken.
    public static let alreadyExists = "a file with this name already exists"

    /// Writes and flushes `bytes` to a temporary file in `url`'s folder; returns its path.
    private static func writeTemporary(_ bytes: [UInt8], beside url: URL, permissions: mode_t? = nil,
                                       folderPermissions: Int? = nil) throws(StorageError) -> String {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: folderPermissions.map { [.posixPermissions: $0] })
        } catch {
            throw StorageError(path: folder.path, reason: "cannot create the folder: \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions ?? 0o644)
        guard descriptor >= 0 else { throw StorageError(path: url.path, reason: FileDescriptor.reason(errno)) }
        // The mode asked for exactly, not as the umask leaves it.
        let modeFailure = permissions.flatMap { fchmod(descriptor, $0) == 0 ? nil : errno }
        let failure = modeFailure ?? FileDescriptor.writeAll(descriptor, bytes) ?? (fsync(descriptor) == 0 ? nil : errno)
        close(descriptor)
        if let failure {
            unlink(temporary)
            throw StorageError(path: url.path, reason: FileDescriptor.reason(failure))
        }
        return temporary
    }
}

/// A file-system failure, naming the path and the reason.
public struct StorageError: Error, Sendable, Equatable, LocalizedError {
    /// The file or folder.
    public var path: String
    /// Why it failed.
    public var reason: String

    /// Creates an error.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var errorDescription: String? { "\(path): \(reason)" }
}
