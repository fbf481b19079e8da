import Foundation
import Testing
@testable import DeescalateKit

/// `practice --retry`: a saved session replayed up to reply N reproduces its turns byte for byte, and
/// every reason a replay would be inexact is refused with a message that says so.
@Suite struct SessionRetryTests {
    static let lines = [
        "I can send you a voucher for your next order.",
        "Sorry, what happened with the parcel exactly?",
        "So it was promised for Monday and only came on Wednesday, and nobody told you?",
        "I'm so sorry, that must have been really upsetting.",
        "I'll refund the shipping right now, and you'll see it within three days.",
        "Thank you for your patience, and for telling us.",
    ]

    /// A saved session: the fixture persona, seed 5, the lines above, as `practice` saves it.
    static func parent(lines: [String] = lines) throws -> Transcript {
        let persona = try Fixtures.testParcel()
        var conversation = Conversation.replaying(lines, persona: persona, seed: 5, trainee: "Alex")
        _ = conversation.finish()
        var transcript = conversation.transcript(startedAt: "2026-11-22T10:00:00Z", endedAt: "2026-11-22T10:05:00Z")
        transcript.grade = Scorer().grade(transcript)
        // Through the file format and back, as a retry reads it.
        return try Transcript(parsing: Array(transcript.jsonValue().serialized(pretty: true).utf8), file: "parent.json")
    }

    /// The bytes each turn is written as.
    static func bytes(_ turns: ArraySlice<Turn>) -> [String] { turns.map { $0.jsonValue().serialized() } }

    @Test(arguments: 1...6)
    func aBranchAtReplyNReproducesTheTurnsBeforeItByteForByte(turn: Int) throws {
        let parent = try Self.parent()
        let replies = parent.traineeTurns.count
        try #require(replies >= 5, "the session must run long enough to branch anywhere")
        guard turn <= replies + 1 else { return }
        let retry = try SessionRetry(parent: parent, file: "parent.json", turn: turn, personas: [Fixtures.testParcel()])
        #expect(retry.replayedLines == Array(Self.lines.prefix(turn - 1)))
        #expect(retry.reannotatedFrom == nil, "recorded by this build: byte for byte")
        #expect(retry.previousReply == (turn <= replies ? Self.lines[turn - 1] : nil))

        var conversation = retry.conversation(branch: BranchPoint(parent: "parent.json", turn: turn))
        _ = conversation.start()
        for line in retry.replayedLines { _ = conversation.submit(line) }
        _ = conversation.submit("Thank you for calling about this.")
        let child = conversation.transcript(startedAt: "2026-11-23T09:00:00Z", endedAt: nil)
        let shared = BranchPoint.turnIndex(ofReply: turn, in: parent) ?? parent.turns.count
        #expect(Self.bytes(child.turns.prefix(shared)) == Self.bytes(parent.turns.prefix(shared)))
        #expect(child.turns[shared].text == "Thank you for calling about this.", "reply N is the trainee's new one")
        #expect(child.branch == BranchPoint(parent: "parent.json", turn: turn))
    }

    @Test func anOlderPersonaVersionIsRefusedNamingBothVersions() throws {
        var persona = try Fixtures.testParcel()
        persona.version += 1
        #expect(throws: RetryError.versionMismatch(file: "parent.json", id: persona.id, recorded: persona.version - 1, current: persona.version)) {
            try SessionRetry(parent: try Self.parent(), file: "parent.json", turn: 1, personas: [persona])
        }
        let message = RetryError.versionMismatch(file: "parent.json", id: "test-parcel", recorded: 1, current: 2).localizedDescription
        #expect(message.contains("test-parcel version 1") && message.contains("test-parcel version 2"))
    }

    @Test func aMissingPersonaIsNamed() throws {
        #expect(throws: RetryError.personaMissing(file: "parent.json", id: "test-parcel", available: [])) {
            try SessionRetry(parent: try Self.parent(), file: "parent.json", turn: 1, personas: [])
        }
    }

    @Test func aChatLogCannotBeReplayed() throws {
        let chat = try ChatLogImporter.transcript(parsing: Array("Customer: hi\nAgent: hello\n".utf8), file: "chat.txt")
        #expect(throws: RetryError.notSimulator(file: "chat.txt")) {
            try SessionRetry(parent: chat, file: "chat.txt", turn: 1, personas: [Fixtures.testParcel()])
        }
        #expect(RetryError.notSimulator(file: "chat.txt").localizedDescription.contains("chat log"))
    }

    @Test(arguments: [0, -3, 8, 1_000])
    func aTurnOutsideOneToRepliesPlusOneIsRefused(turn: Int) throws {
        let parent = try Self.parent()
        let replies = parent.traineeTurns.count
        #expect(throws: RetryError.turnOutOfRange(file: "parent.json", turn: turn, replies: replies)) {
            try SessionRetry(parent: parent, file: "parent.json", turn: turn, personas: [Fixtures.testParcel()])
        }
    }

    @Test func aSessionAlreadyOverHasNoNextReply() throws {
        // The parent ended (resolved and closed, or escalated) after its last reply: nothing follows it.
        let parent = try Self.parent()
        let outcome = try #require(parent.outcome)
        try #require(outcome == .resolved, "the scripted parent resolves and is closed by its last reply")
        let replies = parent.traineeTurns.count
        #expect(throws: RetryError.endedBefore(file: "parent.json", turn: replies + 1, outcome: outcome, lastRetryable: replies)) {
            try SessionRetry(parent: parent, file: "parent.json", turn: replies + 1, personas: [Fixtures.testParcel()])
        }
    }

    @Test func anAbandonedSessionContinuesAfterItsLastReply() throws {
        let parent = try Self.parent(lines: Array(Self.lines.prefix(2)))
        #expect(parent.outcome == .abandoned)
        let retry = try SessionRetry(parent: parent, file: "parent.json", turn: 3, personas: [Fixtures.testParcel()])
        #expect(retry.replayedLines.count == 2)
        #expect(retry.previousReply == nil)
    }

    @Test func anOlderBuildsReasonsAreReadAgainNotRefused() throws {
        var parent = try Self.parent()
        // As if an older build had worded the reason differently: the same conversation, other annotations.
        parent.turns[3].changes = [FrustrationChange(reason: "an older wording", amount: parent.turns[3].changes.first?.amount ?? -5)]
        let retry = try SessionRetry(parent: parent, file: "parent.json", turn: 4, personas: [Fixtures.testParcel()])
        #expect(retry.reannotatedFrom == 4)
    }

    @Test func aReplayThatNoLongerMatchesIsRefused() throws {
        var parent = try Self.parent()
        parent.turns[1].text += " (edited)" // a trainee line changed after the session: the customer's answer follows from it
        parent.turns[0].text = "Something the persona never says."
        #expect {
            try SessionRetry(parent: parent, file: "parent.json", turn: 3, personas: [Fixtures.testParcel()])
        } throws: { error in
            guard case .diverged(_, let turnNumber, _, _) = error as? RetryError else { return false }
            return turnNumber == 1
        }
    }
}
