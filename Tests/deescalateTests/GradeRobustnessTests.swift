import Foundation
import Testing

/// One bad input never costs the others their grades: a crash of the grader on one file (injected
/// with the test-only DEESCALATE_TEST_CRASH_ON), a FIFO or a device named like a chat log, a file or
/// a row past the size limit.
@Suite struct GradeRobustnessTests {
    static let chat = try! String(contentsOf: GradeCommandTests.fixtures.appendingPathComponent("chat-good.txt"), encoding: .utf8)

    /// A folder of `count` copies of a good chat log, `log-01.txt` ...
    static func folderOfLogs(_ count: Int) throws -> URL {
        let folder = try BinaryRunner.temporaryFolder()
        for number in 1...count {
            try Data(chat.utf8).write(to: folder.appendingPathComponent(String(format: "log-%02d.txt", number)))
        }
        return folder
    }

    private func csvFiles(_ stdout: String) -> [String] {
        CSVReader.parse(stdout).dropFirst().map { URL(fileURLWithPath: $0[0]).lastPathComponent }
    }

    @Test(arguments: ["csv", "table", "html"])
    func aCrashOnOneFileCostsNoOtherFileItsRow(format: String) throws {
        let folder = try Self.folderOfLogs(40)
        let result = try BinaryRunner.run(["grade", "--format", format, folder.path], environment: ["DEESCALATE_TEST_CRASH_ON": "log-17"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("log-17.txt: error: the grader crashed on this file (signal 4); skipped"), "\(result.stderr)")
        let expected = (1...40).filter { $0 != 17 }.map { String(format: "log-%02d.txt", $0) }
        switch format {
        case "csv":
            #expect(csvFiles(result.stdout) == expected, "every other file once, in input order")
        case "table":
            let rows = result.stdout.split(separator: "\n").filter { $0.contains("log-") }
            #expect(rows.count == 39)
            #expect(!rows.contains { $0.contains("log-17") })
            #expect(result.stdout.contains("Graded: 39 (1 could not be read)"))
        default:
            #expect(result.stdout.contains("39 graded transcripts"), "the cohort page has every other row")
            #expect(result.stdout.hasSuffix("</html>\n") || result.stdout.hasSuffix("</html>"))
        }
    }

    @Test func severalCrashesInOneBatchAreEachNamed() throws {
        let folder = try Self.folderOfLogs(30)
        let result = try BinaryRunner.run(["grade", "--format", "csv", folder.path], environment: ["DEESCALATE_TEST_CRASH_ON": "log-1"])
        #expect(result.status == 1)
        for number in 10...19 {
            #expect(result.stderr.contains(String(format: "log-%02d.txt: error: the grader crashed on this file", number)))
        }
        #expect(csvFiles(result.stdout) == (1...30).filter { !(10...19).contains($0) }.map { String(format: "log-%02d.txt", $0) })
    }

    @Test func aCrashOnAStandardInputRowRepeatsNoRow() throws {
        let transcript = try String(contentsOf: GradeCommandTests.fixtures.appendingPathComponent("sim-resolved.json"), encoding: .utf8)
        let row = String(decoding: try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(transcript.utf8))), as: UTF8.self)
        var lines = Array(repeating: row, count: 12)
        lines[6] = row.replacingOccurrences(of: "\"turns\"", with: "\"marker\": \"crash here\", \"turns\"")
        let result = try BinaryRunner.run(["grade", "--format", "csv", "-"], stdin: lines.joined(separator: "\n") + "\n",
                                          environment: ["DEESCALATE_TEST_CRASH_ON": "crash here"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("<stdin>:7: error: the grader crashed on this row (signal 4); skipped"), "\(result.stderr)")
        #expect(csvFiles(result.stdout) == (1...12).filter { $0 != 7 }.map { "<stdin>:\($0)" }, "each other row once, in order")
    }

    @Test func theCrashSwitchIsIgnoredWithoutAMatch() throws {
        let folder = try Self.folderOfLogs(3)
        let result = try BinaryRunner.run(["grade", "--format", "csv", folder.path], environment: ["DEESCALATE_TEST_CRASH_ON": "no-such-file"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(csvFiles(result.stdout).count == 3)
    }

    @Test func fifosDevicesAndSocketsAreSkippedNeverOpened() throws {
        let folder = try Self.folderOfLogs(2)
        let fifo = folder.appendingPathComponent("log-0-fifo.txt").path
        #expect(mkfifo(fifo, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("log-0-zero.txt").path, withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("rows.jsonl").path, withDestinationPath: "/dev/zero")
        let result = try BinaryRunner.run(["grade", "--format", "csv", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("log-0-fifo.txt: error: cannot read: is a named pipe (FIFO), not a regular file; skipped"), "\(result.stderr)")
        #expect(result.stderr.contains("log-0-zero.txt: error: cannot read: is a character device, not a regular file; skipped"))
        #expect(result.stderr.contains("rows.jsonl: error: cannot read: is a character device"))
        #expect(csvFiles(result.stdout) == ["log-01.txt", "log-02.txt"])

        // Named on the command line, the same.
        let named = try BinaryRunner.run(["grade", "--format", "csv", fifo, "/dev/zero", folder.appendingPathComponent("log-01.txt").path])
        #expect(named.status == 1)
        #expect(named.stderr.contains("\(fifo): error: cannot read: is a named pipe (FIFO)"))
        #expect(named.stderr.contains("/dev/zero: error: cannot read: is a character device"))
        #expect(csvFiles(named.stdout) == ["log-01.txt"])
    }

    @Test func filesAndRowsPastTheSizeLimitAreReported() throws {
        let folder = try Self.folderOfLogs(2)
        var big = ""
        while big.utf8.count < (1 << 20) + 10 { big += Self.chat }
        try Data(big.utf8).write(to: folder.appendingPathComponent("log-03-big.txt"))
        let result = try BinaryRunner.run(["grade", "--format", "csv", "--max-file-size", "1", folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("log-03-big.txt: error: cannot read: is 1.0 MB") || result.stderr.contains("log-03-big.txt: error: cannot read: is 1"),
                "\(result.stderr)")
        #expect(result.stderr.contains("over the 1 MB limit per file (--max-file-size); skipped"))
        #expect(csvFiles(result.stdout) == ["log-01.txt", "log-02.txt"])
        #expect(try BinaryRunner.run(["grade", "--format", "csv", folder.path]).status == 0, "16 MB by default")

        let transcript = try String(contentsOf: GradeCommandTests.fixtures.appendingPathComponent("sim-resolved.json"), encoding: .utf8)
        let row = String(decoding: try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(transcript.utf8))), as: UTF8.self)
        let long = "{\"x\": \"" + String(repeating: "a", count: (1 << 20) + 5) + "\"}"
        let rows = try BinaryRunner.run(["grade", "--format", "csv", "--max-file-size", "1", "-"], stdin: [row, long, row].joined(separator: "\n") + "\n")
        #expect(rows.status == 1)
        #expect(rows.stderr.contains("<stdin>:2: error: cannot read: the row is longer than the 1 MB limit (--max-file-size); skipped"), "\(rows.stderr)")
        #expect(csvFiles(rows.stdout) == ["<stdin>:1", "<stdin>:3"])
    }
}
