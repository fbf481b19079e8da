import DeescalateKit
import Foundation
import Testing

/// Rubric files: the documented default equals the built-in one, and mistakes are located.
@Suite struct RubricTests {
    static let defaultFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/rubric.default.json")

    @Test func documentedDefaultEqualsTheBuiltIn() throws {
        if ProcessInfo.processInfo.environment["DEESCALATE_RECORD"] == "1" {
            try (Rubric.standard.jsonValue().serialized(pretty: true) + "\n").write(to: Self.defaultFile, atomically: true, encoding: .utf8)
        }
        let bytes = try [UInt8](Data(contentsOf: Self.defaultFile))
        #expect(try Rubric(parsing: bytes, file: "rubric.default.json") == Rubric.standard)
    }

    @Test func aRubricChangesTheGrade() throws {
        let text = #"{"name": "strict", "version": 3, "passMark": 90, "weights": {"listen": 1, "apologize": 0, "solve": 0, "thank": 0}}"#
        let rubric = try Rubric(parsing: Array(text.utf8))
        let transcript = try ChatLogImporter.transcript(parsing: Array("Customer: a\nAgent: What happened?".utf8))
        let grade = Scorer(rubric: rubric).grade(transcript)
        #expect(grade.rubric == "strict 3")
        #expect(grade.total == grade.score(.listen))
    }

    @Test(arguments: [
        (#"{"name": "x", "version": 1, "passMark": 60, "weights": {"listen": 1, "apologize": 1, "solve": 1, "thank": 1}, "pasMark": 3}"#,
         "unknown field 'pasMark'", "passMark"),
        (#"{"name": "x", "version": 1, "passMark": 101, "weights": {"listen": 1, "apologize": 1, "solve": 1, "thank": 1}}"#,
         "'passMark' is 101, but must be between 0 and 100", nil),
        (#"{"name": "x", "version": 1, "passMark": 60, "weights": {"listen": -1, "apologize": 1, "solve": 1, "thank": 1}}"#,
         "'weights.listen' is -1, but must be between 0 and 100", nil),
        (#"{"name": "x", "version": 1, "passMark": 60, "weights": {"listen": 1, "apologise": 1, "solve": 1, "thank": 1}}"#,
         "unknown field 'weights.apologise'", "apologize"),
        (#"{"name": "x", "version": 1, "passMark": 60, "weights": {"listen": 1, "apologize": 1, "solve": 1, "thank": 1}, "points": {"thank.closng": 5}}"#,
         "unknown points key 'thank.closng'", "thank.closing"),
        (#"{"name": "x", "version": 1, "passMark": 60, "weights": {"listen": 1, "apologize": 1, "solve": 1, "thank": 1}, "points": {"harm.each": 500}}"#,
         "must be between -100 and 100", nil),
        ("[1, 2]", "must be an object", nil),
        (#"{"name": "x", "#, "syntax error", nil),
    ] as [(String, String, String?)])
    func mistakesAreLocated(text: String, message: String, suggestion: String?) {
        do {
            _ = try Rubric(parsing: Array(text.utf8), file: "r.json")
            Issue.record("accepted a bad rubric")
        } catch {
            let diagnostic = error.diagnostics.first { $0.message.contains(message) }
            #expect(diagnostic != nil, "got \(error.diagnostics.map(\.message))")
            #expect(diagnostic?.location != nil)
            if let suggestion { #expect(diagnostic?.suggestion == suggestion) }
            #expect(error.errorDescription?.hasPrefix("r.json:1:") == true)
        }
    }
}
