import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so a reader (or a crash) never sees half a file: write a temporary file beside the
/// target, flush it to disk, then rename it over the target in one step.
public enum AtomicFile {
    /// Writes `bytes` to `url` atomically, creating the parent folder if needed.
    ///
    /// - Parameters:
    ///   - permissions: the file's exact mode (such as `0o600` for a private file), set whatever the
    ///     umask; nil gives 0644 less the umask, as for any new file.
    ///   - folderPermissions: the mode of a parent folder this call creates (nil: the default).
    public static func write(_ bytes: [UInt8], to url: URL, permissions: mode_t? = nil, folderPermissions: Int? = nil) throws(StorageError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: folderPermissions.map { [.posixPermissions: $0] })
        } catch {
            throw StorageError(path: folder.path, reason: "cannot create the folder: \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        // O_NOFOLLOW: a symbolic link planted at the temporary name is refused, never written through.
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, permissions ?? 0o644)
        guard descriptor >= 0 else { throw StorageError(path: url.path, reason: String(cString: strerror(errno))) }
        var failure: String?
        // A leftover temporary file keeps its old mode through O_CREAT: set the mode asked for explicitly.
        if let permissions, fchmod(descriptor, permissions) != 0 { failure = String(cString: strerror(errno)) }
        var written = 0
        while failure == nil, written < bytes.count {
            let result = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress!, $0.count) }
            if result < 0, errno != EINTR { failure = String(cString: strerror(errno)) }
            if result > 0 { written += result }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        close(descriptor)
        if failure == nil, rename(temporary.path, url.path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary.path)
            throw StorageError(path: url.path, reason: failure)
        }
    }

    /// Writes `bytes` to a new file at `url`, failing rather than replacing one that exists.
    public static func create(_ bytes: [UInt8], at url: URL) throws(StorageError) {
        if FileManager.default.fileExists(atPath: url.path) {
            throw StorageError(path: url.path, reason: "a file with this name already exists")
        }
        try write(bytes, to: url)
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
