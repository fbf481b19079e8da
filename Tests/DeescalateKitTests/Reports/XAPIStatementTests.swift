import Foundation
import Testing
@testable import DeescalateKit

/// xAPI statements checked field by field against the xAPI 1.0.3 required properties (Data model,
/// §2.4): id a UUID; actor an Agent with exactly one inverse functional identifier; verb an IRI with
/// a display language map; object an Activity with an IRI id; result score scaled in [-1, 1] and raw
/// between min and max; ISO 8601 duration and timestamp.
@Suite struct XAPIStatementTests {
    static let base = "https://lms.example.com/xapi/deescalate"

    static func statement(_ row: GradedTranscript, actor: XAPIActorMode = .account(homePage: "https://lms.example.com")) throws -> JSONNode {
        let line = XAPIStatement(row: row, actor: actor, activityBase: base + "/").jsonValue().serialized()
        #expect(!line.contains("\n"), "one statement per JSON Lines line")
        return try JSONParser.parse(line)
    }

    static func passedRow() -> GradedTranscript {
        GradedTranscript(source: "a.json", transcript: ReportFixtures.transcript(trainee: "Sam Lee"),
                         grade: ReportFixtures.grade(80, 70, 75, 100, total: 78, passed: true))
    }

    static func isIRI(_ text: String?) -> Bool {
        guard let text, let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        return scheme.first!.isLetter && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
            && !text.contains(" ") && text.count > scheme.count + 1
    }

    static func matches(_ text: String?, _ pattern: String) -> Bool {
        guard let text else { return false }
        return text.range(of: pattern, options: .regularExpression) == text.startIndex..<text.endIndex
    }

    static let iso8601Timestamp = #"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})"#
    static let iso8601Duration = #"P(\d+D)?T(\d+H)?(\d+M)?\d+(\.\d+)?S"#

    @Test func idIsANameBasedUUIDThatIsStable() throws {
        let first = try Self.statement(Self.passedRow())["id"]?.string
        let second = try Self.statement(Self.passedRow())["id"]?.string
        #expect(Self.matches(first, "[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"))
        #expect(first == second)
        var other = Self.passedRow()
        other.transcript.turns[1].text = "What happened, exactly?"
        #expect(try Self.statement(other)["id"]?.string != first)
    }

    @Test func actorIsAnAgentWithAccount() throws {
        let actor = try #require(try Self.statement(Self.passedRow())["actor"])
        #expect(actor["objectType"]?.string == "Agent")
        #expect(actor["name"]?.string == "Sam Lee")
        let identifiers = ["mbox", "mbox_sha1sum", "openid", "account"].filter { actor[$0] != nil }
        #expect(identifiers == ["account"])
        #expect(Self.isIRI(actor["account"]?["homePage"]?.string))
        #expect(actor["account"]?["name"]?.string == "Sam Lee")
    }

    @Test func actorIsAnAgentWithMbox() throws {
        let actor = try #require(try Self.statement(Self.passedRow(), actor: .mbox(domain: "example.com"))["actor"])
        let identifiers = ["mbox", "mbox_sha1sum", "openid", "account"].filter { actor[$0] != nil }
        #expect(identifiers == ["mbox"])
        #expect(actor["mbox"]?.string == "mailto:sam.lee@example.com")
        #expect(XAPIActorMode.localPart("Zoë O'Neil <z@x>") == "zo.o.neil.z.x")
        #expect(XAPIActorMode.localPart("李") == "anonymous")
    }

    @Test(arguments: [true, false])
    func verbIsPassedOrFailed(passed: Bool) throws {
        var row = Self.passedRow()
        row.grade.passed = passed
        let verb = try #require(try Self.statement(row)["verb"])
        #expect(verb["id"]?.string == (passed ? "http://adlnet.gov/expapi/verbs/passed" : "http://adlnet.gov/expapi/verbs/failed"))
        #expect(verb["display"]?["en-US"]?.string == (passed ? "passed" : "failed"))
        #expect(try Self.statement(row)["result"]?["success"]?.bool == passed)
    }

    @Test func objectIsAnActivityPerPersonaAndVersion() throws {
        let object = try #require(try Self.statement(Self.passedRow())["object"])
        #expect(object["objectType"]?.string == "Activity")
        #expect(object["id"]?.string == Self.base + "/personas/test-parcel/v2")
        #expect(Self.isIRI(object["id"]?.string))
        #expect(object["definition"]?["name"]?["en-US"]?.string?.contains("Pat Tester") == true)
        #expect(object["definition"]?["description"]?["en-US"]?.string != nil)
        #expect(Self.isIRI(object["definition"]?["type"]?.string))
    }

