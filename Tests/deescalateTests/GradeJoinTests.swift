import Foundation
import Testing

/// Grading as the external step of a distributed pipe (Spark's `RDD.pipe`, Hadoop Streaming): the
/// input is shuffled into partitions, each graded by its own process, and the rows joined back to
/// their inputs by key. Every input must come back exactly once, with the grade it gets unpartitioned.
@Suite struct GradeJoinTests {
    static let root = BinaryRunner.packageRoot

    /// Transcripts as JSON Lines rows: every golden scenario, the sample session and the grading
    /// fixtures, each also cut back to shorter conversations; some carry an `id` and a `tenant`,
    /// one row appears twice, and two rows are broken (one with an id, one not JSON at all).
    static func inputRows() throws -> [String] {
        var files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Tests/DeescalateKitTests/Fixtures/scenarios").path)
            .filter { $0.hasSuffix(".expected.json") }.sorted().map { "Tests/DeescalateKitTests/Fixtures/scenarios/\($0)" }
        files += ["Transcripts/examples/sample-session.json", "Tests/DeescalateKitTests/Fixtures/grading/sim-resolved.json",
                  "Tests/DeescalateKitTests/Fixtures/grading/sim-escalated.json"]
        var rows: [String] = []
        for (fileIndex, file) in files.enumerated() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent(file))) as? [String: Any])
            let turns = try #require(object["turns"] as? [Any])
            for length in stride(from: turns.count, through: 2, by: -3) {
                var row = object
                row["turns"] = Array(turns.prefix(length))
                if (fileIndex + length) % 3 != 0 { row["id"] = "\(file.split(separator: "/").last!)#\(length)" }
                if length % 2 == 0 { row["tenant"] = ["name": "acme", "shard": length] }
                rows.append(String(decoding: try JSONSerialization.data(withJSONObject: row, options: [.sortedKeys]), as: UTF8.self))
            }
        }
        rows.append(rows[3]) // the same input twice: two rows with one key
        rows.append(#"{"id":"broken-1","format":2,"turns":"not a list"}"#)
        rows.append("this line is not JSON")
        return rows
    }

    /// Rows keyed by `key`, each reduced to what must agree: the grade, or the error without its line.
    static func outcomes(_ output: String) throws -> [String: [String]] {
        var byKey: [String: [String]] = [:]
        for line in output.split(separator: "\n") {
            let row = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
            let key = try #require(row["key"] as? String, "every row has a key: \(line)")
            let summary: String
            if let error = row["error"] as? String {
                summary = "error " + error.split(separator: " ", maxSplits: 1).last.map(String.init)!
            } else {
                let steps = try #require(row["steps"] as? [String: Int])
                summary = "\(row["total"]!) \(row["passed"]!) \(steps.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }) \(row["notGraded"] ?? "")"
            }
            byKey[key, default: []].append(summary)
        }
        return byKey.mapValues { $0.sorted() }
    }

    @Test func partitionedRowsJoinBackToEveryInputExactlyOnce() throws {
        let rows = try Self.inputRows()
        #expect(rows.count > 40)
        let arguments = ["grade", "--format", "jsonl", "-", "--error-rows", "--echo", "tenant"]
        let whole = try BinaryRunner.run(arguments, stdin: rows.joined(separator: "\n") + "\n")
        #expect(whole.status == 0, "the two broken rows are reported as rows: \(whole.stderr)")
        #expect(whole.stderr.split(separator: "\n").count == 2, "and on stderr, as ever")
        #expect(whole.stdout.split(separator: "\n").count == rows.count, "one output row per input row, errors included")
        let expected = try Self.outcomes(whole.stdout)
        #expect(expected.values.reduce(0) { $0 + $1.count } == rows.count)
        #expect(expected.values.filter { $0.count == 2 }.count == 1, "only the repeated input shares a key")

        // Shuffle into three partitions, as a cluster would, and grade each in its own process.
        var generator = SplitMix(seed: 12)
        let shuffled = rows.shuffled(using: &generator)
        var joined: [String: [String]] = [:]
        for partition in 0..<3 {
            let part = shuffled.enumerated().filter { $0.offset % 3 == partition }.map(\.element)
            let result = try BinaryRunner.run(arguments, stdin: part.joined(separator: "\n") + "\n")
            #expect(result.stdout.split(separator: "\n").count == part.count)
            for (key, values) in try Self.outcomes(result.stdout) { joined[key, default: []] += values }
        }
        #expect(joined.mapValues { $0.sorted() } == expected, "every input accounted for once, with its unpartitioned grade")
    }

    @Test func aRowEchoesItsIdAndFieldsAndAnIdlessRowIsKeyedByTheDigestOfItsLine() throws {
        let transcript = try String(contentsOf: Self.root.appendingPathComponent("Tests/DeescalateKitTests/Fixtures/grading/sim-resolved.json"), encoding: .utf8)
        let compact = String(decoding: try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(transcript.utf8)), options: [.sortedKeys]), as: UTF8.self)
        let withID = "{\"id\":12345678901234567890,\"tenant\":{\"n\":1.50}," + compact.dropFirst()
        let result = try BinaryRunner.run(["grade", "--format", "jsonl", "-", "--echo", "tenant,missing"], stdin: withID + "\n" + compact + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix(#"{"file":"<stdin>:1","key":"12345678901234567890","id":12345678901234567890,"tenant":{"n":1.50},"total":"#),
                "the id and fields exactly as the input wrote them: \(lines[0].prefix(120))")
        // Python's hashlib agrees on the digest of the line without an id.
        let digest = try BinaryRunner.python(["import hashlib, sys", "print('sha1:' + hashlib.sha1(sys.argv[1].encode()).hexdigest()[:32])"], arguments: [compact])
        let key = digest.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(lines[1].hasPrefix("{\"file\":\"<stdin>:2\",\"key\":\"\(key)\",\"total\":"), "\(lines[1].prefix(100)) vs \(key)")
        #expect(!lines[1].contains("\"missing\""))
    }

    @Test func errorRowsInAJSONArrayAndUsageMistakes() throws {
        let result = try BinaryRunner.run(["grade", "--format", "json", "-", "--error-rows"], stdin: "{\"id\":\"x\"}\nnope\n")
        #expect(result.status == 0, "every failure is in the output")
        #expect(try BinaryRunner.run(["grade", "--format", "json", "-"], stdin: "{\"id\":\"x\"}\nnope\n").status == 1, "without --error-rows: exit 1")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], "\(result.stdout)")
        #expect(array.count == 2)
        #expect(array[0]["key"] as? String == "x" && array[0]["id"] as? String == "x" && array[0]["line"] as? Int == 1)
        #expect((array[1]["error"] as? String)?.contains("<stdin>:2:1: error: not valid JSON") == true)
        #expect(result.stderr.contains("<stdin>:1:") && result.stderr.contains("<stdin>:2:1:"), "errors still go to stderr too")
        // A row the grader crashes on is accounted for the same way.
        let crash = try BinaryRunner.run(["grade", "--format", "jsonl", "-", "--error-rows"], stdin: "{\"id\":\"CRASHME\",\"turns\":[]}\n",
                                         environment: ["DEESCALATE_TEST_CRASH_ON": "CRASHME"])
        #expect(crash.stdout.hasPrefix(#"{"file":"<stdin>:1","key":"CRASHME","id":"CRASHME","line":1,"error":"<stdin>:1: error: the grader crashed on this row"#),
                "\(crash.stdout)")
        for (arguments, message) in [
            (["--format", "csv", "--echo", "tenant"], "'--echo' applies to --format jsonl or json"),
            (["--format", "table", "--error-rows"], "'--error-rows' applies to --format jsonl or json"),
            (["--format", "jsonl", "--echo", "total"], "'--echo total' would clash with the grade row's own 'total'"),
            (["--format", "jsonl", "--echo", "a,,b"], "'--echo' takes field names separated by commas"),
        ] {
            let usage = try BinaryRunner.run(["grade", "-"] + arguments, stdin: "")
            #expect(usage.status == 64, "\(arguments)")
            #expect(usage.stderr.contains(message), "\(arguments): \(usage.stderr)")
        }
    }

    /// A session quit before the first reply is "not graded": it neither counts in the summary nor
    /// trips --fail-under with its 0.
    @Test func aSessionWithNoTraineeTurnDoesNotTripFailUnder() throws {
        let folder = try BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = Self.root.appendingPathComponent("Transcripts/examples/sample-session.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: source)) as? [String: Any])
        try FileManager.default.copyItem(at: source, to: folder.appendingPathComponent("good.json"))
        object["turns"] = Array((object["turns"] as? [Any] ?? []).prefix(1))
        object["outcome"] = "abandoned"
        object["grade"] = nil
        try JSONSerialization.data(withJSONObject: object).write(to: folder.appendingPathComponent("quit.json"))
        let table = try BinaryRunner.run(["grade", folder.path, "--format", "table", "--fail-under", "60"])
        #expect(table.status == 0, "\(table.stdout)\(table.stderr)")
        #expect(table.stdout.contains("Graded: 1 (1 not graded: no trainee turn)"), "\(table.stdout)")
        let alone = try BinaryRunner.run(["grade", folder.appendingPathComponent("quit.json").path, "--format", "jsonl", "--fail-under", "60"])
        #expect(alone.status == 0)
        #expect(alone.stdout.contains("\"notGraded\":\"no trainee turn\""))
        let below = try BinaryRunner.run(["grade", folder.path, "--format", "jsonl", "--fail-under", "90"])
        #expect(below.status == 2 && below.stderr.contains("1 grade(s) below --fail-under 90 (lowest 77)"), "\(below.stderr)")
    }
}

/// A small seeded generator, so the shuffle is the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
