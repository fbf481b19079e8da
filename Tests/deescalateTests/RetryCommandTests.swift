import Foundation
import Testing
@testable import deescalate

/// `practice --retry TRANSCRIPT --turn N` and the report of a retried session, end to end.
@Suite struct RetryCommandTests {
    let personas = BinaryRunner.fixturePersonas.path
    static let script = """
    I can send you a voucher for your next order.
    Sorry, what happened with the parcel exactly?
    So it was promised for Monday and only came on Wednesday, and nobody told you?
    I'm so sorry, that must have been really upsetting.
    I'll refund the shipping right now, and you'll see it within three days.
    Thank you for your patience, and for telling us.

    """

    /// A parent session saved in `folder`; returns its path.
    func parent(in folder: URL, lines: String = script) throws -> URL {
        let result = try BinaryRunner.run(["practice", "--personas", personas, "--persona", "test-parcel", "--seed", "5", "--name", "Alex",
                                           "--script", "-", "--out", folder.path], stdin: lines, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(SessionFiles.transcripts(in: folder).first)
    }

    /// The exact bytes of each element of the transcript's "turns" array, as written in the file.
    static func turnBytes(_ data: Data) -> [Data] {
        let bytes = [UInt8](data)
        guard let key = data.range(of: Data("\"turns\": [".utf8)) else { return [] }
        var elements: [Data] = []
        var depth = 0, inString = false, escaped = false, start = 0
        var index = key.upperBound
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte == UInt8(ascii: "{") {
                if depth == 0 { start = index }
                depth += 1
            } else if byte == UInt8(ascii: "}") {
                depth -= 1
                if depth == 0 { elements.append(Data(bytes[start...index])) }
            } else if byte == UInt8(ascii: "]"), depth == 0 {
                break
            }
            index += 1
        }
        return elements
    }