    @Test func resultHasScoreDurationAndExtensions() throws {
        let result = try #require(try Self.statement(Self.passedRow())["result"])
        let score = try #require(result["score"])
        let scaled = try #require(score["scaled"]?.double), raw = try #require(score["raw"]?.double)
        let min = try #require(score["min"]?.double), max = try #require(score["max"]?.double)
        #expect((-1...1).contains(scaled))
        #expect(min < max && (min...max).contains(raw))
        #expect(scaled == 0.78 && raw == 78)
        #expect(result["completion"]?.bool == true)
        #expect(result["duration"]?.string == "PT3M25S")
        #expect(Self.matches(result["duration"]?.string, Self.iso8601Duration))
        let extensions = try #require(result["extensions"]?.members)
        #expect(extensions.allSatisfy { Self.isIRI($0.key) })
        let steps = try #require(result["extensions"]?[Self.base + "/extensions/step-scores"])
        #expect(steps["listen"]?.int == 80 && steps["apologize"]?.int == 70 && steps["solve"]?.int == 75 && steps["thank"]?.int == 100)
        #expect(result["extensions"]?[Self.base + "/extensions/frustration-curve"]?.array?.compactMap(\.int) == [70, 62, 62])
        #expect(result["extensions"]?[Self.base + "/extensions/outcome"]?.string == "resolved")
    }

    @Test func abandonedSessionsAreNotComplete() throws {
        var row = Self.passedRow()
        row.transcript.outcome = .abandoned
        #expect(try Self.statement(row)["result"]?["completion"]?.bool == false)
    }

    @Test func timestampAndContext() throws {
        let statement = try Self.statement(Self.passedRow())
        #expect(statement["timestamp"]?.string == "2026-11-22T15:33:37Z") // endedAt
        #expect(Self.matches(statement["timestamp"]?.string, Self.iso8601Timestamp))
        #expect(statement["version"] == nil) // providers should not set it (xAPI-Data 2.4.10)
        let context = try #require(statement["context"])
        #expect(context["extensions"]?[Self.base + "/extensions/scorer"]?.string == "deescalate-scorer 1")
        #expect(context["extensions"]?[Self.base + "/extensions/rubric"]?.string == "default 1")
        #expect(context["extensions"]?.members?.allSatisfy { Self.isIRI($0.key) } == true)
    }

    @Test func chatLogsExportWithoutDurationOrCurve() throws {
        let row = GradedTranscript(source: "log.json", transcript: ReportFixtures.chatLog(), grade: ReportFixtures.grade(0, 60, 0, 0))
        let statement = try Self.statement(row)
        #expect(statement["object"]?["id"]?.string == Self.base + "/chat-log")
        #expect(statement["result"]?["duration"] == nil)
        #expect(statement["timestamp"]?.string == "2026-11-20T09:00:00Z") // startedAt when there is no end
        #expect(statement["verb"]?["id"]?.string == XAPIStatement.Verb.failed)
    }

    @Test func jsonLinesHasOneStatementPerRow() {
        let lines = XAPIStatement.jsonLines([Self.passedRow(), Self.passedRow()], actor: .mbox(domain: "example.com"))
        #expect(lines.split(separator: "\n").count == 2)
        #expect(lines.hasSuffix("\n"))
    }

    @Test func sha1KnownAnswers() {
        func hex(_ text: String) -> String { SHA1.hash(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        #expect(hex(String(repeating: "a", count: 1000)) == "291e9a6c66994949b57ba5e650361e98fc36b1ba")
    }

    @Test func uuidVersion5KnownAnswer() {
        // RFC 4122 DNS namespace; uuid5(NAMESPACE_DNS, "python.org") in Python's uuid module.
        let dns: [UInt8] = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]
        #expect(XAPIIdentifier.uuid(name: "python.org", namespace: dns) == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    }
}

extension XAPIStatementTests {
    @Test func jsonLineIsTheSerializedValue() {
        let statement = XAPIStatement(row: Self.passedRow(), actor: .mbox(domain: "example.com"), activityBase: Self.base)
        #expect(statement.jsonLine() == statement.jsonValue().serialized() + "\n")
    }

    @Test func anotherActorModeOrBaseGivesAnotherID() {
        let row = Self.passedRow()
        let ids = Set([
            XAPIStatement(row: row, actor: .mbox(domain: "example.com"), activityBase: Self.base).id,
            XAPIStatement(row: row, actor: .account(homePage: "https://lms.example.com"), activityBase: Self.base).id,
            XAPIStatement(row: row, actor: .account(homePage: "https://lms.example.com"), activityBase: "https://other.example").id,
        ])
        #expect(ids.count == 3)
    }
}
