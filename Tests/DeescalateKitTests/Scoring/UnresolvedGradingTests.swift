import Testing
@testable import DeescalateKit

/// Grades that mean the problem was solved: in simulator transcripts an unresolved session never
/// passes and its grade says why; chat logs keep their meaning.
@Suite struct UnresolvedGradingTests {
    /// A decent generic script: listening, an apology, a vague promise, thanks.
    static let decent = [
        "I'm so sorry to hear that. What happened?", "So it's been a really frustrating experience?",
        "That must be really frustrating.", "I'll look into this for you and get back to you.", "Thank you for your patience.",
    ]

    @Test(arguments: ["late-parcel", "hotel-anniversary", "double-billing", "gym-cancellation", "prescription-delay"])
    func anUnresolvedSessionNeverPasses(id: String) throws {
        var conversation = ShippedPersonas.play(try ShippedPersonas.persona(id), Self.decent)
        _ = conversation.finish()
        let transcript = conversation.transcript(startedAt: nil, endedAt: nil)
        #expect(transcript.outcome != .resolved)
        let grade = Scorer().grade(transcript)
        #expect(!grade.passed)
        #expect(grade.total < Rubric.standard.passMark)
        #expect(grade.notPassedBecause?.hasPrefix("the customer's problem was not solved: the session ended") == true)
        #expect(GradeCard(grade: grade, outcome: transcript.outcome).lines().contains { $0.text.contains("Not passed: ") })
        #expect(!grade.findings.contains { $0.rule == "solve" }, "Solve's full points need a solution the customer accepted")
    }

    /// The reason is shown wherever the grade is: the card, the HTML and Markdown reports, and the
    /// assessors' table and Markdown rows (without its opening, which "not passed" already says).
    @Test func everyRenderingSaysWhyItDidNotPass() throws {
        var conversation = ShippedPersonas.play(try ShippedPersonas.persona("late-parcel"), Self.decent)
        _ = conversation.finish()
        let transcript = conversation.transcript(startedAt: nil, endedAt: nil)
        let grade = Scorer().grade(transcript)
        let reason = try #require(grade.notPassedBecause)
        #expect(reason.contains(" after reply "), "cited by reply number: \(reason)")
        #expect(!reason.contains("turn"), "\(reason)")
        let report = SessionReport(transcript: transcript, grade: grade)
        #expect(report.html().contains("Not passed: " + HTMLText.escaped(reason)))
        #expect(report.markdown().contains("**Not passed:** "))
        var graded = GradedTranscript(source: "s.json", transcript: transcript, grade: grade)
        let row = GradeRow(graded)
        let short = String(reason.dropFirst("the customer's problem was not solved: ".count))
        #expect(row.notes.contains("not passed: " + short), "\(row.notes)")
        #expect(GradeTable(fitting: ["s.json"]).row(row).contains("not passed: the session ended"))
        #expect(GradeMarkdown.row(row).contains("not passed: the session ended"))
        graded.transcript.turns.removeAll { $0.speaker == .trainee }
        #expect(!GradeRow(graded).notes.contains { $0.hasPrefix("not passed") }, "a session with no reply is 'not graded', nothing more")
    }

    @Test func aChatLogWithTheSameWordsIsGradedAsBefore() throws {
        var transcript = Transcript(source: .chatLog, turns: [Turn(speaker: .customer, text: "My parcel is late.")])
        for line in Self.decent {
            transcript.turns.append(Turn(speaker: .trainee, text: line))
            transcript.turns.append(Turn(speaker: .customer, text: "Okay."))
        }
        let grade = Scorer().grade(transcript)
        #expect(grade.notPassedBecause == nil)
        #expect(grade.findings.contains { $0.rule == "solve" }, "a chat log's offer counts as before: no outcome is known there")
    }

    @Test func aResolvedSessionCreditsTheAcceptedSolutionAtItsTurn() throws {
        let persona = try Fixtures.testParcel()
        let conversation = Conversation.replaying(["What happened?", "I can send you a voucher for next time.", "I'm so sorry, that must have been really upsetting.",
                                                   "I'll refund the shipping today and you'll see it within three days.", "Thank you."],
                                                  persona: persona, seed: 2, trainee: "Sam")
        let grade = Scorer().grade(conversation.transcript(startedAt: nil, endedAt: nil))
        let solve = try #require(grade.findings.first { $0.rule == "solve" })
        #expect(solve.turn == 8 && solve.message.contains("'refund-shipping'"), "\(solve)")
        #expect(grade.notPassedBecause == nil)
    }
}
