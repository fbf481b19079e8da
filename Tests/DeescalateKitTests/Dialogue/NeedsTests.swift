import Testing
@testable import DeescalateKit

/// What matters most to the customer: facts they must hear acknowledged, and the need an offer must meet.
@Suite struct NeedsTests {
    static let widowed = "Is there anyone who usually collects your prescriptions for you?"

    @Test func anIgnoredFactIsSaidAndCostsOnce() throws {
        let persona = try ShippedPersonas.persona("prescription-delay")
        let conversation = ShippedPersonas.play(persona, [Self.widowed, "How many tablets have you got left?", "What time did they say?"])
        let missed = conversation.turns[3]
        #expect(missed.changes.contains { $0.reason == "'widowed' not acknowledged" && $0.amount == 8 }, "\(missed.changes)")
        let fact = try #require(persona.grievance.facts.first { $0.id == "widowed" })
        #expect(fact.ifIgnored.contains { conversation.turns[4].text.contains($0) }, "\(conversation.turns[4].text)")
        #expect(!conversation.turns[5].changes.contains { $0.reason.contains("not acknowledged") }, "it costs only once")
    }

    @Test func theCallCannotResolveUntilItIsAcknowledged() throws {
        let persona = try ShippedPersonas.persona("prescription-delay")
        let ready = "I'll get your tablets ready now, within twenty minutes, and I'll bring them out to you myself."
        let ignoring = ShippedPersonas.play(persona, [Self.widowed, "How many tablets have you got left?", ready, "Thank you."])
        #expect(ignoring.state.acceptedResolution == "ready-now")
        #expect(ignoring.outcome == nil, "calm or not, she has not been heard about her husband")
        let hearing = ShippedPersonas.play(persona, [Self.widowed, "I'm so sorry about your husband. That must be so hard.",
                                                     "How many tablets have you got left?", ready])
        #expect(hearing.outcome == .resolved, "\(hearing.turns.map { "\($0.frustration ?? -1) \($0.text)" })")
    }

    @Test func anOfferThatMissesTheNeedIsAGestureAndDoesNotResolve() throws {
        let persona = try ShippedPersonas.persona("prescription-delay")
        let conversation = ShippedPersonas.play(persona, [
            "How did you get here today?", "How many tablets have you got left?",
            "I'm so sorry, that sounds really worrying.", "I can offer you a full refund or a replacement.",
        ])
        let answer = try #require(conversation.turns.last)
        #expect(answer.offer == OfferAnswer(resolution: "refund", accepted: true, meetsNeed: false))
        #expect(persona.grievance.need!.says.contains { answer.text.contains($0) }, "\(answer.text)")
        #expect(conversation.state.acceptedResolution == nil)
        #expect(conversation.outcome == nil)
    }

    @Test func theGradeSaysTheNeedWasNotMetAndTheSessionDoesNotPass() throws {
        let persona = try ShippedPersonas.persona("prescription-delay")
        var conversation = ShippedPersonas.play(persona, [
            "What time were you told it would be ready?", "How many tablets have you got left?",
            "I'm so sorry, that sounds really worrying.", "I can offer you a full refund or a replacement, today.",
            "Thank you for your patience.",
        ])
        _ = conversation.finish()
        let grade = Scorer().grade(conversation.transcript(startedAt: nil, endedAt: nil))
        #expect(!grade.passed)
        #expect(grade.total < Rubric.standard.passMark)
        #expect(grade.findings.contains { $0.rule == "solve-need-unmet" && $0.turn == 8 }, "\(grade.findings.map(\.rule))")
        #expect(grade.notPassedBecause?.contains("did not meet their need: her tablets before she runs out") == true, "\(grade.notPassedBecause ?? "")")
    }

    @Test func theGradeCitesAnUnacknowledgedFactWithItsTurn() throws {
        let persona = try ShippedPersonas.persona("prescription-delay")
        var conversation = ShippedPersonas.play(persona, [Self.widowed, "How many tablets have you got left?", "Thank you."])
        _ = conversation.finish()
        let grade = Scorer().grade(conversation.transcript(startedAt: nil, endedAt: nil))
        let finding = try #require(grade.findings.first { $0.rule == "acknowledge" })
        #expect(finding.turn == 3 && finding.points == Rubric.standard.points("apologize.not-acknowledged"), "\(finding)")
        #expect(grade.feedback.contains { $0.message.contains("none of your replies acknowledged it") && $0.turn == 4 && $0.reply == 2 },
                "\(grade.feedback.map(\.message))")
    }

    @Test func domainPhrasesAreNeutralInTheEngineAndTheGrade() throws {
        let persona = try ShippedPersonas.persona("prescription-delay")
        let line = "I've made up your prescription now and I'll give you an emergency supply to tide you over."
        #expect(Analyzer().analyze(line).moves.contains { $0.kind == .accusation }, "the plain analyzer misreads it")
        let filtered = DomainPhraseFilter(phrases: persona.domainPhrases).filter(Analyzer().analyze(line))
        #expect(!filtered.moves.contains { $0.kind.isHarmful })
        var conversation = ShippedPersonas.play(persona, ["What happened?", "How many tablets have you got left?", line])
        _ = conversation.finish()
        #expect(!conversation.turns[5].changes.contains { $0.reason == "accusation" })
        let transcript = conversation.transcript(startedAt: nil, endedAt: nil)
        // The grade comes from the transcript alone: the phrases travel with it.
        let reread = try Transcript(parsing: Array(transcript.jsonValue().serialized().utf8))
        #expect(reread.persona?.domainPhrases == persona.domainPhrases)
        #expect(!Scorer().grade(reread).findings.contains { $0.rule.hasPrefix("harm-") })
    }
}
