import DeescalateKit
import Foundation
import Testing

/// Golden grades: every transcript and chat log in Fixtures/grading is graded and compared, as JSON
/// Lines, with expected.jsonl beside them. Re-record with DEESCALATE_RECORD=1 after a deliberate change
/// (and bump `Scorer.version`), then review the diff.
@Suite struct GoldenGradeTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/grading")

    @Test func gradesMatchTheGoldenFile() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".json") }.sorted()
        #expect(names.count >= 8)
        var lines = ""
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
            let transcript = name.hasSuffix(".json") ? try Transcript(parsing: bytes, file: name)
                                                     : try ChatLogImporter.transcript(parsing: bytes, file: name)
            let graded = GradedTranscript(source: name, transcript: transcript, grade: Scorer().grade(transcript))
            lines += GradeJSONLines.line(GradeRow(graded))
        }
        let golden = Self.folder.appendingPathComponent("expected.jsonl")
        if ProcessInfo.processInfo.environment["DEESCALATE_RECORD"] == "1" {
            try lines.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        let got = lines.split(separator: "\n"), want = expected.split(separator: "\n")
        #expect(got.count == want.count)
        for (line, wanted) in zip(got, want) { #expect(line == wanted) }
    }
}
