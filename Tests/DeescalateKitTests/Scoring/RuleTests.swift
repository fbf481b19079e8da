import DeescalateKit
import Testing

/// Each rule, table-driven: a short chat log and what the rule must (or must not) find.
@Suite struct RuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var log: String
        var rule: String
        /// nil: the rule must not fire. Otherwise the points it must give.
        var points: Int?
        var testDescription: String { name }
    }

    static func grade(_ log: String) -> Grade {
        Scorer().grade(try! ChatLogImporter.transcript(parsing: Array(log.utf8), file: "case"))
    }

    static let cases: [Case] = [
        Case(name: "an open question is listening", log: "Customer: It broke.\nAgent: What happened when it broke?", rule: "listen", points: 40),
        Case(name: "a question counts once more as asking", log: "Customer: It broke.\nAgent: When did it stop working?", rule: "listen-question", points: 15),
        Case(name: "reflecting back", log: "Customer: It came late.\nAgent: So it came two days late — is that right?", rule: "listen-reflection", points: 25),
        Case(name: "listening before solving earns a bonus", log: "Customer: Late.\nAgent: What happened?\nCustomer: Lost.\nAgent: I'll resend it.", rule: "listen-first", points: 20),
        Case(name: "solving before hearing costs", log: "Customer: Late.\nAgent: I'll resend it today.\nCustomer: Hm.\nAgent: What happened?", rule: "listen-before-solve", points: -10),
        Case(name: "a question in the same turn before the offer is fine", log: "Customer: Late.\nAgent: What happened? I'll resend it.", rule: "listen-before-solve", points: nil),
        Case(name: "a sincere apology", log: "Customer: Late.\nAgent: I'm sorry it's late.", rule: "apologize", points: 50),
        Case(name: "an early apology", log: "Customer: Late.\nAgent: I'm sorry it's late.", rule: "apologize-early", points: 15),
        Case(name: "an apology late in a long conversation is not early",
             log: "Customer: a\nAgent: OK.\nCustomer: b\nAgent: Right.\nCustomer: c\nAgent: Hm.\nCustomer: d\nAgent: Yes.\nCustomer: e\nAgent: I'm sorry.",
             rule: "apologize-early", points: nil),
        Case(name: "empathy names the feeling", log: "Customer: Late.\nAgent: That must be so frustrating.", rule: "empathy", points: 35),
        Case(name: "a flood of apologies", log: "Customer: Late.\nAgent: Sorry, so sorry, really sorry.", rule: "apology-flood", points: -10),
        Case(name: "two apologies are not a flood", log: "Customer: Late.\nAgent: Sorry. I'm sorry it's late.", rule: "apology-flood", points: nil),
        Case(name: "an excuse erases the apology", log: "Customer: Late.\nAgent: I'm sorry, but the system was down.", rule: "excuse-after-apology", points: -25),
        Case(name: "the erased apology earns nothing", log: "Customer: Late.\nAgent: I'm sorry, but the system was down.", rule: "apologize", points: nil),
        Case(name: "'sorry, but I can' is no excuse", log: "Customer: Late.\nAgent: I'm sorry, but I can resend it today.", rule: "excuse-after-apology", points: nil),
        Case(name: "a non-apology", log: "Customer: Late.\nAgent: I'm sorry you feel that way.", rule: "non-apology", points: -15),
        Case(name: "an offer", log: "Customer: Late.\nAgent: Let me resend it.", rule: "solve", points: 40),
        Case(name: "a concrete commitment has a time", log: "Customer: Late.\nAgent: I'll resend it today by 5pm.", rule: "solve-commitment", points: 20),
        Case(name: "a vague promise is not concrete", log: "Customer: Late.\nAgent: We'll look into it soon.", rule: "solve-commitment", points: nil),
        Case(name: "options", log: "Customer: Late.\nAgent: I can resend it, or if you prefer, refund you.", rule: "solve-options", points: 15),
        Case(name: "'no other option' is not options", log: "Customer: Late.\nAgent: There's no other option.", rule: "solve-options", points: nil),
        Case(name: "a follow-up", log: "Customer: Late.\nAgent: I'll call you back tomorrow.", rule: "solve-follow-up", points: 15),
        Case(name: "a referral with a reason", log: "Customer: Refund!\nAgent: My supervisor can approve that because it's over my limit.", rule: "solve-referral", points: 10),
        Case(name: "sending the customer to a supervisor is no referral", log: "Customer: Refund!\nAgent: Talk to my supervisor.", rule: "solve-referral", points: nil),
        Case(name: "can't with no alternative", log: "Customer: Refund!\nAgent: We can't refund that.", rule: "cant-without-alternative", points: -15),
        Case(name: "can't with an alternative", log: "Customer: Refund!\nAgent: I can't refund it, but what I can do is credit you today.", rule: "cant-without-alternative", points: nil),
        Case(name: "'I can not' is not an alternative", log: "Customer: Refund!\nAgent: I can not do that.", rule: "cant-without-alternative", points: -15),
        Case(name: "thanks at the close", log: "Customer: Late.\nAgent: I'll resend it.\nCustomer: OK.\nAgent: Thank you for your patience.", rule: "thank", points: 100),
        Case(name: "thanks only at the start",
             log: "Customer: a\nAgent: Thanks for calling.\nCustomer: b\nAgent: OK.\nCustomer: c\nAgent: Right.\nCustomer: d\nAgent: Done.",
             rule: "thank", points: 40),
        Case(name: "a policy wall", log: "Customer: Refund!\nAgent: That's our policy.", rule: "harm-policy-wall", points: -5),
        Case(name: "an exception to the policy is no wall", log: "Customer: Refund!\nAgent: I'll make an exception to the policy today.", rule: "harm-policy-wall", points: nil),
        Case(name: "blame", log: "Customer: Late.\nAgent: You should have checked the address.", rule: "harm-blame", points: -10),
        Case(name: "'whatever works for you' is no dismissal", log: "Customer: When?\nAgent: Whatever works best for you.", rule: "harm-dismissal", points: nil),
        Case(name: "'calm down'", log: "Customer: Late!\nAgent: Calm down, please.", rule: "harm-calm-down", points: -10),
        Case(name: "profanity fails outright", log: "Customer: Late!\nAgent: Stop this shit.", rule: "outright-fail", points: -50),
        Case(name: "an insult fails outright", log: "Customer: Late!\nAgent: You idiot.", rule: "outright-fail", points: -50),
        Case(name: "a threat fails outright", log: "Customer: Late!\nAgent: Keep this up and you'll regret it.", rule: "outright-fail", points: -50),
        Case(name: "quoting the customer's insult in a boundary does not fail",
             log: "Customer: You idiot!\nAgent: Please don't call me an idiot; I want to help you fix this.", rule: "outright-fail", points: nil),
        Case(name: "a calm boundary with an abusive customer",
             log: "Customer: Fix it, you morons!\nAgent: I want to help, and I can't continue if you swear at me.", rule: "boundary", points: 5),
        Case(name: "a hostile turn's thanks earn nothing",
             log: "Customer: Late!\nAgent: OK.\nCustomer: So?\nAgent: Thanks so much for yelling at me, happy now?", rule: "thank", points: nil),
        Case(name: "a chat log's customer accepting the offer",
             log: "Customer: Late.\nAgent: I'll resend it today.\nCustomer: Great, thanks.", rule: "solve-accepted", points: 15),
        Case(name: "a chat log's customer escalating",
             log: "Customer: Late.\nAgent: I'll resend it.\nCustomer: Not good enough, get me a manager.", rule: "outcome", points: -15),
        Case(name: "a chat log with no clear ending is neither helped nor hurt",
             log: "Customer: Late.\nAgent: I'll resend it.\nCustomer: The blue one.", rule: "outcome", points: nil),
        Case(name: "LAST in order", log: "Customer: a\nAgent: What happened?\nCustomer: b\nAgent: I'm sorry.\nCustomer: c\nAgent: I'll fix it.\nCustomer: d\nAgent: Thank you.",
             rule: "order", points: 5),
        Case(name: "LAST out of order", log: "Customer: a\nAgent: Thank you. I'll fix it.\nCustomer: b\nAgent: What happened?", rule: "order", points: -5),
    ]

    @Test(arguments: cases)
    func rule(_ testCase: Case) {
        let grade = Self.grade(testCase.log)
        let found = grade.findings.first { $0.rule == testCase.rule }
        if let reason = Self.analyzerKnownIssues[testCase.name] {
            withKnownIssue(Comment(rawValue: reason), isIntermittent: true) { Self.check(testCase, grade, found) }
        } else {
            Self.check(testCase, grade, found)
        }
    }

    /// Cases that fail only because the analyzer misreads the trainee's line; the scorer takes the
    /// analyzer's moves as they are (one reading for the simulator and the grade), so these wait for
    /// the analyzer.
    static let analyzerKnownIssues: [String: String] = [
        "a flood of apologies": "analyzer: 'Sorry, so sorry, really sorry.' reads as sarcasm with no apology moves, so it is costed as sarcasm, not as a flood",
    ]

    static func check(_ testCase: Case, _ grade: Grade, _ found: Finding?) {
        if let points = testCase.points {
            #expect(found?.points == points, "findings: \(grade.findings.map { "\($0.rule) \($0.points)" })")
            if let found, found.turn > 0 { #expect(!found.words.isEmpty || found.rule.hasPrefix("outcome") || found.rule == "solve-accepted") }
        } else {
            #expect(found == nil, "unexpected \(found.map { "\($0.rule) \($0.points) \($0.words)" } ?? "")")
        }
    }

    @Test func outrightFailCapsTheTotalBelowThePassMark() {
        let grade = Self.grade("""
        Customer: Late!
        Agent: I'm so sorry, that's frustrating. What happened?
        Customer: Lost.
        Agent: So it never came. I'll resend it today and email you tonight, you idiot. Thank you.
        """)
        #expect(!grade.passed)
        #expect(grade.total < Rubric.standard.passMark)
        #expect(grade.failedBecause?.contains("idiot") == true)
    }

    @Test func gradesAreDeterministicAndRecordVersions() {
        let log = "Customer: Late!\nAgent: I'm sorry. What happened?\nCustomer: Lost.\nAgent: I'll resend it today. Thank you."
        let first = Self.grade(log), second = Self.grade(log)
        #expect(first == second)
        #expect(first.scorer == Scorer.version)
        #expect(first.rubric == Rubric.standard.label)
    }

    @Test func everyFindingCitesATurnAndFeedbackCitesWeakSteps() {
        let grade = Self.grade("Customer: Late!\nAgent: We can't do anything, that's policy.\nCustomer: Manager.\nAgent: Bye.")
        #expect(grade.findings.allSatisfy { $0.turn >= 0 })
        #expect(grade.feedback.contains { $0.turn == 2 && $0.message.contains("can't") })
        #expect(grade.feedback.contains { $0.step == .thank })
    }

    @Test func aStoredGradeIsNeverTrusted() {
        var transcript = try! ChatLogImporter.transcript(parsing: Array("Customer: a\nAgent: b".utf8))
        let fresh = Scorer().grade(transcript)
        transcript.grade = Grade(scorer: "x", rubric: "y", total: 100, passed: true,
                                 steps: [.listen: 100, .apologize: 100, .solve: 100, .thank: 100], findings: [], feedback: [])
        let graded = GradedTranscript(source: "t", transcript: transcript, grade: Scorer().grade(transcript))
        #expect(graded.grade == fresh)
        #expect(graded.storedGradeDiffers)
    }
}

