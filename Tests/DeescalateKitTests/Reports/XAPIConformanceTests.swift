import Foundation
import Testing
@testable import DeescalateKit

/// Every kind of statement Deescalate exports, checked against the xAPI Data rules
/// (`XAPIConformance`), and the validator itself checked on statements that break them.
@Suite struct XAPIConformanceTests {
    static let base = "https://training.example.com/xapi/deescalate"

    /// One case: a row and an actor mode, named for the test list.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var row: GradedTranscript
        var actor: XAPIActorMode
        var testDescription: String { name }
    }

    static let cases: [Case] = {
        let account = XAPIActorMode.account(homePage: "https://lms.example.com")
        let passed = ReportFixtures.grade(80, 70, 75, 100, total: 78, passed: true)
        var abandoned = ReportFixtures.transcript(trainee: nil, outcome: .abandoned, endedAt: nil)
        abandoned.startedAt = "not a date"
        var chatLog = ReportFixtures.chatLog()
        chatLog.trainee = "Sam Lee"
        var noTimes = ReportFixtures.chatLog()
        noTimes.startedAt = nil
        noTimes.trainee = "李小龙 \u{1B}[31m"
        return [
            Case(name: "simulator, account", row: GradedTranscript(source: "a.json", transcript: ReportFixtures.transcript(), grade: passed), actor: account),
            Case(name: "simulator, mbox", row: GradedTranscript(source: "a.json", transcript: ReportFixtures.transcript(), grade: passed), actor: .mbox(domain: "example.com")),
            Case(name: "abandoned, no trainee, unreadable time", row: GradedTranscript(source: "b.json", transcript: abandoned, grade: ReportFixtures.grade(0, 0, 0, 0)), actor: account),
            Case(name: "failed outright", row: GradedTranscript(source: "c.json", transcript: ReportFixtures.transcript(persona: "odd id/é"),
                                                              grade: ReportFixtures.grade(90, 90, 90, 90, total: 59, passed: false, failedBecause: "an insult (turn 2: \"idiot\")")), actor: account),
            Case(name: "chat log with agent name", row: GradedTranscript(source: "log.txt", transcript: chatLog, grade: passed), actor: account),
            Case(name: "chat log, no times, unusual name, mbox", row: GradedTranscript(source: "<stdin>:3", transcript: noTimes, grade: passed), actor: .mbox(domain: "example.com")),
        ]
    }()

    @Test(arguments: cases)
    func statementsFollowTheXAPIDataRules(_ item: Case) throws {
        let line = XAPIStatement(row: item.row, actor: item.actor, activityBase: Self.base).jsonLine()
        let statement = try JSONParser.parse(String(line.dropLast()))
        #expect(XAPIConformance.problems(statement) == [])
        #expect(statement["version"] == nil, "providers should not set the version (xAPI-Data 2.4.10.s4.b2)")
    }

    /// The validator finds what it claims to check, so a passing test above means something.
    @Test(arguments: [
        (#"{"actor":{"mbox":"mailto:a@b.example"},"verb":{"id":"http://x.example/v","display":{"en-US":"v"}},"object":{"id":"http://x.example/o"},"version":"1.0.3"}"#, "$.version"),
        (#"{"id":"5d17f666-e5c5-19bc-a229-32013d6e4554","actor":{"mbox":"mailto:a@b.example"},"verb":{"id":"http://x.example/v","display":{"en-US":"v"}},"object":{"id":"http://x.example/o"}}"#, "$.id"),
        (#"{"actor":{"mbox":"mailto:a@b.example","account":{"homePage":"https://h.example","name":"n"}},"verb":{"id":"http://x.example/v","display":{"en-US":"v"}},"object":{"id":"http://x.example/o"}}"#, "$.actor"),
        (#"{"actor":{"name":"n"},"verb":{"id":"http://x.example/v","display":{"en-US":"v"}},"object":{"id":"http://x.example/o"}}"#, "$.actor"),
        (#"{"actor":{"mbox":"mailto:a@b.example"},"verb":{"id":"passed","display":{"en-US":"v"}},"object":{"id":"http://x.example/o"}}"#, "$.verb.id"),
        (#"{"actor":{"mbox":"mailto:a@b.example"},"verb":{"id":"http://x.example/v","display":{"english":"v"}},"object":{"id":"http://x.example/o"}}"#, "$.verb.display.english"),
        (#"{"actor":{"mbox":"mailto:a@b.example"},"verb":{"id":"http://x.example/v","display":{"en-US":"v"}},"object":{"id":"http://x.example/o"},"result":{"score":{"scaled":1.5}}}"#, "$.result.score.scaled"),
        (#"{"actor":{"mbox":"mailto:a@b.example"},"verb":{"id":"http://x.example/v","display":{"en-US":"v"}},"object":{"id":"http://x.example/o"},"result":{"score":{"raw":120,"min":0,"max":100}}}"#, "$.result.score.raw"),
        (#"{"actor":{"mbox":"mailto:a@b.example"},"verb":{"id":"http://x.example/v","display":{"en-US":"v"}},"object":{"id":"http://x.example/o"},"result":{"extensions":{"step-scores":1}}}"#, "$.result.extensions.step-scores"),
        (#"{"actor":{"mbox":"mailto:a@b.example"},"verb":{"id":"http://x.example/v","display":{"en-US":"v"}},"object":{"id":"http://x.example/o"},"result":{"duration":"3 minutes"}}"#, "$.result.duration"),
        (#"{"actor":{"mbox":"mailto:a@b.example"},"verb":{"id":"http://x.example/v","display":{"en-US":"v"}},"object":{"id":"http://x.example/o"},"timestamp":"2026-11-22 15:33"}"#, "$.timestamp"),
        (#"{"actor":{"mbox":"mailto:a@b.example"},"verb":{"id":"http://x.example/v","display":{"en-US":"v"}},"object":{"id":"http://x.example/o"},"timestamp":"2999-01-01T00:00:00Z"}"#, "$.timestamp"),
        (#"{"actor":{"mbox":"mailto:a@b.example"},"verb":{"id":"http://x.example/v","display":{"en-US":"v"}},"object":{"id":"http://x.example/o"},"result":{"duration":null}}"#, "$.result.duration"),
        (#"{"verb":{"id":"http://x.example/v","display":{"en-US":"v"}},"object":{"id":"http://x.example/o"}}"#, "actor is required"),
    ])
    func theValidatorCatchesBrokenStatements(json: String, problem: String) throws {
        let problems = XAPIConformance.problems(try JSONParser.parse(json))
        #expect(problems.contains { $0.contains(problem) }, "\(problems)")
    }

    @Test func aChatLogsAgentNameBecomesTheActor() throws {
        let log = "Customer: Where is my refund?\nAgent (Sam Lee): I'm so sorry. What happened?\nAgent (Kim): Thanks for waiting.\n"
        let transcript = try ChatLogImporter.transcript(parsing: Array(log.utf8))
        #expect(transcript.trainee == "Sam Lee")
        let row = GradedTranscript(source: "log.txt", transcript: transcript, grade: Scorer().grade(transcript))
        let statement = try JSONParser.parse(XAPIStatement(row: row, actor: .account(homePage: "https://lms.example.com")).jsonValue().serialized())
        #expect(statement["actor"]?["name"]?.string == "Sam Lee")
        #expect(statement["actor"]?["account"]?["name"]?.string == "Sam Lee")
    }

    @Test func identicalContentFromTwoSourcesGetsTwoIDsAndEachIsStable() {
        let transcript = ReportFixtures.chatLog(), grade = ReportFixtures.grade(50, 50, 50, 50)
        let actor = XAPIActorMode.account(homePage: "https://lms.example.com")
        func id(_ source: String) -> String { XAPIStatement(row: GradedTranscript(source: source, transcript: transcript, grade: grade), actor: actor).id }
        #expect(id("chats/a.txt") != id("chats/b.txt"))
        #expect(id("chats/a.txt") == id("chats/a.txt"))
        // Length-prefixed: moving a character between the source and the content cannot collide.
        #expect(id("ab") != id("a"))
    }
}

extension ReportFixtures {
    /// A simulator transcript against a persona with an unusual id (percent-encoded into the IRI).
    static func transcript(persona id: String) -> Transcript {
        transcript(personaID: id)
    }
}
