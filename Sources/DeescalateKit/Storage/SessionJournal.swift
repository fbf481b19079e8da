import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An append-only record of a session in progress: the header (persona, seed, trainee, start time)
/// and each trainee line as it is submitted, flushed to disk every turn. Because the engine is
/// deterministic, replaying the lines rebuilds the conversation, so a killed process loses at most
/// the line being typed.
///
/// Each session has its own journal, `.journal/<name>.jsonl`, and holds an exclusive `flock` on it
/// for as long as it runs: recovery takes only journals whose lock is free (their process is gone),
/// so a second session started beside a live one never touches it. The name is also the session's
/// transcript name (`<name>.json` and `<name>.md`), reserved when the journal is made, so recovery can
/// tell a session that was saved but not yet cleaned up from one that never was, and never saves a
/// session twice.
public final class SessionJournal {
    /// What a journal starts with.
    public struct Header: Sendable, Equatable {
        /// The persona's id and version.
        public var personaID: String
        public var personaVersion: Int
        /// The session's seed.
        public var seed: UInt64
        /// The trainee's name.
        public var trainee: String
        /// When the session started.
        public var startedAt: String
        /// For a retried session, where it branched off its parent, so a recovered retry keeps its link.
        public var branch: BranchPoint?

        /// Creates a header.
        public init(personaID: String, personaVersion: Int, seed: UInt64, trainee: String, startedAt: String,
                    branch: BranchPoint? = nil) {
            self.personaID = personaID
            self.personaVersion = personaVersion
            self.seed = seed
            self.trainee = trainee
            self.startedAt = startedAt
            self.branch = branch
        }
    }

    /// The folder, inside a transcripts folder, where journals of unfinished sessions live.
    public static func folder(in transcripts: URL) -> URL { transcripts.appendingPathComponent(".journal") }

    /// The journal's file.
    public let url: URL
    /// The session's name: its transcript is saved as `<name>.json` and `<name>.md`.
    public let name: String
    private var descriptor: Int32

    /// Starts a journal for a new session in `transcripts`, named after the session (`baseName`, or
    /// `baseName-2`, `-3`, ... when that name is taken by a journal or a saved transcript).
    ///
    /// The header is written and locked in a private file first and only then linked under its
    /// name, so recovery never sees a journal without its header or its lock.
    public init(in transcripts: URL, baseName: String, header: Header) throws(StorageError) {
        let folder = Self.folder(in: transcripts)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StorageError(path: folder.path, reason: "cannot create the journal folder: \(error.localizedDescription)")
        }
        let staging = folder.appendingPathComponent(".\(baseName).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).new")
        let opened = Glibc.open(staging.path, O_RDWR | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard opened >= 0 else { throw StorageError(path: staging.path, reason: FileDescriptor.reason(errno)) }
        defer { unlink(staging.path) }
        do throws(StorageError) {
            guard FileDescriptor.tryLock(opened) else {
                throw StorageError(path: staging.path, reason: "cannot lock the journal: \(FileDescriptor.reason(errno))")
            }
            try Self.append(Self.headerValue(header), to: opened, path: staging.path)
            (url, name) = try Self.link(staging, in: folder, transcripts: transcripts, baseName: baseName)
        } catch {
            Glibc.close(opened)
            throw error
        }
        descriptor = opened
        FileDescriptor.syncFolder(folder.path)
    }

    private static func headerValue(_ header: Header) -> JSONValue {
        .object([
            ("journal", .int(1)), ("persona", .string(header.personaID)), ("personaVersion", .int(header.personaVersion)),
            ("seed", .uint(header.seed)), ("trainee", .string(header.trainee)), ("startedAt", .string(header.startedAt)),
        ] + (header.branch.map { branch in
            [("branch", .object(["parent": .string(branch.parent), "turn": .int(branch.turn),
                                 "parentStartedAt": branch.parentStartedAt.map(JSONValue.string)]))]
        } ?? []))
    }

    /// Links the staged journal under the first free session name; `link` fails rather than replace,
    /// so two sessions starting in the same second cannot take the same name.
    private static func link(_ staging: URL, in folder: URL, transcripts: URL,
                             baseName: String) throws(StorageError) -> (URL, String) {
        for counter in 1..<10_000 {
            let name = counter == 1 ? baseName : "\(baseName)-\(counter)"
            if TranscriptStore.isTaken(name, in: transcripts) { continue }
            let target = folder.appendingPathComponent("\(name).jsonl")
            if FileDescriptor.linkWithoutReplacing(staging.path, target.path) { return (target, name) }
            if errno != EEXIST { throw StorageError(path: target.path, reason: FileDescriptor.reason(errno)) }
        }
        throw StorageError(path: folder.path, reason: "no free session name for \(baseName)")
    }

    deinit {
        if descriptor >= 0 { Glibc.close(descriptor) }
    }

    /// Records one trainee line and flushes it to disk before returning.
    public func record(line: String) throws(StorageError) {
        try append(.object([("line", .string(line))]))
    }

    /// Removes the journal once its session is safely saved as a transcript. The name goes first and
    /// the lock last, so a recovery waiting for the lock finds the name gone.
    public func discard() {
        guard descriptor >= 0 else { return }
        unlink(url.path)
        FileDescriptor.syncFolder(url.deletingLastPathComponent().path)
        Glibc.close(descriptor)
        descriptor = -1
    }

    /// Closes the journal without removing it, as a killed process would (for tests of recovery).
    public func close() {
        guard descriptor >= 0 else { return }
        Glibc.close(descriptor)
        descriptor = -1
    }

    private func append(_ value: JSONValue) throws(StorageError) {
        guard descriptor >= 0 else { throw StorageError(path: url.path, reason: "the journal is closed") }
        try Self.append(value, to: descriptor, path: url.path)
    }

    /// One line of JSON, written in a single `write` (appends of one call are not interleaved) and
    /// flushed with `fdatasync`: the data and the file's length reach the disk, not its times.
    private static func append(_ value: JSONValue, to descriptor: Int32, path: String) throws(StorageError) {
        if let failure = FileDescriptor.writeAll(descriptor, Array((value.serialized() + "\n").utf8)) {
            throw StorageError(path: path, reason: FileDescriptor.reason(failure))
        }
        if fdatasync(descriptor) != 0 { throw StorageError(path: path, reason: FileDescriptor.reason(errno)) }
    }
}