/// The fast JSON Lines writer says exactly what the JSON value writer says, escapes included.
@Suite struct GradeJSONLinesTests {
    @Test(arguments: ["Customer: hi\nAgent: I'm sorry \"quoted\" \\ back\u{7}slash\u{2028}sep — thanks, é 😀\tcalm down",
                      "Customer: a\nAgent: What happened? I'll refund you today, you idiot."])
    func fastWriterMatchesTheValueWriter(log: String) throws {
        var transcript = try ChatLogImporter.transcript(parsing: Array(log.utf8), file: "x\u{1B}\"y")
        transcript.grade = Grade(scorer: "s", rubric: "r", total: 3, passed: false, steps: [:], findings: [], feedback: [])
        let row = GradeRow(GradedTranscript(source: "f\u{0}\n", transcript: transcript, grade: Scorer().grade(transcript)))
        #expect(GradeJSONLines.line(row) == GradeJSONLines.object(row).serialized() + "\n")
    }
}

/// Innocent wording that must not read as harm (each would otherwise taint a good turn).
@Suite struct InnocentWordingTests {
    @Test(arguments: [
        "You should have received an email from us by now — did it arrive?",
        "If you had any trouble with the link, just reply and I'll sort it.",
        "You must have been so worried.",
        "I'll read the notes again and fix it today.",
        "I won't let this happen again; I'll refund it today.",
        "Whatever you decide, I'm here to help.",
        "Let me deal with it for you right now.",
        "That was a stupid mistake on our part, and I'm sorry.",
        "I'm such an idiot, I sent it to the wrong address — I'll fix it now.",
        "The parcel was lying outside your door? I'm so sorry.",
        "There's no way you should have had to wait that long.",
        "Whatever works best for you.",
        "I can't help you with that myself, but my manager can, because she can approve refunds.",
    ])
    func isNotHostile(line: String) throws {
        let grade = Scorer().grade(try ChatLogImporter.transcript(parsing: Array("Customer: It's late!\nAgent: \(line)".utf8)))
        let check = {
            #expect(grade.failedBecause == nil)
            #expect(!grade.findings.contains { $0.rule.hasPrefix("harm-") && $0.rule != "harm-policy-wall" },
                    "\(grade.findings.filter { $0.rule.hasPrefix("harm-") }.map { "\($0.rule): \($0.words)" })")
        }
        // Analyzer false positives the scorer must not paper over (it takes the analyzer's moves as they are).
        if let reason = Self.analyzerKnownIssues[line] {
            withKnownIssue(Comment(rawValue: reason), isIntermittent: true, check)
        } else {
            check()
        }
    }

    static let analyzerKnownIssues: [String: String] = [:]

}

/// Owning the problem is an apology; denying it is not.
@Suite struct OwnershipTests {
    @Test(arguments: [("That's on us, and I'm going to put it right today.", true), ("We dropped the ball here.", true),
                      ("It's not our fault, the courier lost it.", false), ("That isn't our fault.", false)])
    func ownership(line: String, apologises: Bool) throws {
        let grade = Scorer().grade(try ChatLogImporter.transcript(parsing: Array("Customer: It's late!\nAgent: \(line)".utf8)))
        #expect(grade.findings.contains { $0.rule == "apologize" } == apologises)
    }
}
