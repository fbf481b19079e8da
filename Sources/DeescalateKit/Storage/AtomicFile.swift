import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so a reader (or a crash) never sees half a file: write a temporary file beside the
/// target, flush it to disk, then rename it over the target in one step.
public enum AtomicFile {
    /// Writes `bytes` to `url` atomically, creating the parent folder if needed.
    public static func write(_ bytes: [UInt8], to url: URL) throws(StorageError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StorageError(path: folder.path, reason: "cannot create the folder: \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw StorageError(path: url.path, reason: String(cString: strerror(errno))) }
        var written = 0
        let failure: String? = bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                written += result
            }
            return nil
        }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        if let failure {
            unlink(temporary.path)
            throw StorageError(path: url.path, reason: failure)
        }
        guard synced, rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw StorageError(path: url.path, reason: reason)
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
