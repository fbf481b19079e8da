import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A left-over journal taken for recovery: opened and locked, so no live session owns it and no
/// other recovering process can take it at the same time. Released when dropped.
final class JournalClaim {
    /// The journal.
    let url: URL
    private var descriptor: Int32

    /// Why a journal could not be claimed.
    enum Refusal: Error {
        /// Its session is running (the lock is held).
        case inUse
        /// It is gone: finished or recovered by someone else since it was listed.
        case gone
        /// It could not be opened.
        case unreadable(String)
    }

    /// Claims `url`: opens it without following links, takes the lock without waiting, and checks
    /// the name still leads to the locked file (the owner removes the name before it drops the lock).
    init(_ url: URL) throws(Refusal) {
        let opened = open(url.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard opened >= 0 else {
            throw errno == ENOENT ? .gone : .unreadable(FileDescriptor.reason(errno))
        }
        var info = stat()
        guard fstat(opened, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            Glibc.close(opened)
            throw .unreadable("not a regular file")
        }
        guard FileDescriptor.tryLock(opened) else {
            Glibc.close(opened)
            throw .inUse
        }
        guard FileDescriptor.stillNamed(url.path, opened) else {
            Glibc.close(opened)
            throw .gone
        }
        self.url = url
        descriptor = opened
    }

    deinit {
        if descriptor >= 0 { Glibc.close(descriptor) }
    }

    /// The journal's bytes.
    func bytes() throws(StorageError) -> [UInt8] {
        guard let bytes = FileDescriptor.readToEnd(descriptor) else {
            throw StorageError(path: url.path, reason: "cannot read the journal: \(FileDescriptor.reason(errno))")
        }
        return bytes
    }

    /// Removes the journal, name first, then releases the lock.
    func discard() {
        unlink(url.path)
        FileDescriptor.syncFolder(url.deletingLastPathComponent().path)
        Glibc.close(descriptor)
        descriptor = -1
    }
}
