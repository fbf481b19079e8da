import DeescalateKit
import Testing

/// The plain-text chat-log format.
@Suite struct ChatLogImporterTests {
    static func turns(_ text: String) throws -> [(Speaker, String)] {
        try ChatLogImporter.transcript(parsing: Array(text.utf8), file: "log.txt").turns.map { ($0.speaker, $0.text) }
    }

    @Test(arguments: ["Customer", "CALLER", "guest", "Client"])
    func customerLabels(label: String) throws {
        #expect(try Self.turns("\(label): hi\nAgent: hello").first?.0 == .customer)
    }

    @Test(arguments: ["Agent", "trainee", "REP", "Me"])
    func traineeLabels(label: String) throws {
        #expect(try Self.turns("Customer: hi\n\(label): hello").last?.0 == .trainee)
    }

    @Test(arguments: ["[10:32] ", "(10:32:05) ", "10:32 ", "[2024-05-01 10:32] ", "  "])
    func timestampsAreSkipped(stamp: String) throws {
        let turns = try Self.turns("\(stamp)Customer: hi\n\(stamp)Agent: hello")
        #expect(turns.map(\.1) == ["hi", "hello"])
    }

    @Test func aNameInBracketsMayFollowTheLabel() throws {
        let turns = try Self.turns("[10:01] Customer (Dana Lee): hi\nAgent (Sam): hello\nAgent Sam: not a label")
        #expect(turns.map(\.0) == [.customer, .trainee])
        #expect(turns[1].1 == "hello\nAgent Sam: not a label")
    }

    @Test(arguments: [
        ("Customer (Dana): hi\nAgent (Sam Lee): hello", "Sam Lee"),              // the agent's name, not the customer's
        ("Customer: hi\nAgent (  Sam  ): hello", "Sam"),                          // trimmed
        ("Customer: hi\nAgent (): a\nCustomer: b\nRep (Kim): c", "Kim"),         // a blank name is no name
        ("Customer: hi\nAgent (Sam): a\nCustomer: b\nAgent (Kim): c", "Sam"),    // the first agent named
        ("Customer: hi\nAgent: hello", nil),
    ] as [(String, String?)])
    func theAgentsLabelNameIsTheTrainee(log: String, trainee: String?) throws {
        #expect(try ChatLogImporter.transcript(parsing: Array(log.utf8)).trainee == trainee)
    }

    @Test func bomCRLFContinuationsAndRepeatedSpeakers() throws {
        let text = "\u{FEFF}Chat export, 1 May\r\nCustomer: line one\r\nline two\r\nCustomer: line three\r\n\r\nAgent: reply\r\nNote: an order number: 5\r\n"
        let turns = try Self.turns(text)
        #expect(turns.count == 2)
        #expect(turns[0].1 == "line one\nline two\nline three")
        #expect(turns[1].1 == "reply\nNote: an order number: 5")
    }

    @Test(arguments: [
        ("just some text\nwith no labels", "no labelled turns", 1),
        ("Header\nCustomer: hi\nCustomer: anyone?", "no trainee turns", 2),
        ("Customer: hi\nAgent: \u{0}\u{1}", "binary", 2),
    ] as [(String, String, Int)])
    func errorsNameFileAndLine(text: String, message: String, line: Int) {
        do {
            _ = try ChatLogImporter.transcript(parsing: Array(text.utf8), file: "log.txt")
            Issue.record("accepted")
        } catch {
            #expect(error.file == "log.txt")
            #expect(error.message.contains(message))
            #expect(error.location?.line == line)
        }
    }
}
