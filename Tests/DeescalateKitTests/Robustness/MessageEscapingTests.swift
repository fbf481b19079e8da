import Testing
@testable import DeescalateKit

/// Every message that quotes input shows control characters (C0, DEL, C1 such as U+009B) and bidi
/// controls escaped, as the table format does, through the one escaper (`SafeText`), while ordinary
/// text — accents, CJK, emoji — passes unchanged.
@Suite("Messages quoting input are made visible")
struct MessageEscapingTests {
    /// The characters issue 14 found printed raw.
    static let hostile = ["\u{1B}[2J", "\u{0}", "\u{7F}", "\u{9B}31m", "\u{202E}", "\u{2066}", "\u{200E}", "\u{200F}", "\u{061C}", "\r"]

    static func isVisible(_ text: String) -> Bool { !text.unicodeScalars.contains(where: SafeText.needsEscape) }

    @Test("SafeText escapes every control and bidi character issue 14 names", arguments: hostile)
    func safeTextEscapes(text: String) {
        #expect(Self.isVisible(SafeText.sanitized("a" + text + "b")))
        #expect(SafeText.sanitized("a" + text + "b") != "a" + text + "b")
    }

    @Test("ordinary text is not mangled", arguments: ["Zoë Ångström", "我们会尽快为您处理。", "👍🏽 🏳️‍🌈 e\u{301}", "مرحبا", "line one\nline two"])
    func ordinaryText(text: String) {
        #expect(SafeText.sanitized(text, keepNewlines: true) == text)
    }

    @Test("JSON syntax errors describe an escaped ESC, a raw U+009B and a raw U+202E by code point",
          arguments: [("{\"a\": \"x\\\u{1B}\"}", "U+1B"), ("{\"a\": 1 \u{9B}}", "U+9B"), ("{\"a\": 1 \u{202E}}", "U+202E"),
                      ("{\"k\\u001b[31m\" 1}", "␛[31m"), ("[1e\u{202E}]", "is not a valid JSON number")])
    func syntaxErrors(document: String, shown: String) {
        do {
            _ = try JSONParser.parse(document)
            Issue.record("parsed")
        } catch {
            #expect(Self.isVisible(error.message), "\(String(reflecting: error.message))")
            #expect(error.message.contains(shown), "\(error.message)")
        }
    }

    @Test("diagnostics and transcript errors make the file name and message visible")
    func formattedErrors() {
        let diagnostic = Diagnostic(.error, "unknown field 'a\u{1B}[31m'", location: SourceLocation(line: 2, column: 3),
                                    hint: "known \u{202E}fields", suggestion: "b\u{9B}")
        let text = diagnostic.formatted(file: "evil\u{1B}]0;title\u{7}.json")
        #expect(text == "evil␛]0;title␇.json:2:3: error: unknown field 'a␛[31m' (did you mean 'b<U+9B>'?)\n  hint: known <U+202E>fields")
        let error = TranscriptError(file: "a\u{202E}b.json", location: SourceLocation(line: 1, column: 1), message: "bad \u{0}")
        #expect(error.formatted == "a<U+202E>b.json:1:1: error: bad ␀")
        #expect(Self.isVisible(error.errorDescription ?? ""))
    }

    @Test("lint messages quoting ids and keys are visible")
    func lintMessages() throws {
        var text = String(decoding: try Fixtures.bytes("personas/test-parcel.json"), as: UTF8.self)
        text = text.replacingOccurrences(of: "  company:", with: "  \"comp\\u001b[31many\": 1,\n  company:")
        text = text.replacingOccurrences(of: #"id: "test-parcel""#, with: "id: \"test\\u202eparcel\"")
        let result = PersonaLinter().lint([.init(path: "p\u{9B}.json", bytes: Array(text.utf8))])
        #expect(result.findings.count >= 2)
        for finding in result.findings { #expect(Self.isVisible(finding.formatted.replacingOccurrences(of: "\n", with: "")), "\(String(reflecting: finding.formatted))") }
        #expect(result.findings.contains { $0.formatted.contains("comp␛[31many") })
    }

    @Test("the Markdown report shows the trainee, persona name, reasons and lines visibly", arguments: hostile)
    func markdownReport(text: String) {
        let transcript = ReportFixtures.transcript(trainee: "Sam" + text, personaID: "id" + text, personaName: "Pat" + text,
                                                   startedAt: "2026" + text, traineeText: "What happened?" + text,
                                                   evidence: "what" + text, reason: "question" + text)
        var grade = ReportFixtures.grade(50, 50, 50, 50, feedback: [Feedback(step: .listen, turn: 2, message: "Turn 2: " + text)],
                                         failedBecause: "insult" + text)
        grade.scorer += text
        let markdown = SessionReport(transcript: transcript, grade: grade).markdown()
        #expect(Self.isVisible(markdown.replacingOccurrences(of: "\n", with: "")), "\(String(reflecting: markdown))")
        #expect(markdown.contains("Pat"))
    }

    @Test("HTML reports neutralise them too", arguments: hostile)
    func htmlReport(text: String) {
        let transcript = ReportFixtures.transcript(trainee: text, personaName: text, traineeText: text, evidence: text, reason: text)
        let html = SessionReport(transcript: transcript, grade: ReportFixtures.grade(1, 2, 3, 4)).html()
        #expect(Self.isVisible(html.replacingOccurrences(of: "\n", with: "")))
    }
}
