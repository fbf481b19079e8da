import Testing
@testable import DeescalateKit

/// A customer's direct question met with sympathy alone costs points; a rhetorical one does not.
@Suite struct UnansweredQuestionTests {
    static func grade(_ log: String) throws -> Grade {
        Scorer().grade(try ChatLogImporter.transcript(parsing: Array(log.utf8), file: "case"))
    }

    /// Whether `reply`, given to the customer's "when can someone come?", is graded as no answer.
    static func leavesTheQuestionUnanswered(_ reply: String) throws -> Bool {
        try grade("""
            Customer: The washing machine you delivered leaks.
            Agent: I'm so sorry about that.
            Customer: So when can someone come and look at it?
            Agent: \(reply)
            """).findings.contains { $0.rule == "question-unanswered" }
    }

    @Test(arguments: [
        "Okay, so when is the technician coming?", "How long will the refund take?", "Can you send another one?",
        "right and is it going to happen again?", "So what happens now?", "Which day can you do?",
    ])
    func answerableQuestions(_ question: String) {
        #expect(CustomerQuestion.first(in: "Fine. \(question)")?.words == question)
    }

    @Test(arguments: [
        "Why is this so hard?", "Are you kidding me?", "Did you even read my message?", "Have you any idea how long I waited?",
        "What is going on with you people?", "Seriously, when will you people ever learn?",
    ])
    func rhetoricalQuestions(_ question: String) {
        #expect(CustomerQuestion.first(in: question) == nil)
    }

    @Test func sympathyInsteadOfAnAnswerCostsOnce() throws {
        let grade = try Self.grade("""
            Customer: The washing machine you delivered leaks.
            Agent: I'm so sorry to hear that, that must be really frustrating.
            Customer: So when can someone come and look at it?
            Agent: I completely understand, and thank you for your patience.
            Customer: And how long will that take?
            Agent: I really appreciate you bearing with us.
            """)
        let unanswered = grade.findings.filter { $0.rule == "question-unanswered" }
        #expect(unanswered.count == 1)
        #expect(unanswered.first?.words == "So when can someone come and look at it?")
        #expect(unanswered.first?.points == -10 && unanswered.first?.step == nil)
        #expect(grade.feedback.contains { $0.message.contains("did not answer the customer's question") })
    }

    @Test func anAnswerOrAQuestionBackIsFine() throws {
        for reply in ["An engineer will be with you tomorrow between 8 and 10.", "Is it leaking from the door or underneath?"] {
            #expect(try !Self.leavesTheQuestionUnanswered(reply), "\(reply)")
        }
    }

    /// Sympathy that still carries an answer the analyzer does not name is no non-answer.
    @Test(arguments: [
        "Sorry, thank you for waiting: the engineer is Dana.", "Sorry, that model isn't covered, thank you.",
        "I'm so sorry, it's non-refundable. Thanks for asking.", "No, I'm sorry. Thanks for your patience.",
        "So sorry, thank you, it's the 12th.",
    ])
    func sympathyWithAnAnswerInItIsFine(_ reply: String) throws {
        #expect(UnansweredQuestionRule.carriesAnAnswer(reply), "\(reply)")
        #expect(try !Self.leavesTheQuestionUnanswered(reply), "\(reply)")
    }

    @Test func plainSympathyCarriesNoAnswer() throws {
        for reply in ["I'm so sorry, I completely understand. Thank you for your patience.", "I really do appreciate how annoying this is. I've noted it."] {
            #expect(!UnansweredQuestionRule.carriesAnAnswer(reply), "\(reply)")
        }
        #expect(try Self.leavesTheQuestionUnanswered("I'm so sorry, I completely understand. Thank you for your patience."))
    }

    @Test func aQuestionInTheLastTurnIsNotCounted() throws {
        let grade = try Self.grade("""
            Customer: The washing machine you delivered leaks.
            Agent: I'm so sorry about that, thank you for telling us.
            Customer: So when can someone come and look at it?
            """)
        #expect(!grade.findings.contains { $0.rule == "question-unanswered" })
    }
}
