import Foundation
import Testing

/// `deescalate practice` driven end to end through the built binary with piped input.
@Suite struct PracticeCommandTests {
    let personas = BinaryRunner.fixturePersonas.path
    let script = "What happened?\nI'm sorry, I understand how upsetting that is.\nI will refund the shipping today.\nThank you for your patience.\n"

    @Test func scriptedRunPrintsTheConversationAndSaves() throws {
        let out = try BinaryRunner.temporaryFolder()
        let result = try BinaryRunner.run(["practice", "--personas", personas, "--persona", "test-parcel", "--seed", "3",
                                           "--script", "-", "--out", out.path, "--color", "never"], stdin: script)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Pat Tester:"))
        #expect(result.stdout.contains("frustration ["))
        #expect(result.stdout.contains("Grade card"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour with --color never")
        let saved = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(saved.count == 2)
        #expect(saved.contains { $0.hasSuffix(".json") } && saved.contains { $0.hasSuffix(".md") })
        #expect(SessionFiles.journals(in: out).isEmpty, "the journal is removed once the session is saved")
    }

    /// An empty script (/dev/null, only comments, empty standard input) says so and saves nothing;
    /// a missing file or a folder says why; a FIFO is read like a file.
    @Test func scriptsFromDevNullAFIFOOrNowhere() throws {
        let out = try BinaryRunner.temporaryFolder()
        let base = ["practice", "--personas", personas, "--persona", "test-parcel", "--seed", "3", "--out", out.path, "--color", "never"]
        for (arguments, stdin, message) in [
            (["--script", "/dev/null"], "", "error: the script '/dev/null' is empty: it has no trainee lines"),
            (["--script", "-"], "# just a comment\n", "error: the script standard input is empty"),
            (["--script", out.appendingPathComponent("missing.txt").path], "", "No such file or directory"),
            (["--script", out.path], "", "is a folder"),
        ] {
            let result = try BinaryRunner.run(base + arguments, stdin: stdin)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("cannot read the script") || !message.contains("empty"), "\(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty, "nothing saved")

        let fifo = out.appendingPathComponent("lines.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(Data(script.utf8))
                try? handle.close()
            }
        }
        writer.start()
        let result = try BinaryRunner.run(base + ["--script", fifo])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Grade card"), "\(result.stdout)")
    }

