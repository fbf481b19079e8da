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
        #expect(result.stdout.contains("Report: deescalate report "))
        #expect(result.stdout.contains("--format html --out "))
    }
}
