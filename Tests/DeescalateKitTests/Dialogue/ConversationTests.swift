import Testing
@testable import DeescalateKit

/// The conversation state machine: phases, outcomes, determinism, line choice and restore.
@Suite struct ConversationTests {
    let persona: Persona
    init() throws { persona = try Fixtures.testParcel() }

    @Test func startsWithTheOpeningAtTheStartingLevel() {
        var conversation = Conversation(persona: persona, seed: 1)
        #expect(conversation.phase == .notStarted)
        let events = conversation.start()
        #expect(conversation.phase == .awaitingTrainee)
        guard case .customerSaid(_, .opening, _) = events.first else { Issue.record("no opening: \(events)"); return }
        #expect(conversation.turns.first?.frustration == persona.temperament.startingFrustration)
        #expect(conversation.start().isEmpty, "starting twice does nothing")
    }

    @Test func harmfulRepliesDriveTheCustomerToEscalate() {
        var conversation = Conversation(persona: persona, seed: 1)
        _ = conversation.start()
        for _ in 0..<persona.turnLimit where !conversation.state.isEnded {
            _ = conversation.submit("Calm down. That's just our policy, not my problem.")
        }
        #expect(conversation.outcome == .escalated)
        #expect(conversation.submit("hello?").isEmpty, "no input is taken after the end")
    }

    @Test func silenceRunsOutThePatience() {
        var conversation = Conversation(persona: persona, seed: 1)
        _ = conversation.start()
        for _ in 0..<persona.temperament.patience { _ = conversation.submit("") }
        #expect(conversation.outcome == .escalated)
    }

    @Test func finishIsResolvedOnlyWhenCalmAndAgreed() {
        var conversation = Conversation(persona: persona, seed: 1)
        _ = conversation.start()
        #expect(conversation.finish() == [.ended(.abandoned)])
        #expect(conversation.finish().isEmpty)
    }

    /// Resolves test-parcel: heard once, apologised, the shipping refunded.
    private func resolvedConversation() -> Conversation {
        var conversation = Conversation(persona: persona, seed: 2)
        _ = conversation.start()
        for line in ["What happened?", "I'm so sorry, that must have been really upsetting.",
                     "I'll refund the shipping today and you'll see it within three days."] where conversation.state.phase == .awaitingTrainee {
            _ = conversation.submit(line)
        }
        return conversation
    }

    @Test func aResolvedCustomerLeavesRoomForTheTraineeToClose() {
        var conversation = resolvedConversation()
        #expect(conversation.state.phase == .closing)
        #expect(conversation.outcome == .resolved, "the outcome is decided while closing")
        #expect(conversation.turns.last?.speaker == .customer)
        let events = conversation.submit("Thank you for your patience.")
        #expect(events.last == .ended(.resolved))
        #expect(conversation.turns.last?.speaker == .trainee)
        #expect(conversation.turns.last?.moves.contains { $0.kind == .thanks } == true)
        #expect(conversation.submit("Anything else?").isEmpty, "one closing line, then it is over")
    }

    @Test func leavingWhileClosingKeepsTheResolution() {
        var quitting = resolvedConversation()
        #expect(quitting.abandon() == [.ended(.resolved)])
        var ending = resolvedConversation()
        #expect(ending.finish() == [.ended(.resolved)])
    }

    @Test func theSameSeedAndLinesGiveTheSameTurns() {
        let lines = ["What happened?", "I'm sorry.", "ok", "Calm down.", "I'll refund it."]
        let first = Conversation.replaying(lines, persona: persona, seed: 42, trainee: "A")
        let second = Conversation.replaying(lines, persona: persona, seed: 42, trainee: "A")
        #expect(first.turns == second.turns)
        #expect(first.state == second.state)
    }

    @Test func replayingRestoresTheSameState() {
        var live = Conversation(persona: persona, seed: 7, trainee: "B")
        _ = live.start()
        for line in ["ok", "What happened?", "That sounds frustrating."] { _ = live.submit(line) }
        let restored = Conversation.replaying(live.traineeLines, persona: persona, seed: 7, trainee: "B")
        #expect(restored.state == live.state)
        #expect(restored.turns == live.turns)
    }

    @Test(arguments: 0..<20)
    func neverTheSameLineTwiceInARow(seed: Int) {
        var conversation = Conversation(persona: persona, seed: UInt64(seed))
        _ = conversation.start()
        for _ in 0..<2 { _ = conversation.submit("ok") }
        let said = conversation.turns.filter { $0.speaker == .customer }.map(\.text)
        for (previous, next) in zip(said, said.dropFirst()) { #expect(previous != next) }
    }

    @Test func everyTraineeTurnRecordsWhyFrustrationMoved() {
        var conversation = Conversation(persona: persona, seed: 3)
        _ = conversation.start()
        _ = conversation.submit("Calm down.")
        let turn = conversation.turns[1]
        #expect(turn.speaker == .trainee)
        #expect(!turn.changes.isEmpty)
        #expect(turn.frustration == persona.temperament.startingFrustration + turn.changes.reduce(0) { $0 + $1.amount })
    }

    @Test(arguments: ["", "   ", "\u{1B}[2J\u{7}", String(repeating: "word ", count: 20_000), "你好，我想退款", "🙂🙂🙂", "\u{FFFD}\u{FFFD}"])
    func awkwardInputGetsAReactionAndIsKept(line: String) {
        var conversation = Conversation(persona: persona, seed: 5)
        _ = conversation.start()
        let events = conversation.submit(line)
        #expect(events.contains { if case .customerSaid = $0 { true } else { false } })
        #expect(conversation.turns[1].text == line)
    }
}
