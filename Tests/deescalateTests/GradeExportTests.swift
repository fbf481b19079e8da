import Foundation
import Testing

/// `grade --format html|xapi` end to end: the cohort page and the learning-record-store export.
@Suite struct GradeExportTests {
    static let fixtures = BinaryRunner.packageRoot.appendingPathComponent("Tests/DeescalateKitTests/Fixtures/grading")
    var inputs: [String] { ["sim-resolved.json", "sim-escalated.json", "chat-good.txt", "chat-hostile.txt"].map { Self.fixtures.appendingPathComponent($0).path } }

    @Test func htmlIsOneSelfContainedCohortPage() throws {
        let result = try BinaryRunner.run(["grade", "--format", "html"] + inputs)
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script"), "no scripts")
        #expect(!html.contains("src=\"http"), "no external assets")
        #expect(html.contains("4 graded transcripts"))
        #expect(html.contains("Weakest step"))
    }

    @Test func xapiIsOneStatementPerTranscriptWithTheRequiredFields() throws {
        let result = try BinaryRunner.run(["grade", "--format", "xapi", "--xapi-homepage", "https://lms.example.com"] + inputs)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        for line in lines {
            let statement = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let actor = try #require(statement["actor"] as? [String: Any])
            #expect((actor["account"] as? [String: Any])?["homePage"] as? String == "https://lms.example.com")
            let verb = try #require((statement["verb"] as? [String: Any])?["id"] as? String)
            #expect(["http://adlnet.gov/expapi/verbs/passed", "http://adlnet.gov/expapi/verbs/failed"].contains(verb))
            let score = try #require((statement["result"] as? [String: Any])?["score"] as? [String: Any])
            #expect((score["scaled"] as? Double).map { (0...1).contains($0) } == true)
            #expect(statement["id"] is String)
        }
    }

    @Test func xapiMboxNeedsADomain() throws {
        let result = try BinaryRunner.run(["grade", "--format", "xapi", "--xapi-actor", "mbox"] + inputs)
        #expect(result.status == 64)
        #expect(result.stderr.contains("--xapi-mbox-domain"))
        let ok = try BinaryRunner.run(["grade", "--format", "xapi", "--xapi-actor", "mbox", "--xapi-mbox-domain", "example.com"] + inputs)
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("mailto:"))
    }

    @Test func xapiOptionsAreRefusedWithOtherFormats() throws {
        let result = try BinaryRunner.run(["grade", "--format", "csv", "--xapi-homepage", "https://x.example"] + inputs)
        #expect(result.status == 64)
        #expect(result.stderr.contains("applies only to --format xapi"))
    }
}

extension GradeExportTests {
    /// Files whose names start with a tab, a carriage return or a formula character: the CSV, read
    /// back by Python's csv module, holds `'` and then exactly the name.
    @Test func csvNeutralisesLeadingTabAndCarriageReturnKeepingTheText() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = ["\tlog.txt", "\r=1+1.txt", "=SUM(A1).txt", "-2.txt", "plain.txt"]
        for name in names { try Data("Customer: hi\nAgent: What happened?".utf8).write(to: folder.appendingPathComponent(name)) }
        let result = try BinaryRunner.run(["grade", "--format", "csv", "--"] + names, directory: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let csvFile = folder.appendingPathComponent("grades.csv")
        try Data(result.stdout.utf8).write(to: csvFile)
        let python = try BinaryRunner.python([
            "import csv, json, sys",
            "rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))",
            "print(json.dumps([row[0] for row in rows[1:]]))",
        ], arguments: [csvFile.path])
        try #require(python.status == 0, "\(python.stderr)")
        let files = try #require(try JSONSerialization.jsonObject(with: Data(python.stdout.utf8)) as? [String])
        #expect(files == ["'\tlog.txt", "'\r=1+1.txt", "'=SUM(A1).txt", "'-2.txt", "plain.txt"])
        for (file, name) in zip(files, names) where file.hasPrefix("'") { #expect(String(file.dropFirst()) == name) }
    }
}
