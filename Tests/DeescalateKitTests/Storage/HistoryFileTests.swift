import Foundation
import Testing
@testable import DeescalateKit
#if canImport(Glibc)
import Glibc
#endif

/// The reply history kept between practice sessions: where it lives, its limits, its privacy,
/// and that no broken or hostile file can stop practice.
@Suite struct HistoryFileTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("deescalate-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: [
        (["XDG_STATE_HOME": "/state", "HOME": "/home/a"], "/state/deescalate/history"),
        (["HOME": "/home/a"], "/home/a/.local/state/deescalate/history"),
        (["XDG_STATE_HOME": "relative/state", "HOME": "/home/a"], "/home/a/.local/state/deescalate/history"),
        (["XDG_STATE_HOME": "", "HOME": "/home/a"], "/home/a/.local/state/deescalate/history"),
        (["HOME": "not/absolute"], nil),
        ([:], nil),
    ] as [([String: String], String?)])
    func defaultLocationFollowsXDG(environment: [String: String], path: String?) {
        #expect(HistoryFile.defaultLocation(environment: environment)?.path == path)
    }

    @Test func roundTripInAPrivateFileAndFolder() throws {
        let folder = try temporaryFolder()
        let history = HistoryFile(url: folder.appendingPathComponent("deescalate/history"))
        #expect(history.load() == HistoryFile.Loaded(entries: [], problem: nil), "no file yet is an empty history")
        try history.append(["I'm sorry about that", "/hint"])
        try history.append(["/hint", "", "Thank you — 中文 👍🏽"])
        #expect(history.load() == HistoryFile.Loaded(entries: ["I'm sorry about that", "/hint", "Thank you — 中文 👍🏽"], problem: nil))
        var status = stat()
        #expect(stat(history.url.path, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        #expect(stat(history.url.deletingLastPathComponent().path, &status) == 0)
        #expect(status.st_mode & 0o777 == 0o700)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: history.url.deletingLastPathComponent().path)
        #expect(leftovers == ["history"], "no temporary file is left behind")
    }

    @Test func anExistingReadableFileIsReplacedByAPrivateOne() throws {
        let url = try temporaryFolder().appendingPathComponent("history")
        try Data("old\n".utf8).write(to: url)
        chmod(url.path, 0o644)
        try HistoryFile(url: url).append(["new"])
        var status = stat()
        _ = stat(url.path, &status)
        #expect(status.st_mode & 0o777 == 0o600)
        #expect(HistoryFile(url: url).load().entries == ["old", "new"])
    }

    @Test func sizeIsBoundedKeepingTheNewest() throws {
        let history = HistoryFile(url: try temporaryFolder().appendingPathComponent("history"))
        try history.append((1...(HistoryFile.entryLimit + 40)).map { "reply \($0)" })
        let entries = history.load().entries
        #expect(entries.count == HistoryFile.entryLimit)
        #expect(entries.first == "reply 41")
        #expect(entries.last == "reply \(HistoryFile.entryLimit + 40)")
        let long = String(repeating: "x", count: HistoryFile.entryByteLimit + 1)
        try history.append([long, "after"])
        #expect(history.load().entries.last == "after")
        #expect(!history.load().entries.contains(long), "a pasted document is not kept")
    }

    @Test func newlinesInARecordedReplyCannotSplitIt() throws {
        let history = HistoryFile(url: try temporaryFolder().appendingPathComponent("history"))
        try history.append(["one\ntwo\r\nthree"])
        #expect(history.load().entries == ["one two three"])
    }

    @Test func twoSessionsAppendingBothKeepTheirReplies() throws {
        let url = try temporaryFolder().appendingPathComponent("history")
        let first = HistoryFile(url: url), second = HistoryFile(url: url)
        try first.append(["from the first"])
        try second.append(["from the second"])
        try first.append(["first again"])
        #expect(first.load().entries == ["from the first", "from the second", "first again"])
    }

    @Test func aHugeFileLoadsItsTailWithANote() throws {
        let url = try temporaryFolder().appendingPathComponent("history")
        let line = String(repeating: "a", count: 99) + "\n"
        try Data((String(repeating: line, count: 30_000) + "the newest\n").utf8).write(to: url)
        let loaded = HistoryFile(url: url).load()
        #expect(loaded.entries.count == HistoryFile.entryLimit)
        #expect(loaded.entries.last == "the newest")
        #expect(loaded.entries.allSatisfy { $0 == "the newest" || $0.count == 99 }, "no cut-off first line")
        #expect(loaded.problem?.contains("KB") == true)
        try HistoryFile(url: url).append(["more"])
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? .max
        #expect(size <= HistoryFile.byteLimit, "saving shrinks it back under the limit")
    }

    @Test func binaryOrInvalidBytesAreSkipped() throws {
        let url = try temporaryFolder().appendingPathComponent("history")
        var bytes = Array("good one\n".utf8)
        bytes += [0x00, 0x01, 0xFF, 0xFE, 0x0A] + Array("\u{1B}]0;title\u{07}\n".utf8) + [0xC3, 0x28, 0x0A]
        bytes += Array("good two\r\n".utf8)
        try Data(bytes).write(to: url)
        let loaded = HistoryFile(url: url).load()
        #expect(loaded.entries == ["good one", "good two"])
        #expect(loaded.problem != nil)
    }

    @Test func aFolderOrAFIFOInItsPlaceIsReportedNotFatal() throws {
        let folder = try temporaryFolder()
        let directory = folder.appendingPathComponent("history")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let asFolder = HistoryFile(url: directory)
        #expect(asFolder.load().entries.isEmpty)
        #expect(asFolder.load().problem?.contains("not a regular file") == true)
        #expect(throws: StorageError.self) { try asFolder.append(["x"]) }
        let fifo = folder.appendingPathComponent("fifo")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        // Opening a FIFO for reading would block forever without O_NONBLOCK; it must not.
        #expect(HistoryFile(url: fifo).load().problem?.contains("not a regular file") == true)
    }

    @Test func aFileWhereTheFolderShouldBeThrowsANamedError() throws {
        let folder = try temporaryFolder()
        try Data("x".utf8).write(to: folder.appendingPathComponent("deescalate"))
        let history = HistoryFile(url: folder.appendingPathComponent("deescalate/history"))
        #expect(history.load().entries.isEmpty)
        do {
            try history.append(["x"])
            Issue.record("expected an error")
        } catch {
            #expect(error.path.hasSuffix("deescalate"))
        }
    }
}
