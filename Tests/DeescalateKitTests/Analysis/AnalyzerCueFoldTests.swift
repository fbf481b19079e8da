import Testing
@testable import DeescalateKit

/// What the grader's own phrase lexicon used to correct, now known to the analyzer itself: each
/// structure with look-alikes on both sides. Wording is fresh, not lines from the labelled sets.
@Suite("Analyzer: structures folded in from the grader's cues")
struct AnalyzerCueFoldTests {
    struct MoveCase: CustomTestStringConvertible, Sendable {
        let name: String
        let text: String
        let present: Set<MoveKind>
        let absent: Set<MoveKind>
        var testDescription: String { name }
        init(_ name: String, _ text: String, has present: Set<MoveKind> = [], not absent: Set<MoveKind> = []) {
            (self.name, self.text, self.present, self.absent) = (name, text, present, absent)
        }
    }

    static func check(_ c: MoveCase) {
        let kinds = Set(Analyzer().analyze(c.text).moves.map(\.kind))
        #expect(c.present.isSubset(of: kinds), "\(c.text): \(kinds)")
        #expect(c.absent.isDisjoint(with: kinds), "\(c.text): \(kinds)")
    }

    static let whatever: [MoveCase] = [
        .init("relative: whatever you decide", "Whatever you decide, I'm here to help.", not: [.dismissal, .blame]),
        .init("relative: whatever suits you", "We can do whatever suits you best.", not: [.dismissal]),
        .init("relative: whatever it takes", "I'll do whatever it takes to get this fixed.", not: [.dismissal]),
        .init("relative: whatever is easiest", "Pick whatever is easiest for you.", not: [.dismissal]),
        .init("retort: bare Whatever.", "Whatever.", has: [.dismissal]),
        .init("retort: whatever you say", "Yeah, whatever you say.", has: [.dismissal]),
        .init("retort: do whatever you want", "Do whatever you want, I don't mind.", has: [.dismissal]),
        .init("retort before a fix keeps both", "Whatever, I'll send another one.", has: [.dismissal, .action]),
    ]

    static let lying: [MoveCase] = [
        .init("position: lying outside", "Your bike was lying outside the depot?", not: [.accusation]),
        .init("position: lying on the floor", "The box was lying on the doorstep when you got home.", not: [.accusation]),
        .init("deceit: you're lying", "You're lying about the delivery.", has: [.accusation]),
        .init("deceit: lying to me", "Stop lying to me.", has: [.accusation]),
        .init("deceit: are you lying", "Are you lying?", has: [.accusation]),
        .init("our side admitting it", "So you feel we lied about the fees?", not: [.accusation]),
    ]

    static let dealWithIt: [MoveCase] = [
        .init("agent dealing with it", "Let me deal with it for you right now.", has: [.action], not: [.dismissal]),
        .init("agent will deal with it", "I'll deal with it this afternoon.", not: [.dismissal]),
        .init("telling the customer to", "Just deal with it.", has: [.dismissal]),
        .init("you'll need to deal with it", "You're going to have to deal with it yourself.", has: [.dismissal]),
    ]

    static let commitments: [MoveCase] = [
        .init("vague: soon", "We'll look into it soon.", has: [.action], not: [.commitment]),
        .init("vague: shortly", "I'll send a new code shortly.", has: [.action], not: [.commitment]),
        .init("vague: later", "I'll call you back later.", has: [.followUp], not: [.commitment]),
        .init("vague: asap", "I'll get it replaced asap.", not: [.commitment]),
        .init("vague: bare days", "We'll refund you in days.", not: [.commitment]),
        .init("clock: by 5pm", "I'll resend it by 5pm.", has: [.commitment]),
        .init("clock: at 9", "I'll ring you at 9 to confirm.", has: [.commitment]),
        .init("day: tomorrow", "I'll book the engineer for tomorrow.", has: [.commitment]),
        .init("day: today", "I'll refund it today.", has: [.commitment]),
        .init("day: Friday afternoon", "I'll email you on Friday afternoon.", has: [.commitment]),
        .init("span: within 3 days", "We'll replace it within 3 days.", has: [.commitment]),
        .init("span: within the hour", "I'll call you within the hour.", has: [.commitment]),
        .init("span: two working days", "The refund will be with you in two working days.", has: [.commitment]),
        .init("span: end of the day", "I'll update you by the end of the day.", has: [.commitment]),
        .init("owner: personally", "I'll personally chase the courier.", has: [.commitment]),
    ]

    static let lookUps: [MoveCase] = [
        .init("let me check", "Let me check that for you.", not: [.action, .commitment]),
        .init("let me have a look", "Let me have a look at your account.", not: [.action]),
        .init("I can see", "I can see the order on my screen.", not: [.action]),
        .init("look-up then a real action", "Let me check — yes, I'll refund the difference now.", has: [.action]),
    ]

