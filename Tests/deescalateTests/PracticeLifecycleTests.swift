import Foundation
import Testing

/// Sessions as processes: two at once never touch each other's journal, a killed one is recovered
/// by a later start (once), and SIGTERM or SIGHUP saves the session as abandoned at once.
@Suite struct PracticeLifecycleTests {
    let personas = BinaryRunner.fixturePersonas.path

    /// A practice session running in the built binary, fed through a pipe that stays open.
    final class LiveSession {
        let process = Process()
        private let input = Pipe()
        private let output = Pipe()
        let folder: URL
        let trainee: String
        nonisolated(unsafe) private var outData = Data()
        private let reading = DispatchGroup()

        init(folder: URL, trainee: String, personas: String) throws {
            self.folder = folder
            self.trainee = trainee
            process.executableURL = BinaryRunner.binary
            process.arguments = ["practice", "--personas", personas, "--persona", "test-parcel", "--seed", "4",
                                 "--name", trainee, "--out", folder.path, "--color", "never"]
            process.standardInput = input
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            try process.run()
            reading.enter()
            nonisolated(unsafe) let session = self
            DispatchQueue.global().async {
                session.outData = session.output.fileHandleForReading.readDataToEndOfFile()
                session.reading.leave()
            }
        }

        func send(_ text: String) { input.fileHandleForWriting.write(Data(text.utf8)) }

        /// The session's journal file, once it exists.
        var journal: URL? { SessionFiles.journals(in: folder).first { $0.lastPathComponent.hasSuffix("-\(trainee).jsonl") } }

        /// Waits until the journal holds `lines` trainee lines (each is flushed before the reply).
        func waitForJournal(lines: Int) -> Bool {
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline {
                if let journal, let text = try? String(contentsOf: journal, encoding: .utf8),
                   text.split(separator: "\n").count >= lines + 1 { return true }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return false
        }

        /// Waits up to `seconds` for the process to end by itself; kills it (and says so) if it does not.
        func waitForExit(seconds: Double = 20) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            guard process.isRunning else { return true }
            kill(process.processIdentifier, SIGKILL)
            return false
        }

        /// Closes the input and waits for the process; its standard output.
        func finish() -> String {
            try? input.fileHandleForWriting.close()
            process.waitUntilExit()
            reading.wait()
            return String(decoding: outData, as: UTF8.self)
        }
    }

    private func savedTranscripts(in folder: URL) throws -> [[String: Any]] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted().map {
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent($0))) as? [String: Any] ?? [:]
        }
    }

    private func traineeLines(_ transcript: [String: Any]) -> [String] {
        (transcript["turns"] as? [[String: Any]] ?? []).filter { $0["speaker"] as? String == "trainee" }.compactMap { $0["text"] as? String }
    }

    @Test func twoSessionsAtOnceOneKilledNothingLostNothingSavedTwice() throws {
        let out = try BinaryRunner.temporaryFolder()
        let first = try LiveSession(folder: out, trainee: "first", personas: personas)
        let second = try LiveSession(folder: out, trainee: "second", personas: personas)
        first.send("What happened?\n")
        second.send("What happened?\n")
        #expect(first.waitForJournal(lines: 1) && second.waitForJournal(lines: 1))

        // A third start while both run recovers nothing and leaves both journals alone.
        let third = try BinaryRunner.run(["practice", "--personas", personas, "--persona", "test-parcel", "--name", "third",
                                          "--out", out.path, "--script", "-"], stdin: "Thank you.\n")
        #expect(third.status == 0, "\(third.stderr)")
        #expect(!third.stderr.contains("Recovered"), "\(third.stderr)")
        #expect(SessionFiles.journals(in: out).count == 2)

        // Both go on journalling; then the first is killed and the second ends normally.
        first.send("I'm so sorry, that must be frustrating.\n")
        second.send("I'm so sorry.\n")
        #expect(first.waitForJournal(lines: 2) && second.waitForJournal(lines: 2))
        kill(first.process.processIdentifier, SIGKILL)
        _ = first.finish()
        second.send("/end\n")
        let secondOutput = second.finish()
        #expect(second.process.terminationStatus == 0)
        #expect(secondOutput.contains("Saved:"))

        // A fourth start recovers the killed one, once, with both its lines.
        let fourth = try BinaryRunner.run(["practice", "--personas", personas, "--persona", "test-parcel", "--name", "fourth",
                                           "--out", out.path, "--script", "-"], stdin: "Thank you.\n")
        #expect(fourth.stderr.contains("Recovered an unfinished session (2 turns) as abandoned"), "\(fourth.stderr)")
        #expect(SessionFiles.journals(in: out).isEmpty)
        let saved = try savedTranscripts(in: out)
        #expect(saved.compactMap { $0["trainee"] as? String }.sorted() == ["first", "fourth", "second", "third"], "each session saved exactly once")
        let recovered = try #require(saved.first { $0["trainee"] as? String == "first" })
        #expect(recovered["outcome"] as? String == "abandoned")
        #expect(traineeLines(recovered) == ["What happened?", "I'm so sorry, that must be frustrating."])
        let finished = try #require(saved.first { $0["trainee"] as? String == "second" })
        #expect(traineeLines(finished) == ["What happened?", "I'm so sorry."])

        let fifth = try BinaryRunner.run(["practice", "--personas", personas, "--persona", "test-parcel", "--out", out.path,
                                          "--script", "-"], stdin: "")
        #expect(!fifth.stderr.contains("Recovered"), "nothing is recovered twice")
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func aSignalSavesTheSessionAsAbandonedAtOnce(signal: Int32) throws {
        let out = try BinaryRunner.temporaryFolder()
        let session = try LiveSession(folder: out, trainee: "signalled", personas: personas)
        session.send("What happened?\n")
        #expect(session.waitForJournal(lines: 1))
        kill(session.process.processIdentifier, signal)
        // The input stays open: the session must end on the signal alone.
        #expect(session.waitForExit(), "the session did not end on the signal")
        let stdout = session.finish()
        #expect(session.process.terminationReason == .uncaughtSignal, "it ends by the signal, after saving")
        #expect(session.process.terminationStatus == signal)
        #expect(stdout.contains("saving the session as abandoned"), "\(stdout)")
        #expect(stdout.contains("Grade card — abandoned"))
        #expect(stdout.contains("Saved:"))
        let saved = try savedTranscripts(in: out)
        #expect(saved.count == 1)
        #expect(saved.first?["outcome"] as? String == "abandoned")
        #expect(saved.first.map(traineeLines) == ["What happened?"])
        #expect(saved.first?["grade"] != nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).contains { $0.hasSuffix(".md") })
        #expect(SessionFiles.journals(in: out).isEmpty, "nothing left to recover")
    }
}
