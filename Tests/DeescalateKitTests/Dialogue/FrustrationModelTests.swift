import Testing
@testable import DeescalateKit

/// The frustration model on hand-built analyses, so these rules hold whatever the analyzer says.
@Suite struct FrustrationModelTests {
    let persona: Persona
    init() throws { persona = try Fixtures.testParcel() }

    private func react(_ analysis: Analysis, state: inout ConversationState) -> TurnReaction {
        FrustrationModel(persona: persona).react(to: analysis, text: analysis.text, state: &state)
    }

    @Test func apologyLandsLessOnAFuriousCustomer() {
        var calmer = ConversationState(persona: persona, seed: 1)
        calmer.frustration = 60
        var furious = ConversationState(persona: persona, seed: 1)
        furious.frustration = 92
        let apology = Fixtures.analysis("I'm sorry", .apology)
        let mild = react(apology, state: &calmer).total
        let hot = react(apology, state: &furious).total
        #expect(mild < 0 && hot < 0)
        #expect(abs(hot) < abs(mild))
    }

    @Test func solutionBeforeTheCustomerFeelsHeardIsRejected() {
        var state = ConversationState(persona: persona, seed: 1)
        let reaction = react(Fixtures.analysis("I'll refund you", .action), state: &state)
        #expect(reaction.parts.contains(.situation(.solutionTooEarly)))
        #expect(reaction.total > 0)
        #expect(reaction.changes.contains { $0.reason == "solution before listening" })
        #expect(state.acceptedResolution == nil)
    }

    @Test func listeningRevealsFactsInOrderThenHearsOut() {
        var state = ConversationState(persona: persona, seed: 1)
        let ids = (0..<3).map { _ in react(Fixtures.analysis("What happened?", .question), state: &state).revealedFact?.id }
        #expect(ids == ["date", "gift", nil])
        #expect(state.heard >= 2)
    }

    @Test func repeatingTheSameMoveWearsThin() {
        var state = ConversationState(persona: persona, seed: 1)
        state.frustration = 60
        let totals = (0..<4).map { _ in react(Fixtures.analysis("Sorry", .apology), state: &state).total }
        #expect(totals[0] < totals[1] && totals[1] < totals[2])
        #expect(totals[3] > 0, "a fourth apology is spent and costs patience")
    }

    @Test func acceptableOfferOnceHeardIsAccepted() {
        var state = ConversationState(persona: persona, seed: 1)
        state.heard = 1
        let reaction = react(Fixtures.analysis("I'll refund the shipping today", .action, .commitment), state: &state)
        #expect(state.acceptedResolution == "refund-shipping")
        #expect(reaction.offer?.accepted == true)
        #expect(reaction.total < -10)
    }

    @Test(arguments: [
        ("I can't give you a voucher, but I'll refund the shipping", "refund-shipping", true),
        ("I can offer you a voucher", "voucher", false),
        ("No refund, but here is a coupon", "voucher", false),
    ])
    func offersAreMatchedOnWordsNotNegations(text: String, id: String, accepted: Bool) {
        var state = ConversationState(persona: persona, seed: 1)
        state.heard = 1
        let reaction = react(Fixtures.analysis(text, .action), state: &state)
        #expect(reaction.offer?.id == id)
        #expect(reaction.offer?.accepted == accepted)
    }

    @Test func turnsWithoutProgressCostPatienceAndGrow() {
        var state = ConversationState(persona: persona, seed: 1)
        let first = react(Fixtures.analysis("ok"), state: &state).total
        let second = react(Fixtures.analysis("ok"), state: &state).total
        #expect(first > 0 && second > first)
        #expect(state.patienceLeft == persona.temperament.patience - 2)
    }

    @Test func anExcuseErasesTheApologyItFollows() {
        var state = ConversationState(persona: persona, seed: 1)
        state.frustration = 60
        let reaction = react(Fixtures.analysis("Sorry, but the system was down", .apology, .excuse), state: &state)
        #expect(reaction.total > 0)
        #expect(reaction.changes.contains { $0.reason == "apology erased by the excuse" })
    }

    @Test func hostilityHalvesTheGoodInTheSameLine() {
        var plain = ConversationState(persona: persona, seed: 1)
        plain.frustration = 60
        var hostile = plain
        let good = react(Fixtures.analysis("I'm sorry", .apology), state: &plain).total
        let mixed = react(Fixtures.analysis("I'm sorry, calm down", .apology, .calmDown), state: &hostile).total
        #expect(mixed > good)
        #expect(mixed > 0)
    }

    @Test(arguments: MoveKind.allCases.filter { $0.isHarmful && $0 != .excuse })
    func everyHarmRaisesFrustration(kind: MoveKind) {
        var state = ConversationState(persona: persona, seed: 1)
        #expect(react(Fixtures.analysis("harm", kind), state: &state).total > 0)
    }

    @Test func personaTriggerWordsFireWhateverTheAnalyzerSays() {
        var state = ConversationState(persona: persona, seed: 1)
        let reaction = react(Fixtures.analysis("It's our Policy."), state: &state)
        #expect(reaction.changes.contains { $0.reason == "trigger 'policy'" && $0.amount == 10 })
    }

    @Test func unreadableRepliesAreUnclearNotIgnored() {
        var state = ConversationState(persona: persona, seed: 1)
        let reaction = react(Fixtures.analysis("🙂🙂 你好"), state: &state)
        #expect(reaction.parts == [.situation(.unclear)])
        #expect(reaction.total > 0)
    }
}
