import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An append-only record of a session in progress: the header (persona, seed, trainee, start time)
/// and each trainee line as it is submitted, flushed to disk every turn. Because the engine is
/// deterministic, replaying the lines rebuilds the conversation, so a killed process loses at most
/// the line being typed.
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

        /// Creates a header.
        public init(personaID: String, personaVersion: Int, seed: UInt64, trainee: String, startedAt: String) {
            self.personaID = personaID
            self.personaVersion = personaVersion
            self.seed = seed
            self.trainee = trainee
            self.startedAt = startedAt
        }
    }

    /// A journal read back from disk.
    public struct Recovered: Sendable, Equatable {
        /// Where it was.
        public var url: URL
        /// Its header.
        public var header: Header
        /// The trainee lines it holds, in order.
        public var lines: [String]
    }

    /// The folder, inside a transcripts folder, where journals of unfinished sessions live.
    public static func folder(in transcripts: URL) -> URL { transcripts.appendingPathComponent(".journal") }

    /// The journal's file.
    public let url: URL
    private var descriptor: Int32

    /// Starts a journal for a new session in `transcripts`, named after the session.
    public init(in transcripts: URL, baseName: String, header: Header) throws(StorageError) {
        let folder = Self.folder(in: transcripts)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StorageError(path: folder.path, reason: "cannot create the journal folder: \(error.localizedDescription)")
        }
        var candidate = folder.appendingPathComponent("\(baseName).jsonl")
        var counter = 2
        var opened = Glibc.open(candidate.path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND, 0o644)
        while opened < 0, errno == EEXIST, counter < 10_000 {
            candidate = folder.appendingPathComponent("\(baseName)-\(counter).jsonl")
            counter += 1
            opened = Glibc.open(candidate.path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND, 0o644)
        }
        guard opened >= 0 else { throw StorageError(path: candidate.path, reason: String(cString: strerror(errno))) }
        url = candidate
        descriptor = opened
        let headerValue = JSONValue.object([
            ("journal", .int(1)), ("persona", .string(header.personaID)), ("personaVersion", .int(header.personaVersion)),
            ("seed", .uint(header.seed)), ("trainee", .string(header.trainee)), ("startedAt", .string(header.startedAt)),
        ])
        try append(headerValue)
    }

    deinit {
        if descriptor >= 0 { Glibc.close(descriptor) }
    }

    /// Records one trainee line and flushes it to disk before returning.
    public func record(line: String) throws(StorageError) {
        try append(.object([("line", .string(line))]))
    }

    /// Removes the journal once its session is safely saved as a transcript.
    public func discard() {
        if descriptor >= 0 { Glibc.close(descriptor); descriptor = -1 }
        unlink(url.path)
    }

    private func append(_ value: JSONValue) throws(StorageError) {
        let bytes = Array((value.serialized() + "\n").utf8)
        let failed = bytes.withUnsafeBytes { buffer -> Bool in
            var written = 0
            while written < buffer.count {
                let result = Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if result < 0 { if errno == EINTR { continue }; return true }
                written += result
            }
            return fsync(descriptor) != 0
        }
        if failed { throw StorageError(path: url.path, reason: String(cString: strerror(errno))) }
    }

    /// Journals left behind by sessions that did not finish (killed, crashed, power lost).
    public static func leftOver(in transcripts: URL) -> [URL] {
        let folder = folder(in: transcripts)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Reads a journal back. A last line cut off by a kill is ignored; an unreadable header is an error.
    public static func read(_ url: URL) throws(StorageError) -> Recovered {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw StorageError(path: url.path, reason: "cannot read the journal")
        }
        let rows = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        guard let first = rows.first, let header = try? JSONParser.parse(Array(first)),
              let persona = header["persona"]?.string, let seed = header["seed"]?.uint64 else {
            throw StorageError(path: url.path, reason: "the journal has no readable header")
        }
        var lines: [String] = []
        for row in rows.dropFirst() {
            guard let node = try? JSONParser.parse(Array(row)), let line = node["line"]?.string else { continue }
            lines.append(line)
        }
        return Recovered(url: url, header: Header(personaID: persona, personaVersion: header["personaVersion"]?.int ?? 1,
                                                  seed: seed, trainee: header["trainee"]?.string ?? "anonymous",
                                                  startedAt: header["startedAt"]?.string ?? ""), lines: lines)
    }
}
