@testable import DeescalateKit
import Testing

/// The customer's last words accept a solution only when they accept it: thanks that go on with
/// the problem, or with a question, accept nothing (issue 10).
@Suite struct CustomerReplyTests {
    @Test("acceptance", arguments: [
        ("Thanks, that fixed it.", true), ("Perfect, thank you so much, that did it!", true), ("No problem, thanks.", true), ("OK, that works.", true),
        ("Thank you! It still does this when I open it.", false), ("Thanks, but I'm still locked out.", false),
        ("Thanks. Which plan do I need then?", false), ("Great, though the error is back.", false), ("Thanks, it doesn't load.", false),
    ])
    func acceptance(text: String, accepts: Bool) {
        #expect((CustomerReply(text).first(.acceptance) != nil) == accepts, "\(text)")
    }

    @Test("thanks with the problem going on leave a chat log's ending open")
    func endingStaysOpen() throws {
        let log = "Customer: The app crashes.\nAgent: Please reinstall it from the store.\nCustomer: Thank you! It still crashes on start."
        let grade = Scorer().grade(try ChatLogImporter.transcript(parsing: Array(log.utf8)))
        #expect(!grade.findings.contains { $0.rule == "solve-accepted" })
        let accepted = "Customer: The app crashes.\nAgent: Please reinstall it from the store.\nCustomer: Thank you, that sorted it."
        #expect(Scorer().grade(try ChatLogImporter.transcript(parsing: Array(accepted.utf8))).findings.contains { $0.rule == "solve-accepted" })
    }
}
