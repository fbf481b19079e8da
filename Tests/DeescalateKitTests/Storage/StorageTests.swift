import Foundation
import Testing
@testable import DeescalateKit

/// Files: atomic writes, never overwriting, safe names, the journal and its recovery.
@Suite struct StorageTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("deescalate-storage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test(arguments: [
        ("Alex", "Alex"), ("../../etc/passwd", "etc-passwd"), ("a/b\\c", "a-b-c"), ("", "anonymous"),
        ("..", "anonymous"), ("Zoë Ñandú", "Zoë-Ñandú"), ("\u{1B}[31mred", "31mred"), ("名前", "名前"),
    ])
    func traineeNamesBecomeSafeFileNames(name: String, expected: String) {
        #expect(FileNaming.sanitized(name) == expected)
    }

    /// `permissions` gives the file's exact mode and `folderPermissions` a new folder's; nothing
    /// temporary is left behind.
    @Test func atomicWritesKeepTheModesAskedFor() throws {
        let folder = try temporaryFolder()
        let url = folder.appendingPathComponent("new/private")
        try AtomicFile.write(Array("secret\n".utf8), to: url, permissions: 0o600, folderPermissions: 0o700)
        var status = stat()
        #expect(stat(url.path, &status) == 0 && status.st_mode & 0o777 == 0o600)
        #expect(stat(url.deletingLastPathComponent().path, &status) == 0 && status.st_mode & 0o777 == 0o700)
        #expect(try String(contentsOf: url, encoding: .utf8) == "secret\n")
        try AtomicFile.write([], to: url, permissions: 0o640)
        #expect(stat(url.path, &status) == 0 && status.st_mode & 0o777 == 0o640, "replacing keeps the mode asked for now")
        #expect(try Data(contentsOf: url).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path) == ["private"])
    }

    @Test func savesJSONAndMarkdownWithoutOverwriting() throws {
        let folder = try temporaryFolder()
        let store = TranscriptStore(folder: folder)
        let transcript = Transcript(source: .simulator, persona: PersonaReference(try Fixtures.testParcel()), trainee: "../x",
                                    startedAt: "2026-11-22T10:00:00Z", turns: [Turn(speaker: .customer, text: "Hi", frustration: 70)])
        let first = try store.save(transcript)
        let second = try store.save(transcript)
        #expect(first.json.lastPathComponent == "20261122-100000-test-parcel-x.json")
        #expect(second.json.lastPathComponent == "20261122-100000-test-parcel-x-2.json")
        #expect(FileManager.default.fileExists(atPath: first.markdown.path))
        #expect(first.json.deletingLastPathComponent().path == folder.path)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func journalRecordsEachLineAndRecoversAnAbandonedSession() throws {
        let folder = try temporaryFolder()
        let persona = try Fixtures.testParcel()
        let journal = try SessionJournal(in: folder, baseName: "s", header: .init(
            personaID: persona.id, personaVersion: 1, seed: 11, trainee: "Sam", startedAt: "2026-11-22T10:00:00Z"))
        for line in ["What happened?", "line with \"quotes\"\nand a newline"] { try journal.record(line: line) }
        journal.close() // as a killed process would: the lock goes, the file stays
        // A kill mid-write leaves half a line at the end; recovery must ignore it, not fail.
        let handle = try FileHandle(forWritingTo: journal.url)
        handle.seekToEndOfFile()
        handle.write(Data(#"{"line": "half"#.utf8))
        try handle.close()

        let clock = SessionClock { Date(timeIntervalSince1970: 1_800_000_000) }
        let results = JournalRecovery(folder: folder, personas: [persona], clock: clock).recoverAll()
        guard case .recovered(_, let saved, let count) = results.first else { Issue.record("not recovered: \(results)"); return }
        #expect(count == 2)
        let transcript = try Transcript(parsing: Array(try Data(contentsOf: saved.json)))
        #expect(transcript.outcome == .abandoned)
        #expect(transcript.trainee == "Sam")
        #expect(transcript.turns.filter { $0.speaker == .trainee }.map(\.text) == ["What happened?", "line with \"quotes\"\nand a newline"])
        #expect(transcript.grade != nil)
        #expect(SessionJournal.leftOver(in: folder).isEmpty, "a recovered journal is removed")
    }

    /// A retried session killed mid-way is recovered as the retry it was: its transcript still
    /// names the parent and the reply it branched at, so the report draws the two together.
    @Test func aRecoveredRetryKeepsItsBranchPoint() throws {
        let folder = try temporaryFolder()
        let persona = try Fixtures.testParcel()
        let branch = BranchPoint(parent: "20261122-100000-test-parcel-Sam.json", turn: 2, parentStartedAt: "2026-11-22T10:00:00Z")
        do {
            let journal = try SessionJournal(in: folder, baseName: "r", header: .init(
                personaID: persona.id, personaVersion: 1, seed: 11, trainee: "Sam", startedAt: "2026-11-23T10:00:00Z", branch: branch))
            for line in ["What happened?", "I'm sorry about that."] { try journal.record(line: line) }
        }
        #expect(try SessionJournal.read(SessionJournal.leftOver(in: folder)[0]).header.branch == branch)
        let results = JournalRecovery(folder: folder, personas: [persona], clock: .fromEnvironment()).recoverAll()
        guard case .recovered(_, let saved, _) = results.first else { Issue.record("not recovered: \(results)"); return }
        let transcript = try Transcript(parsing: Array(try Data(contentsOf: saved.json)))
        #expect(transcript.branch == branch)
    }

    @Test func aJournalForAMissingPersonaIsKeptAndReported() throws {
        let folder = try temporaryFolder()
        do { // closed (and so unlocked) before recovery looks at it, as after a crash
            let journal = try SessionJournal(in: folder, baseName: "s", header: .init(
                personaID: "gone", personaVersion: 1, seed: 1, trainee: "Sam", startedAt: "2026-11-22T10:00:00Z"))
            try journal.record(line: "Hello?")
        }
        let results = JournalRecovery(folder: folder, personas: [], clock: .fromEnvironment()).recoverAll()
        guard case .failed(_, let reason) = results.first else { Issue.record("expected a failure"); return }
        #expect(reason.contains("gone"))
        #expect(SessionJournal.leftOver(in: folder).count == 1)
    }

    /// A session killed before its first reply left a journal with only its header: nothing to
    /// grade, so recovery removes it and saves nothing, as quitting at the first prompt does.
    @Test func aJournalWithNoReplyIsRemovedNotSaved() throws {
        let folder = try temporaryFolder()
        _ = try SessionJournal(in: folder, baseName: "s", header: .init(
            personaID: "test-parcel", personaVersion: 1, seed: 1, trainee: "Sam", startedAt: "2026-11-22T10:00:00Z"))
        let results = JournalRecovery(folder: folder, personas: [try Fixtures.testParcel()], clock: .fromEnvironment()).recoverAll()
        guard case .noReply = results.first else { Issue.record("expected no reply: \(results)"); return }
        #expect(SessionJournal.leftOver(in: folder).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.isEmpty)
    }

    @Test func sourceDateEpochPinsTheClock() {
        let clock = SessionClock.fromEnvironment(["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(clock.timestamp() == "2023-11-14T22:13:20Z")
    }

    @Test func personaFolderSkipsBadFilesAndKeepsTheRest() throws {
        let folder = try temporaryFolder()
        let good = try Fixtures.bytes("personas/test-parcel.json")
        try Data(good).write(to: folder.appendingPathComponent("good.json"))
        try Data("{ id: ".utf8).write(to: folder.appendingPathComponent("broken.json"))
        try Data(good).write(to: folder.appendingPathComponent("twin.json"))
        try Data("{}".utf8).write(to: folder.appendingPathComponent("persona.schema.json"))
        let contents = try PersonaFolder(url: folder).load()
        #expect(contents.personas.map(\.persona.id) == ["test-parcel"])
        #expect(contents.failures.count == 2)
        #expect(contents.failures.contains { $0.file.hasSuffix("broken.json") && $0.errors.first?.location != nil })
        #expect(contents.failures.contains { ($0.errorDescription ?? "").contains("duplicate persona id") })
    }
}
