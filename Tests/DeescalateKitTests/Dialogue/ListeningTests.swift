import Testing
@testable import DeescalateKit

/// Facts told by what the question asks, and repeats told apart from new questions by wording.
@Suite struct ListeningTests {
    /// The fact the customer tells first, as the only line of a conversation.
    static func firstFactTold(_ id: String, _ line: String) throws -> String? {
        let conversation = ShippedPersonas.play(try ShippedPersonas.persona(id), [line])
        return conversation.turns.last?.revealed
    }

    @Test(arguments: [
        ("gym-cancellation", "Who did you speak to when you cancelled?", "cancelled-at-desk"),
        ("gym-cancellation", "Have you been in touch with us about this before?", "emails-ignored"),
        ("gym-cancellation", "Did this cause problems with your bank?", "overdraft"),
        ("gym-cancellation", "Can I ask why you cancelled in the first place?", "hours-cut"),
        ("gym-cancellation", "How much has been taken since you cancelled?", "two-payments"),
        ("prescription-delay", "How did you get here today?", "second-trip"),
        ("prescription-delay", "How many tablets have you got left?", "two-tablets"),
        ("prescription-delay", "Did your GP surgery send the prescription over?", "surgery-sent"),
        ("prescription-delay", "What time were you told it would be ready?", "promised-two"),
        ("prescription-delay", "Is there anyone who usually collects your prescriptions for you?", "widowed"),
        // The fact's own words, with no `about` words: hotel-anniversary is a format 1 persona migrated unchanged.
        ("hotel-anniversary", "What was breakfast like?", "cold-breakfast"),
        ("hotel-anniversary", "Did the cake and prosecco arrive?", "no-celebration"),
    ])
    func aQuestionAboutSomethingDrawsThatFact(persona: String, line: String, fact: String) throws {
        #expect(try Self.firstFactTold(persona, line) == fact)
    }

    @Test(arguments: ["What happened?", "Can you tell me more?", "I hear you. Go on."])
    func anOpenQuestionDrawsTheNextFactInOrder(line: String) throws {
        let persona = try ShippedPersonas.persona("gym-cancellation")
        #expect(try Self.firstFactTold("gym-cancellation", line) == persona.grievance.facts[0].id)
    }

    @Test func aQuestionAboutAToldFactGetsItsOtherWordingNotAnotherFact() throws {
        let persona = try ShippedPersonas.persona("prescription-delay")
        let conversation = ShippedPersonas.play(persona, ["How many tablets have you got left?", "Sorry, how many tablets was that?"])
        let turns = conversation.turns
        #expect(turns[4].revealed == nil, "nothing new is told")
        let tablets = try #require(persona.grievance.facts.first { $0.id == "two-tablets" })
        #expect(turns[2].text != turns[4].text)
        #expect(tablets.says.contains { turns[4].text.contains($0) }, "\(turns[4].text)")
        #expect(conversation.state.revealedFacts.count == 1)
    }

    @Test func aFactWithOneWordingIsRetoldAsSuch() throws {
        let persona = try Fixtures.testParcel()
        let conversation = ShippedPersonas.play(persona, ["When was it promised?", "So when was it promised for, again?"])
        #expect(conversation.turns[4].text.hasPrefix("I told you: "), "\(conversation.turns[4].text)")
    }

    @Test func distinctQuestionsNeverRaiseFrustration() throws {
        let persona = try ShippedPersonas.persona("gym-cancellation")
        let questions = [
            "Who did you speak to when you cancelled?", "Have you been in touch with us about this before?",
            "Did this cause problems with your bank?", "How much has been taken since you cancelled?",
            "What date did you cancel on?", "Was there a form you filled in at the desk?", "Which branch was it?",
        ]
        let conversation = ShippedPersonas.play(persona, questions)
        let levels = conversation.turns.compactMap(\.frustration)
        for (before, after) in zip(levels, levels.dropFirst()) { #expect(after <= before, "\(levels)") }
        #expect(!conversation.turns.contains { $0.speaker == .customer && persona.lines[.repeated]?.any.contains($0.text) == true })
    }

    @Test func theSameLineAgainIsARepeatAndCosts() throws {
        let persona = try ShippedPersonas.persona("gym-cancellation")
        let conversation = ShippedPersonas.play(persona, ["I'm sorry about this.", "I'm so sorry about this."])
        let second = conversation.turns[3]
        #expect(second.changes.contains { $0.reason.hasPrefix("said before") && $0.amount > 0 }, "\(second.changes)")
        #expect(conversation.turns[4].frustration! > conversation.turns[2].frustration!)
    }

    @Test(arguments: [
        ("I'm sorry about this.", "I'm so sorry about this.", true),
        ("What happened?", "What happened next?", false),
        ("Who did you speak to?", "When did you cancel?", false),
        ("I'll refund both payments today and email you.", "I'll refund both payments today", true),
        ("Okay.", "Okay.", true),
        ("Okay.", "Right.", false),
    ])
    func wordingsThatSayTheSame(first: String, second: String, repeats: Bool) {
        var memory = TraineeWordings()
        memory.remember(TraineeWordings.words(of: first))
        #expect(memory.repeats(TraineeWordings.words(of: second)) == repeats)
    }

    @Test func aLongLineIsReadToTheLimitAndKeptWhole() throws {
        var conversation = Conversation(persona: try Fixtures.testParcel(), seed: 1)
        _ = conversation.start()
        let line = "What happened? " + String(repeating: "a", count: 10_000)
        let events = conversation.submit(line)
        #expect(events.first == .lineShortened(from: line.count, to: Conversation.maximumLineLength))
        #expect(conversation.turns[1].text == line, "the trainee's words are not lost")
    }

    @Test(arguments: [
        ("Thanks, {trainee}.", "Thanks."),
        ("Thank you, {trainee}. You've been kind.", "Thank you. You've been kind."),
        ("{trainee}, listen to me.", "Listen to me."),
        ("Forty years, {trainee}. We'd planned it.", "Forty years. We'd planned it."),
        ("Look {trainee}, I'm tired.", "Look, I'm tired."),
        ("No name here.", "No name here."),
    ])
    func aTraineeWithNoNameIsNotAddressed(line: String, expected: String) {
        #expect(PlaceholderText.removingAddress(line) == expected)
    }

    @Test func theCustomerNeverSaysTrainee() throws {
        let persona = try Fixtures.testParcel()
        let conversation = Conversation.replaying(["What happened?", "I'm so sorry, that must have been really upsetting.",
                                                   "I'll refund the shipping today and you'll see it within three days."],
                                                  persona: persona, seed: 2, trainee: "Trainee")
        #expect(conversation.outcome == .resolved)
        #expect(!conversation.turns.contains { $0.speaker == .customer && $0.text.lowercased().contains("trainee") })
    }
}
