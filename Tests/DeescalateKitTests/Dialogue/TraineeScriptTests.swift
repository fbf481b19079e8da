import Testing
@testable import DeescalateKit

/// A practice script reads the same whether it was saved with LF or CRLF line ends.
@Suite struct TraineeScriptTests {
    @Test func crlfLinesAreSeparateReplies() {
        let replies = TraineeScript.replies(in: "# warm-up\r\nI'm sorry.\r\n\r\nLet me check.\r\n")
        #expect(replies == ["I'm sorry.", "", "Let me check."])
    }

    @Test func lfAndCrlfGiveTheSameReplies() {
        let lf = "Hello\n# note\nI see\n\nDone"
        #expect(TraineeScript.replies(in: lf) == TraineeScript.replies(in: lf.replacingOccurrences(of: "\n", with: "\r\n")))
    }

    @Test func noReplyHoldsALineBreak() {
        // The script fuzz target's find: a CRLF among other bytes glued two lines into one reply.
        let text = "C]]]]ustomer: hi\u{0}\u{0}\r\n\u{84}\u{84}Customer: again\r\nlast"
        let replies = TraineeScript.replies(in: text)
        #expect(replies.count == 3)
        #expect(replies.allSatisfy { !$0.unicodeScalars.contains("\n") && !$0.unicodeScalars.contains("\r") })
    }
}
