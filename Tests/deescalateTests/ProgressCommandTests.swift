import Foundation
import Testing

/// `deescalate progress`, end to end: sessions saved by `practice`, read back in every format.
@Suite struct ProgressCommandTests {
    static let personas = BinaryRunner.fixturePersonas.path
    static let weak = "Whatever.\n"
    static let fair = "What happened with the parcel?\nI'm sorry about that.\n/end\n"
    static let good = """
    What happened with the parcel?
    So it was promised for Monday and only came on Wednesday, and nobody told you?
    I'm so sorry, that must have been really upsetting.
    I'll refund the shipping right now, and you'll see it within three days.
    Thank you for your patience, and for telling us.

    """

    /// A folder of sessions: Alex improving over four days, one of Sam's, and one of Alex's with no
    /// reply — as an earlier build saved it: today a session quit before the first reply saves nothing.
    static func folder() throws -> URL {
        let folder = try BinaryRunner.temporaryFolder()
        for (day, lines, name) in [(1, weak, "Alex"), (2, fair, "Alex"), (3, good, "Alex"), (4, good, "Alex"), (5, fair, "Sam"), (6, "/quit\n", "Alex")] {
            let result = try BinaryRunner.run(["practice", "--personas", personas, "--persona", "test-parcel", "--seed", String(day), "--name", name,
                                               "--script", "-", "--out", folder.path], stdin: lines,
                                              environment: ["SOURCE_DATE_EPOCH": String(1_700_000_000 + day * 86_400)])
            #expect(result.status == 0, "\(result.stderr)")
            if lines == "/quit\n" { #expect(result.stdout.contains("No reply given; nothing saved.")) }
        }
        let saved = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(saved.count == 5)
        let last = folder.appendingPathComponent(try #require(saved.last { $0.hasSuffix("-Alex.json") }))
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: last)) as? [String: Any])
        object["turns"] = Array((object["turns"] as? [Any] ?? []).prefix(1))
        object["outcome"] = "abandoned"
        object["startedAt"] = "2023-11-20T22:13:20Z"
        object["grade"] = nil
        try JSONSerialization.data(withJSONObject: object).write(to: folder.appendingPathComponent("20231120-221320-test-parcel-Alex.json"))
        return folder
    }

    static func progress(_ arguments: [String]) throws -> BinaryRunner.Result {
        try BinaryRunner.run(["progress"] + arguments + ["--personas", personas], environment: ["NO_COLOR": "1"])
    }

    @Test func theTerminalTableShowsSparklinesTheWeakestStepAndTheTrend() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.progress([folder.path, "--trainee", "alex"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("Progress of Alex — 4 sessions, 2023-11-15 to 2023-11-18"))
        for step in ["Listen", "Apologize", "Solve", "Thank", "Total"] {
            let row = try #require(lines.first { $0.hasPrefix("  \(step) ") }, "a row for \(step)")
            #expect(row.contains("points/session"))
            #expect(row.unicodeScalars.filter { (0x2581...0x2588).contains($0.value) }.count == 4, "a sparkline of four sessions: \(row)")
        }
        #expect(lines.contains { $0.hasPrefix("Weakest step: ") })
        #expect(lines.contains { $0.hasPrefix("Trend: total +") && $0.hasSuffix("improving") })
        #expect(result.stderr.contains("1 session(s) with no trainee reply skipped"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour without a terminal")
    }

    @Test func severalTraineesNeedAName() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.progress([folder.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("sessions of 2 trainees: Alex (5), Sam (1); choose one with --trainee NAME"))
        let typo = try Self.progress([folder.path, "--trainee", "Alx"])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("no sessions of trainee 'Alx' (did you mean 'alex'?)"))
        let missing = try Self.progress([folder.appendingPathComponent("nope").path, "--trainee", "Alex"])
        #expect(missing.status == 1 && missing.stderr.contains("no such folder"))
    }

    @Test func csvAndJSONForOtherTools() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try Self.progress([folder.path, "--trainee", "Alex", "--format", "csv"])
        #expect(csv.status == 0)
        let records = csv.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(csv.stdout.hasSuffix("\r\n") && !csv.stdout.contains("\r\n\r\n"))
        #expect(records.first == "session,file,started_at,trainee,persona,persona_version,difficulty,outcome,total,listen,apologize,solve,thank,passed")
        #expect(records.count == 5)
        #expect(records[1].hasPrefix("1,") && records[1].contains(",2023-11-15T22:13:20Z,Alex,test-parcel,1,easy,"))
        let json = try Self.progress([folder.path, "--trainee", "Alex", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["trainee"] as? String == "Alex" && object["sessions"] as? Int == 4)
        let measures = try #require(object["measures"] as? [String: [String: Any]])
        #expect(Set(measures.keys) == ["listen", "apologize", "solve", "thank", "total"])
        #expect((measures["total"]?["scores"] as? [Int])?.count == 4)
        #expect(measures["total"]?["trendPointsPerSession"] is Double || measures["total"]?["trendPointsPerSession"] is Int)
    }

    @Test func theHTMLPageLinksEverySessionReport() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("pages")
        let result = try Self.progress([folder.path, "--trainee", "Alex", "--format", "html", "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOf: out.appendingPathComponent("progress-Alex.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>") && !page.contains("<script"))
        #expect(page.components(separatedBy: "<svg").count - 1 == 5, "a chart per step and for the total")
        #expect(page.contains("Outcomes per persona") && page.contains("Outcomes per difficulty"))
        let links = page.components(separatedBy: "<a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(links.count == 4)
        for link in links { #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(link).path), "\(link)") }
        let stdout = try Self.progress([folder.path, "--trainee", "Alex", "--format", "html"])
        #expect(stdout.stdout.hasPrefix("<!DOCTYPE html>"))
        let usage = try Self.progress([folder.path, "--out", out.path])
        #expect(usage.status == 64 && usage.stderr.contains("'--out' goes with --format html"))
    }
}
