import Testing
@testable import DeescalateKit

/// Offers matched by meaning: any order, inserted words, inflections; negation cancels; the most
/// specific phrase wins.
@Suite struct OfferMatchingTests {
    @Test(arguments: [
        ("I'll refund your full stay today, and I'll email you a confirmation by 5 pm.", "refund-stay"),
        ("We'll refund the whole of your stay.", "refund-stay"),
        ("I'm refunding both of your nights today.", "refund-stay"),
        ("You'll get a refund in full.", "refund-stay"),
        ("I can give you a partial refund.", "partial-refund"),
        ("I'll refund one night.", "partial-refund"),
        ("I'll refund the celebration package.", "package-only"),
        ("I'd like to offer you another weekend with us, on the house.", "anniversary-return"),
    ])
    func aRewordedOfferIsRecognised(line: String, resolution: String) throws {
        let persona = try ShippedPersonas.persona("hotel-anniversary")
        #expect(OfferMatcher.offer(in: line, persona: persona)?.resolution.id == resolution)
    }

    @Test(arguments: [
        "I can't refund your stay.",
        "There's no full refund, I'm afraid.",
        "I'll look into it for you.",
        "Stay on the line, please. A refund is something we can talk about.", // the words are in different sentences
    ])
    func noOfferWhenNegatedVagueOrScattered(line: String) throws {
        let persona = try ShippedPersonas.persona("hotel-anniversary")
        #expect(OfferMatcher.offer(in: line, persona: persona) == nil)
    }

    @Test func aRewordedConcreteOfferIsAcceptedInConversation() throws {
        let persona = try ShippedPersonas.persona("hotel-anniversary")
        let conversation = ShippedPersonas.play(persona, [
            "What happened when you arrived?", "What was the room like?", "I hear you. Please go on.",
            "What happened at breakfast?", "I'm so sorry. That must have been heartbreaking on your anniversary.",
            "I'll refund your full stay today, and I'll email you a confirmation by 5 pm.",
        ])
        #expect(conversation.state.acceptedResolution == "refund-stay", "\(conversation.turns.map(\.text))")
    }

    @Test func lintWarnsWhenAcceptableAndUnacceptablePhrasesOverlap() {
        let text = PersonaLintTests.fixture.replacingOccurrences(of: "offer: [\"voucher\", \"coupon\"]", with: "offer: [\"voucher\", \"coupon\", \"refund later\"]")
        let output = PersonaLintTests.lint(text)
        #expect(output.contains { $0.contains("warning: offers \"refund\"") && $0.contains("\"refund later\"") && $0.contains("'voucher' (not acceptable) wins") }, "\(output)")
    }
}