    @Test func jsonFormatPrintsOnlyTheTranscript() throws {
        let out = try BinaryRunner.temporaryFolder()
        let result = try BinaryRunner.run(["practice", "--personas", personas, "--persona", "test-parcel", "--seed", "3",
                                           "--script", "-", "--out", out.path, "--format", "json"], stdin: script)
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["format"] as? Int == 2)
        #expect(object?["seed"] as? Int == 3)
        let turns = (object?["turns"] as? [Any])?.count ?? 0
        #expect(turns >= 3, "an opening, then a reply to each trainee line (and a closing line once resolved)")
        #expect(["resolved", "escalated", "abandoned"].contains(object?["outcome"] as? String ?? ""))
    }

    @Test func sameSeedAndLinesGiveByteIdenticalTranscripts() throws {
        var outputs: [String] = []
        var files: [Data] = []
        for _ in 0..<2 {
            let out = try BinaryRunner.temporaryFolder()
            let result = try BinaryRunner.run(["practice", "--personas", personas, "--persona", "test-parcel", "--seed", "8",
                                               "--script", "-", "--out", out.path, "--format", "json"],
                                              stdin: script, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
            outputs.append(result.stdout)
            let name = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".json") })
            files.append(try Data(contentsOf: out.appendingPathComponent(name)))
        }
        #expect(outputs[0] == outputs[1])
        #expect(files[0] == files[1])
    }

    @Test func pipedInputWithoutScriptUsesTheMenuAndPlainLines() throws {
        let out = try BinaryRunner.temporaryFolder()
        let result = try BinaryRunner.run(["practice", "--personas", personas, "--out", out.path, "--seed", "1"],
                                          stdin: "\nWhat happened?\n/hint\n/end\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1. Pat Tester [easy]"))
        #expect(result.stdout.contains("hint: "))
        #expect(result.stdout.contains("Grade card — abandoned"))
    }

    @Test func endOfInputSavesAsAbandoned() throws {
        let out = try BinaryRunner.temporaryFolder()
        let result = try BinaryRunner.run(["practice", "--personas", personas, "--persona", "test-parcel", "--out", out.path],
                                          stdin: "What happened?\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("abandoned"))
        #expect(result.stdout.contains("Saved:"))
    }

    @Test func findsTheShippedPersonasFromAnyDirectory() throws {
        let elsewhere = try BinaryRunner.temporaryFolder()
        let result = try BinaryRunner.run(["practice", "--script", "-", "--out", elsewhere.appendingPathComponent("out").path],
                                          stdin: "What happened?\n", directory: elsewhere,
                                          environment: ["DEESCALATE_PERSONAS": ""])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Grade card"))
    }

    @Test func savesBesideTheProjectWhenRunFromElsewhere() throws {
        let elsewhere = try BinaryRunner.temporaryFolder()
        let project = try BinaryRunner.temporaryFolder()
        let personasCopy = project.appendingPathComponent("Personas")
        try FileManager.default.copyItem(at: BinaryRunner.fixturePersonas, to: personasCopy)
        try FileManager.default.createDirectory(at: project.appendingPathComponent("Transcripts"), withIntermediateDirectories: true)
        let result = try BinaryRunner.run(["practice", "--personas", personasCopy.path, "--script", "-"], stdin: "What happened?\n",
                                          directory: elsewhere, environment: ["DEESCALATE_TRANSCRIPTS": ""])
        #expect(result.status == 0, "\(result.stderr)")
        let saved = try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("Transcripts").path)
        #expect(saved.contains { $0.hasSuffix(".json") })
        #expect(!FileManager.default.fileExists(atPath: elsewhere.appendingPathComponent("Transcripts").path))
    }

    @Test func noMeterHidesTheMeterAndTheReasons() throws {
        let out = try BinaryRunner.temporaryFolder()
        let result = try BinaryRunner.run(["practice", "--personas", personas, "--persona", "test-parcel", "--script", "-",
                                           "--out", out.path, "--no-meter"], stdin: script)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("frustration ["))
        #expect(!result.stdout.contains("(question"))
    }

    @Test func unknownPersonaSuggestsTheNearest() throws {
        let result = try BinaryRunner.run(["practice", "--personas", personas, "--persona", "test-parcl", "--script", "-"], stdin: "")
        #expect(result.status == 64)
        #expect(result.stderr.contains("did you mean 'test-parcel'"))
    }

    @Test func hostileInputIsNeverEchoedRaw() throws {
        let out = try BinaryRunner.temporaryFolder()
        let hostile = "\u{1B}]0;pwned\u{7}\u{1B}[2J hello \u{202E}x\n" + String(repeating: "paste ", count: 20_000) + "\n"
        var bytes = Data(hostile.utf8)
        bytes.append(contentsOf: [0xFF, 0xFE, 0x0A])
        let result = try BinaryRunner.run(["practice", "--personas", personas, "--persona", "test-parcel", "--script", "-",
                                           "--out", out.path, "--color", "never"], stdinData: bytes)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("\u{202E}"))
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".json") })
        let saved = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
        #expect(saved.contains("\\u001b]0;pwned"), "what the trainee typed is kept, escaped, in the transcript")
    }

    @Test func aKilledSessionIsRecoveredAtTheNextStart() throws {
        let out = try BinaryRunner.temporaryFolder()
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = ["practice", "--personas", personas, "--persona", "test-parcel", "--seed", "4", "--out", out.path]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("What happened?\nI'm so sorry.\n".utf8))
        // Wait until both turns are journalled (each is flushed before the reply), then kill -9.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let journal = SessionFiles.journals(in: out).first,
               let text = try? String(contentsOf: journal, encoding: .utf8), text.split(separator: "\n").count >= 3 { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(SessionFiles.journals(in: out).count == 1)

        let next = try BinaryRunner.run(["practice", "--personas", personas, "--persona", "test-parcel", "--out", out.path,
                                         "--script", "-"], stdin: "Hello.\n")
        #expect(next.stderr.contains("Recovered an unfinished session (2 turns) as abandoned"))
        #expect(SessionFiles.journals(in: out).isEmpty)
        let transcripts = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".json") }
        #expect(transcripts.count == 2, "the recovered session and the new one")
    }
}

/// Where the practice command keeps its files.
enum SessionFiles {
    static func journals(in folder: URL) -> [URL] {
        let journal = folder.appendingPathComponent(".journal")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: journal.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.map { journal.appendingPathComponent($0) }
    }
}