    @Test(arguments: 1...6)
    func aRetryReproducesTheTurnsBeforeReplyNByteForByte(turn: Int) throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let parent = try parent(in: folder)
        let result = try BinaryRunner.run(["practice", "--personas", personas, "--retry", parent.path, "--turn", String(turn),
                                           "--script", "-", "--out", folder.path, "--format", "json"],
                                          stdin: "Thank you for calling about this.\n", environment: ["SOURCE_DATE_EPOCH": "1700000100"])
        #expect(result.status == 0, "\(result.stderr)")
        let saved = try #require(SessionFiles.transcripts(in: folder).first { $0 != parent })
        let parentTurns = Self.turnBytes(try Data(contentsOf: parent))
        let retryTurns = Self.turnBytes(try Data(contentsOf: saved))
        let shared = 1 + 2 * (turn - 1) // the opening, then a reply and an answer per earlier reply
        try #require(parentTurns.count >= shared && retryTurns.count > shared)
        #expect(Array(retryTurns.prefix(shared)) == Array(parentTurns.prefix(shared)))
        #expect(String(decoding: retryTurns[shared], as: UTF8.self).contains("Thank you for calling about this."))
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["format"] as? Int == 3)
        let branch = object?["branch"] as? [String: Any]
        #expect(branch?["parent"] as? String == parent.lastPathComponent, "same folder: the file name")
        #expect(branch?["turn"] as? Int == turn)
        #expect(object?["seed"] as? Int == 5 && object?["trainee"] as? String == "Alex")
    }

    @Test func theSameRetryTwiceIsByteIdentical() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let parent = try parent(in: folder)
        var outputs: [String] = []
        for _ in 0..<2 {
            let result = try BinaryRunner.run(["practice", "--personas", personas, "--retry", parent.path, "--turn", "2", "--script", "-",
                                               "--out", folder.appendingPathComponent("retries").path, "--format", "json"],
                                              stdin: "What happened?\n", environment: ["SOURCE_DATE_EPOCH": "1700000100"])
            outputs.append(result.stdout)
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0].contains(parent.path), "another folder: the parent's absolute path")
    }

    @Test func theTextRunSaysWhatIsReplayedAndHandsOver() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let parent = try parent(in: folder)
        let result = try BinaryRunner.run(["practice", "--personas", personas, "--retry", parent.path, "--turn", "2", "--script", "-",
                                           "--out", folder.path, "--color", "never"], stdin: "What happened, from the start?\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("at reply 2  (Pat Tester, seed 5; your reply 1 replayed as you said it)"))
        #expect(result.stdout.contains("— reply 2 is yours now. Last time you said: \"Sorry, what happened with the parcel exactly?\""))
        #expect(result.stdout.contains("Grade card"))
    }

    @Test(arguments: [
        (["--turn", "9"], "--turn 9 is out of range: the session has 6 trainee replies, so --turn must be from 1 to 7"),
        (["--turn", "7"], "ended resolved before reply 7"),
    ])
    func outOfRangeTurnsAreRefused(extra: [String], message: String) throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let parent = try parent(in: folder)
        let result = try BinaryRunner.run(["practice", "--personas", personas, "--retry", parent.path, "--script", "-", "--out", folder.path] + extra, stdin: "")
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func anOlderPersonaVersionMissingFilesAndChatLogsAreRefused() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let parent = try parent(in: folder)
        let text = try String(contentsOf: parent, encoding: .utf8)
        let older = folder.appendingPathComponent("older.json")
        try text.replacingOccurrences(of: "\"version\": 1,", with: "\"version\": 7,").write(to: older, atomically: true, encoding: .utf8)
        let chat = folder.appendingPathComponent("chat.txt")
        try "Customer: my parcel is late\nAgent: sorry\n".write(to: chat, atomically: true, encoding: .utf8)
        let cases: [(String, String)] = [
            (older.path, "played against test-parcel version 7, but the persona folder has test-parcel version 1"),
            (folder.appendingPathComponent("nope.json").path, "no such file"),
            (chat.path, "imported chat log, not a practice session"),
        ]
        for (path, message) in cases {
            let result = try BinaryRunner.run(["practice", "--personas", personas, "--retry", path, "--turn", "1", "--script", "-",
                                               "--out", folder.path], stdin: "")
            #expect(result.status == 1, "\(path)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        let gone = try BinaryRunner.run(["practice", "--personas", BinaryRunner.packageRoot.appendingPathComponent("Personas").path,
                                         "--retry", parent.path, "--turn", "1", "--script", "-", "--out", folder.path], stdin: "")
        #expect(gone.status == 1)
        #expect(gone.stderr.contains("persona 'test-parcel', which is not in the persona folder"))
    }

    @Test(arguments: [
        (["--turn", "2"], "'--turn' goes with --retry TRANSCRIPT"),
        (["--retry", "x.json"], "'--retry' needs --turn N"),
        (["--retry", "x.json", "--turn", "1", "--seed", "3"], "'--seed' cannot be combined with --retry"),
        (["--retry", "x.json", "--turn", "0"], "'--turn' must be a whole number from 1 to 100000"),
    ])
    func retryUsageErrors(arguments: [String], message: String) throws {
        let result = try BinaryRunner.run(["practice"] + arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func repliesStartingWithASlashAreReplayedAsReplies() {
        #expect(ReplayLineSource.typedForm(of: "/help is what I need") == "//help is what I need")
        #expect(ReplayLineSource.typedForm(of: "  //x") == "  //x")
        #expect(ReplayLineSource.typedForm(of: "hello") == "hello")
        #expect(ReplayLineSource.typedForm(of: "  /x") == nil, "reads as a command whatever is typed")
    }

    @Test func theReportOfARetryDrawsBothSessionsFromTheBranch() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let parent = try parent(in: folder)
        let retried = try BinaryRunner.run(["practice", "--personas", personas, "--retry", parent.path, "--turn", "1", "--script", "-",
                                            "--out", folder.path], stdin: "I'm so sorry. What happened?\n", environment: ["SOURCE_DATE_EPOCH": "1700000100"])
        #expect(retried.status == 0, "\(retried.stderr)")
        let retry = try #require(SessionFiles.transcripts(in: folder).first { $0 != parent })
        let twin = try String(contentsOf: retry.deletingPathExtension().appendingPathExtension("md"), encoding: .utf8)
        #expect(twin.contains("- Retry of: \(parent.lastPathComponent), from reply 1"))
        let html = try BinaryRunner.run(["report", retry.path, "--personas", personas])
        #expect(html.status == 0, "\(html.stderr)")
        #expect(html.stdout.contains("<h2>Retry of reply 1</h2>"))
        #expect(html.stdout.contains("class=\"curve-parent\"") && html.stdout.contains("class=\"curve-retry\""))
        #expect(html.stdout.contains("First try") && html.stdout.contains("This try"))
        #expect(html.stdout.contains("I can send you a voucher for your next order.") && html.stdout.contains("I&#39;m so sorry. What happened?"))
        let markdown = try BinaryRunner.run(["report", retry.path, "--format", "markdown", "--personas", personas])
        #expect(markdown.stdout.contains("| I can send you a voucher for your next order. | I'm so sorry. What happened? |"))
        // Without its parent the retry still renders, alone, and says why.
        try FileManager.default.removeItem(at: parent)
        let alone = try BinaryRunner.run(["report", retry.path, "--personas", personas])
        #expect(alone.status == 0)
        #expect(!alone.stdout.contains("Retry of reply"))
        #expect(alone.stderr.contains("the report shows this session alone"))
    }
}

