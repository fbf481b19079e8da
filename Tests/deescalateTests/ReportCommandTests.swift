import Foundation
import Testing

/// `deescalate report`, driven end to end through the built binary.
@Suite struct ReportCommandTests {
    static let fixture = BinaryRunner.packageRoot.appendingPathComponent("Tests/DeescalateKitTests/Fixtures/reports/session.json")

    @Test func oneTranscriptGoesToStandardOutput() throws {
        let result = try BinaryRunner.run(["report", Self.fixture.path])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdout.contains("Practice with Pat Tester"))
        #expect(result.stderr.isEmpty)
    }

    @Test func markdownFormat() throws {
        let result = try BinaryRunner.run(["report", Self.fixture.path, "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Practice with Pat Tester"))
        #expect(result.stdout.contains("## Grade:"))
    }

    @Test func badFilesAreReportedAndTheRestStillRendered() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("broken.json")
        try Data("{\"format\": 1, \"turns\": [".utf8).write(to: broken)
        let copy = folder.appendingPathComponent("good.json")
        try FileManager.default.copyItem(at: Self.fixture, to: copy)
        let out = folder.appendingPathComponent("reports")
        let result = try BinaryRunner.run(["report", broken.path, copy.path, folder.appendingPathComponent("missing.json").path, "--out", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.json:"))
        #expect(result.stderr.contains("missing.json: no such file or folder"))
        let html = try String(contentsOf: out.appendingPathComponent("good.html"), encoding: .utf8)
        #expect(html.contains("<svg"))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("broken.html").path))
    }

    @Test func aFolderRendersEveryTranscriptAndSameNamesDoNotCollide() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for sub in ["a", "b"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.fixture, to: folder.appendingPathComponent("\(sub)/s.json"))
        }
        let out = folder.appendingPathComponent("out")
        let result = try BinaryRunner.run(["report", folder.appendingPathComponent("a").path, folder.appendingPathComponent("b/s.json").path,
                                           "--out", out.path, "--format", "markdown"])
        #expect(result.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(names == ["s-2.md", "s.md"])
    }

    @Test(arguments: [
        (["report"], "give at least one transcript"),
        (["report", "x.json", "--format", "pdf"], "must be one of html, markdown"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message))
    }

    @Test func severalTranscriptsNeedAnOutFolder() throws {
        let result = try BinaryRunner.run(["report", Self.fixture.path, Self.fixture.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("need --out DIR"))
    }

    @Test func practiceEndCardOffersTheReport() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(["practice", "--personas", BinaryRunner.fixturePersonas.path, "--persona", "test-parcel",
                                           "--seed", "3", "--script", "-", "--out", folder.path],
                                          stdin: "What happened?\nI'm so sorry.\n")
        // The test binary lives in .build, as under `swift run`: the hint says `swift run`, not a bare
        // `deescalate` that a fresh clone does not have.
        #expect(result.stdout.contains("Report: swift run "))
        #expect(result.stdout.contains(" deescalate report "))
        #expect(result.stdout.contains("--format html --out "))
    }

    /// Started by a path outside .build, the card's command is that path, and running it as printed
    /// (by a shell, in the same folder) writes the report.
    @Test func theReportLineRunsAsPrinted() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("my tools/deescalate")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Self.copyExecutable(BinaryRunner.binary, to: copy)
        let input = Pipe(), output = Pipe()
        var practice = Process()
        // Tests run in parallel: another test's fork can briefly hold a descriptor to the new copy,
        // and exec then fails with ETXTBSY ("Text file busy"). Written with O_CLOEXEC that window is
        // tiny; a few retries close it.
        for attempt in 1...20 {
            practice = Process()
            practice.executableURL = copy
            practice.arguments = ["practice", "--personas", BinaryRunner.fixturePersonas.path, "--persona", "test-parcel", "--seed", "3",
                                  "--script", "-", "--out", "saved sessions"]
            practice.currentDirectoryURL = folder
            practice.standardInput = input
            practice.standardOutput = output
            practice.standardError = FileHandle.nullDevice
            do {
                try practice.run()
                break
            } catch let error as NSError where attempt < 20 && (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) {
                usleep(100_000)
            }
        }
        input.fileHandleForWriting.write(Data("What happened?\n/end\n".utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        practice.waitUntilExit()
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("Report: ") })
        let command = String(line.dropFirst("Report: ".count))
        #expect(command.hasPrefix("'\(copy.path)' report 'saved sessions/"))
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", command]
        shell.currentDirectoryURL = folder
        shell.standardOutput = FileHandle.nullDevice
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        let reports = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("saved sessions").path)
        #expect(reports.contains { $0.hasSuffix(".html") })
    }

    /// Copies an executable through a descriptor that no other test's child process can inherit.
    static func copyExecutable(_ source: URL, to target: URL) throws {
        let bytes = try Data(contentsOf: source)
        let descriptor = open(target.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let wrote = write(descriptor, buffer.baseAddress! + done, buffer.count - done)
                guard wrote > 0 else { throw CocoaError(.fileWriteUnknown) }
                done += wrote
            }
        }
    }

    @Test func aChatLogRendersWithItsConversationAndNoCurve() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("monday.txt")
        try Data("Customer: Where is my refund?\nAgent (Sam Lee): I'm so sorry. What happened when you asked before?\nCustomer: They said five days.\nAgent (Sam Lee): I'll process it today. Thank you for your patience.\n".utf8).write(to: log)
        let result = try BinaryRunner.run(["report", log.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("not valid JSON"))
        #expect(result.stdout.contains("Imported chat log"))
        #expect(result.stdout.contains("Trainee (Sam Lee)"))
        #expect(result.stdout.contains("I&#39;ll process it today") || result.stdout.contains("I'll process it today"))
        #expect(result.stdout.contains("so there is no curve"))
        #expect(result.stdout.contains("LAST scorecard"))
        // A folder of chat logs renders too, one page each.
        let out = folder.appendingPathComponent("out")
        let batch = try BinaryRunner.run(["report", folder.path, "--out", out.path, "--format", "markdown"])
        #expect(batch.status == 0, "\(batch.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("monday.md").path))
    }

    @Test func aFileThatIsNeitherSaysWhatItTakes() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let notes = folder.appendingPathComponent("notes.txt")
        try Data("Shopping list\nmilk\n".utf8).write(to: notes)
        let result = try BinaryRunner.run(["report", notes.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("notes.txt:1:1"))
        #expect(result.stderr.contains("Customer: …"))
    }
}
