import Foundation

extension SessionJournal {
    /// A journal read back from disk.
    public struct Recovered: Sendable, Equatable {
        /// Where it was.
        public var url: URL
        /// Its header.
        public var header: Header
        /// The trainee lines it holds, in order.
        public var lines: [String]
    }

    /// Journals in `transcripts` not known to be finished: those of live sessions (locked) as well as
    /// those of sessions that were killed, crashed or lost power. `JournalRecovery` tells them apart.
    public static func leftOver(in transcripts: URL) -> [URL] {
        let folder = folder(in: transcripts)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// Staging files of journals whose process died between creating and naming them.
    static func staged(in transcripts: URL) -> [URL] {
        let folder = folder(in: transcripts)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasPrefix(".") && $0.hasSuffix(".new") }.map { folder.appendingPathComponent($0) }
    }

    /// Reads a journal back (without claiming it). A last line cut off by a kill is ignored; an
    /// unreadable header is an error.
    public static func read(_ url: URL) throws(StorageError) -> Recovered {
        try parse(try RegularFileReader.read(url.path, limit: .max), url: url)
    }

    /// Parses a journal's bytes: the header line, then one `{"line": …}` per trainee turn.
    static func parse(_ bytes: [UInt8], url: URL) throws(StorageError) -> Recovered {
        let rows = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
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
                                                  startedAt: header["startedAt"]?.string ?? "", branch: branch(header["branch"])),
                         lines: lines)
    }

    /// A retried session's branch point, when the header has a usable one; a damaged one is dropped
    /// (the session is still recovered, as a session of its own).
    private static func branch(_ node: JSONNode?) -> BranchPoint? {
        guard let node, let parent = node["parent"]?.string, !parent.isEmpty,
              let turn = node["turn"]?.int, turn >= 1 else { return nil }
        return BranchPoint(parent: parent, turn: turn, parentStartedAt: node["parentStartedAt"]?.string)
    }
}
