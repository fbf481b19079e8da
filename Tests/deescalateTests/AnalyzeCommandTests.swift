import Foundation
import Testing

/// `deescalate analyze` end to end: formats, stdin, and evaluation of labelled files.
@Suite struct AnalyzeCommandTests {
    @Test func jsonlHasTheDocumentedFields() throws {
        let result = try BinaryRunner.run(["analyze", "--format", "jsonl"], stdin: "I'm so sorry, but the system was down.\nthx\n")
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(rows.count == 2)
        let first = try #require(rows[0])
        #expect(first["text"] as? String == "I'm so sorry, but the system was down.")
        #expect(first["harmful"] as? Bool == true)
        #expect((first["steps"] as? [String])?.contains("apologize") == true)
        #expect((first["harms"] as? [String])?.contains("excuse") == true)
        let move = try #require((first["moves"] as? [[String: Any]])?.first)
        #expect(move["kind"] != nil && move["subKind"] != nil)
        let evidence = try #require(move["evidence"] as? [String: Any])
        #expect(evidence["start"] is Int && evidence["end"] is Int && evidence["words"] is String)
    }

    @Test func textFormatHighlightsWithoutRawEscapes() throws {
        let result = try BinaryRunner.run(["analyze", "--format", "text", "--color", "never", "Calm down \u{1B}[31m now."])
        #expect(result.status == 0)
        #expect(result.stdout.contains("harmful"))
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func evaluatePrintsPerLabelScoresAndMisses() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = folder.appendingPathComponent("set.tsv")
        try "# trainers' phrases\na1\tapologize\tI'm so sorry about that.\na2\tneutral\tSorry, could you repeat that?\na3\tharmful\tCalm down.\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["analyze", "--evaluate", file.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["count"] as? Int == 3)
        #expect(object["macroF1"] is Double)
        let labels = try #require(object["labels"] as? [String: Any])
        #expect(Set(labels.keys) == ["listen", "apologize", "solve", "thank", "harmful", "neutral"])
        #expect(object["misclassified"] is [Any])
    }

    @Test func evaluateLocatesABadLine() throws {
        let folder = try BinaryRunner.temporaryFolder()
        let file = folder.appendingPathComponent("bad.tsv")
        try "a1\tlisten\tWhat happened?\na2\tharmfull\tCalm down.\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try BinaryRunner.run(["analyze", "--evaluate", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.tsv:2"))
        #expect(result.stderr.contains("harmful"))
    }
}
