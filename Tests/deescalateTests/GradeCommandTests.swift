import Foundation
import Testing

/// `deescalate grade` end to end: every format read back, bad files, exit codes, stdin streaming.
@Suite struct GradeCommandTests {
    static let fixtures = BinaryRunner.packageRoot.appendingPathComponent("Tests/DeescalateKitTests/Fixtures/grading")

    /// A folder with two good chat logs, a transcript carrying a wrong stored grade, and every kind of bad file.
    static func folderWithBadFiles() throws -> URL {
        let folder = try BinaryRunner.temporaryFolder()
        let copy = { (name: String, to: String) in
            try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: folder.appendingPathComponent(to))
        }
        try copy("chat-good.txt", "a-good.txt")
        try copy("chat-hostile.txt", "b-hostile.txt")
        try copy("sim-resolved.json", "c-stored.json")
        try Data(#"{"format": 1, "turns": [{"speaker": "customer", "#.utf8).write(to: folder.appendingPathComponent("d-truncated.json"))
        try Data(#"{"format": 7, "turns": []}"#.utf8).write(to: folder.appendingPathComponent("e-newer.json"))
        try Data(#"{"name": "not a transcript"}"#.utf8).write(to: folder.appendingPathComponent("f-other.json"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]).write(to: folder.appendingPathComponent("g-binary.txt"))
        // Unreadable even for root: a link to nothing.
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("h-unreadable.txt").path, withDestinationPath: "/nonexistent/x.txt")
        return folder
    }

    @Test func badFilesAreReportedAndSkippedTheRestGraded() throws {
        let folder = try Self.folderWithBadFiles()
        let result = try BinaryRunner.run(["grade", "--format", "jsonl", folder.path])
        #expect(result.status == 1)
        let rows = result.stdout.split(separator: "\n").map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(rows.map { ($0["file"] as! String).split(separator: "/").last! } == ["a-good.txt", "b-hostile.txt", "c-stored.json"])
        for reason in ["d-truncated.json:1:", "not valid JSON", "e-newer.json:1:", "newer than this build reads",
                       "f-other.json", "not a transcript", "g-binary.txt", "binary"] {
            #expect(result.stderr.contains(reason), "stderr: \(result.stderr)")
        }
        #expect(result.stderr.contains("h-unreadable.txt: error: cannot read: No such file or directory"))
        let stored = rows[2]
        #expect(stored["storedGradeDiffers"] as? Bool == true)
        #expect(stored["storedTotal"] as? Int == 99)
        for row in rows {
            let steps = row["steps"] as! [String: Int]
            #expect(Set(steps.keys) == ["listen", "apologize", "solve", "thank"])
            #expect(row["scorer"] is String && row["rubric"] is String && row["passed"] is Bool && row["total"] is Int)
            for finding in row["findings"] as! [[String: Any]] {
                #expect(finding["rule"] is String && finding["turn"] is Int && finding["words"] is String && finding["points"] is Int)
            }
        }
    }

    /// Links back up the tree are followed once, not for ever; a linked file and a folder named as a
    /// chat log are graded or reported like any other.
    @Test func linkCyclesAreWalkedOnce() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let inner = folder.appendingPathComponent("inner")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("chat-good.txt"), to: inner.appendingPathComponent("a.txt"))
        try FileManager.default.createSymbolicLink(atPath: inner.appendingPathComponent("loop").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("self").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("b-link.txt").path, withDestinationPath: "inner/a.txt")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("c-folder.txt"), withIntermediateDirectories: true)
        let result = try BinaryRunner.run(["grade", "--format", "csv", folder.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let files = result.stdout.split(whereSeparator: \.isNewline).dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
        #expect(files.map { $0.replacingOccurrences(of: folder.path + "/", with: "") } == ["b-link.txt", "inner/a.txt"])
        let named = try BinaryRunner.run(["grade", "--format", "csv", folder.appendingPathComponent("c-folder.txt").path + "/"])
        #expect(named.status == 0 && named.stderr.isEmpty, "a folder named as a file is walked (it is empty): \(named.stderr)")
    }

    @Test func jsonIsOneArrayInInputOrder() throws {
        let a = Self.fixtures.appendingPathComponent("chat-referral.txt").path, b = Self.fixtures.appendingPathComponent("chat-good.txt").path
        let result = try BinaryRunner.run(["grade", "--format", "json", "--jobs", "2", a, b, a])
        #expect(result.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
        #expect(rows.map { $0["file"] as! String } == [a, b, a])
    }

    @Test func csvFollowsRFC4180AndNeutralisesFormulas() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let tricky = folder.appendingPathComponent("=HYPERLINK(\"x\"), \"quoted\".txt")
        try Data("Customer: hi\nAgent: Calm down.".utf8).write(to: tricky)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("chat-good.txt"), to: folder.appendingPathComponent("good.txt"))
        let result = try BinaryRunner.run(["grade", "--format", "csv", tricky.path, folder.appendingPathComponent("good.txt").path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\r\n"))
        let records = CSVReader.parse(result.stdout)
        #expect(records.count == 3)
        #expect(records[0].prefix(7) == ["file", "total", "listen", "apologize", "solve", "thank", "passed"])
        #expect(records.allSatisfy { $0.count == records[0].count })
        #expect(records[1][0] == tricky.path)
        let relative = try BinaryRunner.run(["grade", "--format", "csv", tricky.lastPathComponent], directory: folder)
        #expect(CSVReader.parse(relative.stdout)[1][0] == "'" + tricky.lastPathComponent)
        #expect(records[2][1] == "100" || Int(records[2][1])! >= 60)
    }

    @Test func tableAndMarkdownEndWithASummaryAndNeverPrintEscapes() throws {
        let folder = try BinaryRunner.temporaryFolder()
        try Data("Customer: hi\nAgent: \u{1B}[2J I'm sorry \u{1B}]0;pwned\u{07} calm down".utf8).write(to: folder.appendingPathComponent("evil\u{1B}[31m.txt"))
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("chat-profane.txt"), to: folder.appendingPathComponent("p.txt"))
        for format in ["table", "markdown"] {
            let result = try BinaryRunner.run(["grade", "--format", format, folder.path])
            #expect(result.status == 0)
            #expect(!result.stdout.contains("\u{1B}"))
            #expect(!result.stdout.contains("\u{07}"))
            for line in ["Graded: 2", "Mean total:", "Pass rate:", "Step means:", "Weakest step:"] { #expect(result.stdout.contains(line)) }
            #expect(result.stdout.contains("profanity"))
        }
    }

    @Test func failUnderExitsTwo() throws {
        let good = Self.fixtures.appendingPathComponent("chat-good.txt").path, bad = Self.fixtures.appendingPathComponent("chat-hostile.txt").path
        #expect(try BinaryRunner.run(["grade", "--format", "jsonl", "--fail-under", "60", good]).status == 0)
        let below = try BinaryRunner.run(["grade", "--format", "jsonl", "--fail-under", "60", good, bad])
        #expect(below.status == 2)
        #expect(below.stdout.split(separator: "\n").count == 2)
    }

    @Test func stdinJSONLinesStreamsAndReportsBadRows() throws {
        let transcript = try String(contentsOf: Self.fixtures.appendingPathComponent("sim-resolved.json"), encoding: .utf8)
        let row = try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(transcript.utf8)))
        let input = String(decoding: row, as: UTF8.self) + "\n{\"format\": 1, \"turns\": [\n\n" + String(decoding: row, as: UTF8.self) + "\n"
        let result = try BinaryRunner.run(["grade", "--format", "jsonl", "-"], stdin: input)
        #expect(result.status == 1)
        let rows = result.stdout.split(separator: "\n")
        #expect(rows.count == 2)
        #expect(rows[0].contains("\"file\":\"<stdin>:1\"") && rows[1].contains("\"file\":\"<stdin>:4\""))
        #expect(result.stderr.contains("<stdin>:2:"))
    }

    @Test(arguments: [
        (["grade"], "give at least one PATH"),
        (["grade", "x", "--format", "xml"], "must be one of table, csv, json, jsonl, markdown"),
        (["grade", "x", "--fail-under", "101"], "'--fail-under' must be a whole number from 0 to 100"),
        (["grade", "x", "--jobz", "2"], "did you mean '--jobs'"),
    ])
    func usageErrorsExit64(arguments: [String], message: String) throws {
        let result = try BinaryRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message))
    }

    @Test func aBadRubricIsLocated() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let rubric = folder.appendingPathComponent("r.json")
        try Data(#"{"name": "x", "version": 1, "passMark": 60, "weights": {"listen": 1, "apologize": 1, "solve": 1, "thank": 1}, "point": {}}"#.utf8).write(to: rubric)
        let result = try BinaryRunner.run(["grade", "--rubric", rubric.path, Self.fixtures.appendingPathComponent("chat-good.txt").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("r.json:1:") && result.stderr.contains("did you mean 'points'"))
    }
}

/// A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records.
enum CSVReader {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if quoted {
                if scalar == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" { field += "\""; index = scalars.index(after: index) } else { quoted = false }
                } else { field.unicodeScalars.append(scalar) }
            } else if scalar == "\"" { quoted = true }
            else if scalar == "," { record.append(field); field = "" }
            else if scalar == "\r" { continue }
            else if scalar == "\n" { record.append(field); records.append(record); record = []; field = "" }
            else { field.unicodeScalars.append(scalar) }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
