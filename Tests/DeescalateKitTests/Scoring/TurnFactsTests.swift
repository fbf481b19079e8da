@testable import DeescalateKit
import Testing

/// The few facts Scoring adds to the analyzer's reading, and the customer-reply reader.
@Suite struct TurnFactsTests {
    @Test func everyMoveKindHasItsOwnBit() {
        #expect(TurnFacts.kindBitsAreDistinct)
    }

    @Test(arguments: [("PLEASE STOP SENDING ME THE SAME EMAIL", true), ("I'm SO sorry about that, truly.", false), ("OK FINE", false)])
    func shouting(line: String, shouted: Bool) {
        #expect(TurnFacts.isShouted(line) == shouted)
    }

    @Test func apologiesAreCountedFromTheAnalysis() {
        let text = "Sorry. I'm sorry it's late."
        #expect(TurnFacts(text: text, analysis: Analyzer().analyze(text)).apologyCount == Analyzer().analyze(text).moves(of: .apology).count)
    }

    @Test(arguments: [("Great, thanks.", CustomerReply.Signal.acceptance, "Great"), ("That’s not good enough — get me a manager.", .escalation, "not good enough"),
                      ("You MORONS", .abuse, "MORONS"), ("It doesn’t help", .escalation, "doesn’t help")])
    func customerReply(text: String, signal: CustomerReply.Signal, words: String) {
        #expect(CustomerReply(text).first(signal)?.words == words)
    }

    @Test func theMemoGivesTheSameGrade() throws {
        let log = "Customer: Late!\nAgent: I'm sorry. What happened?\nCustomer: Lost.\nAgent: I'll resend it today. Thank you."
        let transcript = try ChatLogImporter.transcript(parsing: Array(log.utf8))
        let memo = AnalysisMemo(capacity: 1)
        #expect(Scorer().grade(transcript, memo: memo) == Scorer().grade(transcript))
        #expect(Scorer().grade(transcript, memo: memo) == Scorer().grade(transcript))
        #expect(memo.lookups == 4)
    }
}