    static let policy: [MoveCase] = [
        .init("exception to the policy", "I can make an exception to the policy this time.", not: [.policyWall]),
        .init("policy covers it", "Our policy covers accidental damage, so I'll book the repair.", not: [.policyWall]),
        .init("policy allows", "The policy allows a free swap within 30 days.", not: [.policyWall]),
        .init("a wall", "That's our policy.", has: [.policyWall]),
        .init("a wall: how the system works", "That's simply how the billing system works.", has: [.policyWall]),
    ]

    static let selfCriticism: [MoveCase] = [
        .init("a stupid mistake on our part", "That was a stupid mistake on our part, and I'm sorry.", has: [.apology], not: [.insult]),
        .init("I'm such an idiot", "I'm such an idiot, I typed the wrong postcode.", not: [.insult]),
        .init("I feel so stupid", "I feel so stupid for missing that.", not: [.insult]),
        .init("our silly error", "Our silly error, I'm sorry.", not: [.insult]),
        .init("aimed at you: you idiot", "Read it again, you idiot.", has: [.insult]),
        .init("aimed at you: stupid question", "What a stupid question.", has: [.insult]),
        .init("masked swearing", "What the f*** do you want now?", has: [.insult]),
        .init("emphasis is not masking", "I'm *so* sorry about that.", not: [.insult]),
    ]

    static let blame: [MoveCase] = [
        .init("status: should have received", "You should have received an email from us by now.", not: [.blame]),
        .init("status: should have got", "You should have got a text with the code.", not: [.blame]),
        .init("status: should have been told", "You should have been told about the fee.", not: [.blame]),
        .init("blame: should have checked", "You should have checked the size.", has: [.blame]),
        .init("blame: should have been more careful", "You should have been more careful with it.", has: [.blame]),
        .init("blame: inverted condition", "Had you read the email, you'd have known.", has: [.blame]),
        .init("blame: your own fault", "Honestly it's your own fault.", has: [.blame]),
        .init("blame: you were told", "You were told the deposit was non-refundable.", has: [.blame]),
        .init("not blame: you're telling me", "From what you're telling me, nobody called back.", not: [.blame]),
        .init("not blame: you decide", "You decide and I'll set it up.", not: [.blame]),
        .init("blame: you picked", "You picked the basic plan, so that's not included.", has: [.blame]),
        .init("not blame: you can pick", "You can pick a new date online.", not: [.blame]),
        .init("summary before a tag", "You were promised a call and nobody rang. Have I got that right?", has: [.reflection], not: [.blame]),
    ]

    static let boundaries: [MoveCase] = [
        .init("condition: as long as", "I'm happy to carry on, as long as we keep it civil.", has: [.boundary], not: [.action]),
        .init("fix kept beside a boundary", "I'll keep chasing your refund, but please stop shouting at me.", has: [.boundary, .action]),
    ]

    static let questionsAfterHarm: [MoveCase] = [
        .init("harmful lead-in then a real question", "Supposedly it arrived broken, so what did the box look like?", has: [.accusation, .question]),
        .init("harm inside the question", "Why would you not read the label?", not: [.question]),
        .init("a tag after a put-down is no question", "Bless you, you don't know how fuses work, do you?", has: [.condescension], not: [.question]),
        .init("a retort after swearing is no question", "Oh for god's sake, what now?", has: [.insult], not: [.question]),
    ]

    @Test(arguments: whatever) func whateverAsRelativeOrRetort(_ c: MoveCase) { Self.check(c) }
    @Test(arguments: lying) func lyingAsPositionOrDeceit(_ c: MoveCase) { Self.check(c) }
    @Test(arguments: dealWithIt) func dealWithItBySubject(_ c: MoveCase) { Self.check(c) }
    @Test(arguments: commitments) func commitmentsNeedAConcreteTime(_ c: MoveCase) { Self.check(c) }
    @Test(arguments: lookUps) func lookUpsAreNeutral(_ c: MoveCase) { Self.check(c) }
    @Test(arguments: policy) func policyInTheCustomersFavour(_ c: MoveCase) { Self.check(c) }
    @Test(arguments: selfCriticism) func selfCriticismIsNoInsult(_ c: MoveCase) { Self.check(c) }
    @Test(arguments: blame) func blameBySubjectAndVerb(_ c: MoveCase) { Self.check(c) }
    @Test(arguments: boundaries) func boundaryConditions(_ c: MoveCase) { Self.check(c) }
    @Test(arguments: questionsAfterHarm) func questionsAfterAHarmfulLeadIn(_ c: MoveCase) { Self.check(c) }
}
