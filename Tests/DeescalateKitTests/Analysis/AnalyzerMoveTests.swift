import Testing
@testable import DeescalateKit

/// One line, the move kinds it must contain, and the kinds it must not.
struct MoveCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let has: [MoveKind]
    var lacks: [MoveKind] = []
    var testDescription: String { name }
}

/// Every step sub-move, every harm kind and the boundary, each from a plain example.
@Suite("Analyzer moves")
struct AnalyzerMoveTests {
    static let moves: [MoveCase] = [
        .init(name: "exploring question", text: "What happened when you called on Monday?", has: [.question]),
        .init(name: "reflective summary", text: "So the parcel came two days late and nobody told you?", has: [.reflection]),
        .init(name: "acknowledgement inviting more", text: "I hear you. Go on.", has: [.acknowledgement]),
        .init(name: "apology", text: "I'm sorry you had to wait so long.", has: [.apology]),
        .init(name: "empathy naming the feeling", text: "That would frustrate me too.", has: [.empathy]),
        .init(name: "concrete action", text: "I'll reissue the refund now.", has: [.action]),
        .init(name: "options", text: "I can refund or replace it — which do you prefer?", has: [.options], lacks: [.question]),
        .init(name: "commitment with time", text: "I'll send a replacement by Friday.", has: [.action, .commitment]),
        .init(name: "commitment with owner", text: "I'll handle it myself.", has: [.commitment]),
        .init(name: "follow-up", text: "I'll call you tomorrow to confirm it has gone through.", has: [.followUp]),
        .init(name: "follow-up by someone else", text: "I'll ask her to ring you this afternoon.", has: [.followUp]),
        .init(name: "follow-up arranged", text: "I can have someone call you back by five.", has: [.followUp]),
        .init(name: "asking the customer to call is no follow-up", text: "I'll ask you to call us back.", has: [], lacks: [.followUp, .action]),
        .init(name: "getting it sorted", text: "Let me get that sorted for you now.", has: [.action]),
        .init(name: "getting it straight is no action", text: "Let me get this straight.", has: [], lacks: [.action]),
        .init(name: "referral with reason", text: "This is beyond what I can approve, so I'll bring in my supervisor who can.", has: [.referral]),
        .init(name: "thanks", text: "Thank you for your patience.", has: [.thanks]),
        .init(name: "boundary is not harmful", text: "I want to help, and I can't continue if you swear at me.", has: [.boundary], lacks: [.refusal]),
        .init(name: "blame", text: "If you had come at your assigned time, this wouldn't have happened.", has: [.blame]),
        .init(name: "accusing of lying", text: "You claim you didn't know about the fee.", has: [.accusation]),
        .init(name: "condescension", text: "Obviously you did not read the notices.", has: [.condescension]),
        .init(name: "dismissal", text: "That's not my problem.", has: [.dismissal]),
        .init(name: "policy wall", text: "That's just policy.", has: [.policyWall]),
        .init(name: "calm down", text: "Sir, you need to calm down.", has: [.calmDown]),
        .init(name: "sarcasm", text: "Thanks for nothing.", has: [.sarcasm], lacks: [.thanks]),
        .init(name: "insult", text: "Are you stupid or something?", has: [.insult], lacks: [.question]),
        .init(name: "profanity", text: "This is a bloody stupid complaint.", has: [.insult]),
        .init(name: "can't with no alternative", text: "I can't help you.", has: [.refusal]),
        .init(name: "excuse after apology", text: "Sorry, but the system was down.", has: [.apology, .excuse]),
        .init(name: "non-apology feel that way", text: "Sorry you feel that way.", has: [.nonApology], lacks: [.apology]),
        .init(name: "non-apology mistakes were made", text: "Mistakes were made.", has: [.nonApology]),
        .init(name: "threat", text: "Keep that up and I'll ban your account.", has: [.threat]),
    ]

    @Test("each move is found", arguments: moves)
    func findsMove(_ c: MoveCase) {
        let kinds = Set(Analyzer().analyze(c.text).moves.map(\.kind))
        for kind in c.has { #expect(kinds.contains(kind), "\(c.text) should have \(kind): \(kinds)") }
        for kind in c.lacks { #expect(!kinds.contains(kind), "\(c.text) should not have \(kind): \(kinds)") }
    }

    @Test("every rule pattern compiles")
    func rulesCompile() {
        #expect(RuleBook.rules.count > 100)
    }
}
