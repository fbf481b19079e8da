import Foundation
import Testing
@testable import DeescalateKit

/// One journal per session, locked while it runs: recovery takes only journals whose session is gone,
/// never saves a session twice, and two sessions never share a name.
@Suite struct JournalLockTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("deescalate-journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func header(_ trainee: String = "Sam") throws -> SessionJournal.Header {
        .init(personaID: try Fixtures.testParcel().id, personaVersion: 1, seed: 5, trainee: trainee, startedAt: "2026-11-22T10:00:00Z")
    }

    private func transcripts(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test func aLiveSessionsJournalIsLeftAlone() throws {
        let folder = try temporaryFolder()
        let persona = try Fixtures.testParcel()
        let live = try SessionJournal(in: folder, baseName: "s", header: header())
        try live.record(line: "What happened?")
        let results = JournalRecovery(folder: folder, personas: [persona], clock: .fromEnvironment()).recoverAll()
        guard case .inUse(let url) = results.first, results.count == 1 else { Issue.record("expected in use: \(results)"); return }
        #expect(url == live.url)
        #expect(try transcripts(in: folder).isEmpty, "nothing saved for a running session")
        // The live session goes on journalling into the same file, untouched.
        try live.record(line: "I'm sorry.")
        #expect(try SessionJournal.read(live.url).lines == ["What happened?", "I'm sorry."])
        live.discard()
        #expect(SessionJournal.leftOver(in: folder).isEmpty)
    }

    @Test func twoSessionsStartingTogetherGetTheirOwnJournalsAndNames() throws {
        let folder = try temporaryFolder()
        let first = try SessionJournal(in: folder, baseName: "s", header: header("A"))
        let second = try SessionJournal(in: folder, baseName: "s", header: header("B"))
        #expect(first.name == "s")
        #expect(second.name == "s-2")
        #expect(first.url != second.url)
        try first.record(line: "one")
        try second.record(line: "two")
        #expect(try SessionJournal.read(first.url).lines == ["one"])
        #expect(try SessionJournal.read(second.url).lines == ["two"])
        let staging = try FileManager.default.contentsOfDirectory(atPath: SessionJournal.folder(in: folder).path).filter { $0.hasSuffix(".new") }
        #expect(staging.isEmpty, "the staging file is renamed into place")
    }

    @Test func aJournalNeverTakesTheNameOfASavedTranscript() throws {
        let folder = try temporaryFolder()
        try Data("{}".utf8).write(to: folder.appendingPathComponent("s.json"))
        let journal = try SessionJournal(in: folder, baseName: "s", header: header())
        #expect(journal.name == "s-2")
    }

    @Test func aSessionSavedBeforeItsProcessDiedIsNotSavedAgain() throws {
        let folder = try temporaryFolder()
        let persona = try Fixtures.testParcel()
        let journal = try SessionJournal(in: folder, baseName: "s", header: header())
        try journal.record(line: "What happened?")
        var conversation = Conversation(persona: persona, seed: 5, trainee: "Sam")
        _ = conversation.start()
        _ = conversation.submit("What happened?")
        _ = conversation.finish()
        let saved = try TranscriptStore(folder: folder).save(conversation.transcript(startedAt: "2026-11-22T10:00:00Z", endedAt: nil),
                                                            named: journal.name)
        #expect(saved.json.lastPathComponent == "s.json")
        journal.close() // killed between saving and removing the journal

        let results = JournalRecovery(folder: folder, personas: [persona], clock: .fromEnvironment()).recoverAll()
        guard case .alreadySaved(_, let found) = results.first else { Issue.record("expected already saved: \(results)"); return }
        #expect(found == saved)
        #expect(try transcripts(in: folder) == ["s.json"], "saved once")
        #expect(SessionJournal.leftOver(in: folder).isEmpty)
    }

    @Test func aHalfSavedSessionIsCompletedUnderItsName() throws {
        let folder = try temporaryFolder()
        let persona = try Fixtures.testParcel()
        let journal = try SessionJournal(in: folder, baseName: "s", header: header())
        try journal.record(line: "What happened?")
        // Killed after the Markdown twin was written and before the JSON: the name is still the session's.
        try Data("partial".utf8).write(to: folder.appendingPathComponent("s.md"))
        journal.close()
        let results = JournalRecovery(folder: folder, personas: [persona], clock: .fromEnvironment()).recoverAll()
        guard case .recovered(_, let saved, 1) = results.first else { Issue.record("expected recovered: \(results)"); return }
        #expect(saved.json.lastPathComponent == "s.json")
        #expect(try String(contentsOf: saved.markdown, encoding: .utf8) != "partial")
        #expect(try transcripts(in: folder) == ["s.json"])
    }

    @Test func recoveryRunsOnceEvenWhenTwoStartsRace() throws {
        let folder = try temporaryFolder()
        let persona = try Fixtures.testParcel()
        for trainee in ["A", "B", "C"] {
            let journal = try SessionJournal(in: folder, baseName: "s-\(trainee)", header: header(trainee))
            try journal.record(line: "What happened?")
            journal.close()
        }
        let recovery = JournalRecovery(folder: folder, personas: [persona], clock: .fromEnvironment())
        nonisolated(unsafe) var outcomes: [[JournalRecovery.Result]] = [[], []]
        DispatchQueue.concurrentPerform(iterations: 2) { outcomes[$0] = recovery.recoverAll() }
        let recovered = outcomes.flatMap { $0 }.filter { if case .recovered = $0 { true } else { false } }
        #expect(recovered.count == 3, "each journal recovered by exactly one of the two")
        #expect(try transcripts(in: folder).count == 3)
        #expect(SessionJournal.leftOver(in: folder).isEmpty)
    }

    @Test func aStagingFileLeftByAKillIsRemoved() throws {
        let folder = try temporaryFolder()
        let journals = SessionJournal.folder(in: folder)
        try FileManager.default.createDirectory(at: journals, withIntermediateDirectories: true)
        let stale = journals.appendingPathComponent(".s.123.456.new")
        try Data("{\"journal\":1}\n".utf8).write(to: stale)
        _ = JournalRecovery(folder: folder, personas: [], clock: .fromEnvironment()).recoverAll()
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test func createRefusesAnExistingFileAndLeavesNoTemporary() throws {
        let folder = try temporaryFolder()
        let target = folder.appendingPathComponent("a.txt")
        try AtomicFile.create(Array("one".utf8), at: target)
        #expect(throws: StorageError.self) { try AtomicFile.create(Array("two".utf8), at: target) }
        #expect(try String(contentsOf: target, encoding: .utf8) == "one")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.txt"])
    }
}