/// Saved files in a session folder.
extension SessionFiles {
    /// The `.json` transcripts in `folder`, by name.
    static func transcripts(in folder: URL) -> [URL] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted().map { folder.appendingPathComponent($0) }
    }
}

/// Model replies on the grade card and in the report, with the shipped personas.
@Suite struct ModelReplyCommandTests {
    static let personas = BinaryRunner.packageRoot.appendingPathComponent("Personas").path

    @Test func theCardAndTheReportQuoteAModelReplyAtTheFirstHarm() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BinaryRunner.run(["practice", "--personas", Self.personas, "--persona", "late-parcel", "--seed", "3", "--name", "Alex",
                                           "--script", "-", "--out", folder.path, "--color", "never"], stdin: "Calm down, it's only a parcel.\nWhat happened?\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Model replies (written by the persona's author)"))
        #expect(result.stdout.contains("  Turn 2 (your reply 1) did harm"))
        #expect(result.stdout.contains("    a model reply: “I'm so sorry your parcel arrived late. Can you tell me what happened?”"))
        #expect(result.stdout.contains("--turn 1"))
        let saved = try #require(SessionFiles.transcripts(in: folder).first)
        let report = try BinaryRunner.run(["report", saved.path, "--personas", Self.personas])
        #expect(report.stdout.contains("<h2>Model replies</h2>"))
        #expect(report.stdout.contains("I&#39;m so sorry your parcel arrived late. Can you tell me what happened?"))
    }
}

/// Paths that come from input (a retry's stored parent, the files of a folder) are read only when
/// they are regular files: a device or a FIFO there neither hangs nor floods the command.
@Suite struct NonRegularFileTests {
    @Test func aParentPathNamingADeviceIsNotRead() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = BinaryRunner.packageRoot.appendingPathComponent("Transcripts/examples/alex/20261125-110640-late-parcel-Alex-Morgan.json")
        let text = try String(contentsOf: source, encoding: .utf8)
        let evil = folder.appendingPathComponent("evil.json")
        try text.replacingOccurrences(of: "\"parent\": \"20261119-110640-late-parcel-Alex-Morgan.json\"", with: "\"parent\": \"/dev/zero\"")
            .write(to: evil, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["report", evil.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("(/dev/zero) cannot be read at /dev/zero (") && result.stderr.contains("not a regular file"), "\(result.stderr)")
    }

    @Test func aFIFOInTheSessionFolderIsSkipped() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let examples = BinaryRunner.packageRoot.appendingPathComponent("Transcripts/examples/alex")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path) where name.hasSuffix(".json") {
            try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        #expect(mkfifo(folder.appendingPathComponent("pipe.json").path, 0o600) == 0)
        let result = try BinaryRunner.run(["progress", folder.path])
        #expect(result.status == 1, "a file that could not be read is an exit 1, as in grade")
        #expect(result.stderr.contains("pipe.json: error: ") && result.stderr.contains("not a regular file"), "\(result.stderr)")
        #expect(result.stdout.contains("Progress of Alex Morgan — 7 sessions"))
    }
}
