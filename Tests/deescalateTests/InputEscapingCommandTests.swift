import Foundation
import Testing

/// Issue 14 end to end: what the binary prints about hostile input — file names found in a folder,
/// JSON syntax errors, lint findings, "Wrote <path>", Markdown reports — shows control and bidi
/// characters visibly on stdout and stderr; numbers out of range are refused with a located error.
@Suite struct InputEscapingCommandTests {
    static let session = BinaryRunner.packageRoot.appendingPathComponent("Tests/DeescalateKitTests/Fixtures/reports/session.json")
    static let hostileName = "bad\u{1B}[2J\u{9B}31m\u{202E}"

    /// No raw C0 (but line breaks), DEL, C1 or bidi control in `text`.
    static func isVisible(_ text: String) -> Bool {
        !text.unicodeScalars.contains { scalar in
            let value = scalar.value
            return (value < 0x20 && value != 0x0A) || value == 0x7F || (0x80..<0xA0).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F || value == 0x061C
        }
    }

    @Test func gradeShowsHostileFileNamesFoundInAFolderVisibly() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{\"format\": 1".utf8).write(to: folder.appendingPathComponent(Self.hostileName + ".json"))
        let result = try BinaryRunner.run(["grade", folder.path, "--format", "jsonl"])
        #expect(result.status == 1)
        #expect(Self.isVisible(result.stderr), "\(result.stderr.debugDescription)")
        #expect(result.stderr.contains("bad␛[2J<U+9B>31m<U+202E>.json:1:"))
    }

    @Test(arguments: [
        ("{\"format\": 1, \"turns\": [{\"speaker\": \"customer\", \"text\": \"a\\\u{1B}\"}]}", "unknown escape '\\' before control character U+1B"),
        ("{\"format\": 1, \"turns\": [] \u{9B}}", "found character U+9B"),
        ("{\"format\": 1 \u{202E}, \"turns\": []}", "found character U+202E"),
    ])
    func gradeShowsJSONSyntaxErrorsVisibly(document: String, shown: String) throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("t.json")
        try Data(document.utf8).write(to: file)
        let result = try BinaryRunner.run(["grade", file.path, "--format", "jsonl"])
        #expect(result.status == 1)
        #expect(Self.isVisible(result.stderr), "\(result.stderr.debugDescription)")
        #expect(result.stderr.contains(shown), "\(result.stderr)")
    }

    @Test func lintShowsQuotedKeysAndIdsVisibly() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOf: BinaryRunner.fixturePersonas.appendingPathComponent("test-parcel.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "  company:", with: "  \"comp\\u001b[2Jany\\u202e\": 1,\n  company:")
        let file = folder.appendingPathComponent("p.json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["personas", "lint", file.path])
        #expect(result.status == 1)
        #expect(Self.isVisible(result.stdout + result.stderr), "\(result.stdout.debugDescription)")
        #expect(result.stdout.contains("unknown field 'comp␛[2Jany<U+202E>'"))
    }

    @Test func reportWroteLineAndMarkdownAreVisible() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOf: Self.session, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"Alex Morgan\"", with: "\"Alex\\u001b]0;owned\\u0007\\u009b2J\\u202e\"")
        text = text.replacingOccurrences(of: "\"Pat Tester\"", with: "\"Pat\\u2066Tester\\u061c\"")
        text = text.replacingOccurrences(of: "\"reason\": \"question\"", with: "\"reason\": \"question\\u001b[2J\"")
        let input = folder.appendingPathComponent(Self.hostileName + ".json")
        try text.write(to: input, atomically: true, encoding: .utf8)

        let markdown = try BinaryRunner.run(["report", input.path, "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(Self.isVisible(markdown.stdout), "\(markdown.stdout.debugDescription)")
        #expect(markdown.stdout.contains("Trainee: Alex␛\\]0;owned␇\\<U+9B\\>2J\\<U+202E\\>"))
        #expect(markdown.stdout.contains("question␛\\[2J"))

        let out = folder.appendingPathComponent("out")
        let written = try BinaryRunner.run(["report", input.path, "--out", out.path])
        #expect(written.status == 0)
        #expect(Self.isVisible(written.stdout), "\(written.stdout.debugDescription)")
        #expect(written.stdout.contains("Wrote ") && written.stdout.contains("bad␛[2J<U+9B>31m<U+202E>.html"))
    }

    @Test func reportRefusesOutOfRangeNumbersWithALocatedError() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOf: Self.session, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"escalateAt\": 95", with: "\"escalateAt\": 100000000")
        let input = folder.appendingPathComponent("big.json")
        try text.write(to: input, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["report", input.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("big.json:9:19: error: 'persona.escalateAt' is 100000000, but must be between 1 and 100"), "\(result.stderr)")
    }

    @Test func analyzeJSONOfALongLineReadsBack() throws {
        let line = String(repeating: "\"Sorry\" — what happened?\\ ", count: 800)
        for format in ["json", "jsonl"] {
            let result = try BinaryRunner.run(["analyze", "--format", format], stdin: line + "\n")
            #expect(result.status == 0)
            let value = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
            let first = format == "json" ? (value as? [[String: Any]])?.first : value as? [String: Any]
            #expect(first?["text"] as? String == line)
        }
    }
}
