import Foundation
import Testing

/// `deescalate grade PATH... --calibrate HUMAN.csv`, end to end on the grading fixtures.
@Suite struct CalibrateCommandTests {
    static let fixtures = BinaryRunner.packageRoot.appendingPathComponent("Tests/DeescalateKitTests/Fixtures/grading")

    /// An assessors' CSV: a BOM, CRLF, quoted fields, two assessors on two files, one row for a file not
    /// graded, one bad row.
    static let human = "\u{FEFF}file,assessor,total,listen,apologize,solve,thank,passed,notes\r\n"
        + "chat-good.txt,ann,85,90,80,85,100,yes,\"fine, really\"\r\n"
        + "chat-good.txt,bob,78,80,70,80,100,yes,\r\n"
        + "chat-hostile.txt,ann,10,20,0,10,0,no,\"said \"\"calm down\"\"\"\r\n"
        + "chat-hostile.txt,bob,25,30,10,20,0,no,\r\n"
        + "sim-resolved.json,ann,90,95,90,85,100,true,\r\n"
        + "old/missing.json,ann,50,,,,,,\r\n"
        + "chat-referral.txt,ann,abc,,,,,,\r\n"

    func run(_ format: [String]) throws -> BinaryRunner.Result {
        let folder = try BinaryRunner.temporaryFolder()
        let csv = folder.appendingPathComponent("human.csv")
        try Data(Self.human.utf8).write(to: csv)
        return try BinaryRunner.run(["grade", Self.fixtures.path, "--calibrate", csv.path] + format)
    }

    @Test func textReportsTheFiguresTheCeilingAndTheDisagreements() throws {
        let result = try run([])
        #expect(result.status == 1, "a bad row is reported and the run exits 1")
        #expect(result.stdout.contains("6 assessor grades, 3 graded files matched"))
        for label in ["Spearman's rho, totals", "Cohen's kappa, pass/fail", "Weighted kappa, Listen (bands)", "Mean absolute difference, totals"] {
            #expect(result.stdout.contains(label))
        }
        #expect(result.stdout.contains("grader vs assessors") && result.stdout.contains("assessors vs each other"))
        #expect(result.stdout.contains("Largest disagreements\n1. "))
        #expect(result.stdout.contains("Rows matching no graded file"))
        #expect(result.stderr.contains("human.csv:8:23: error: 'total' is \"abc\", but must be a number from 0 to 100 (row left out)"))
        #expect(result.stderr.contains("human.csv:7: warning: old/missing.json: no graded file has this path or file name"))
        #expect(result.stderr.contains("columns ignored: notes"))
    }

    @Test func jsonAndHTML() throws {
        let json = try run(["--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let grader = try #require(object["graderVersusHuman"] as? [String: Any])
        #expect(grader["pairs"] as? Int == 5)
        #expect((object["humanVersusHuman"] as? [String: Any])?["pairs"] as? Int == 2)
        #expect(object["bands"] as? [String] == ["0–39", "40–59", "60–79", "80–100"])
        #expect((object["unmatchedRows"] as? [[String: Any]])?.first?["line"] as? Int == 7)
        let html = try run(["--format", "html"])
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains("<h1>Grader calibration</h1>"))
        #expect(!html.stdout.contains("<script"))
    }

    @Test(arguments: [
        (["--format", "csv"], "'--format' must be one of text, table, json, html"),
        (["--fail-under", "50"], "'--fail-under' does not apply with --calibrate"),
    ])
    func usageErrors(extra: [String], message: String) throws {
        let result = try BinaryRunner.run(["grade", Self.fixtures.path, "--calibrate", "h.csv"] + extra)
        #expect(result.status == 64)
        #expect(result.stderr.contains(message))
    }

    @Test func aBrokenCSVIsLocatedAndNothingMatchedFails() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let csv = folder.appendingPathComponent("h.csv")
        try Data("file,total\n\"chat-good.txt,80\n".utf8).write(to: csv)
        let broken = try BinaryRunner.run(["grade", Self.fixtures.path, "--calibrate", csv.path])
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("h.csv:2:1: error: a quoted field is never closed"))
        try Data("file,total\nnothing.txt,80\n".utf8).write(to: csv)
        let none = try BinaryRunner.run(["grade", Self.fixtures.path, "--calibrate", csv.path])
        #expect(none.status == 1 && none.stderr.contains("no row of"))
    }

    /// Calibration grades under the same crash-proof supervisor as `grade`: a grader crash on one
    /// file (injected with the test-only switch) names that file, and the others are still compared.
    @Test func aCrashOnOneFileLeavesTheOthersCompared() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let csv = folder.appendingPathComponent("human.csv")
        try Data(Self.human.utf8).write(to: csv)
        let clean = try BinaryRunner.run(["grade", Self.fixtures.path, "--calibrate", csv.path, "--format", "json"])
        let crashed = try BinaryRunner.run(["grade", Self.fixtures.path, "--calibrate", csv.path, "--format", "json"],
                                           environment: ["DEESCALATE_TEST_CRASH_ON": "chat-hostile"])
        #expect(crashed.status == 1)
        #expect(crashed.stderr.contains("chat-hostile.txt: error: the grader crashed on this file (signal 4); skipped"), "\(crashed.stderr)")
        func pairs(_ result: BinaryRunner.Result) throws -> Int? {
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            return (object?["graderVersusHuman"] as? [String: Any])?["pairs"] as? Int
        }
        #expect(try pairs(clean) == 5)
        #expect(try pairs(crashed) == 3, "chat-hostile's two assessor rows have no grade to meet; the other three pairs stay")
        #expect(crashed.stderr.contains("chat-hostile.txt: no graded file has this path or file name"))
    }
}
