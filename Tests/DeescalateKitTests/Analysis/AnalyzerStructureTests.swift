import Testing
@testable import DeescalateKit

/// The structures added for generalisation, each with look-alikes that must not fire. Wording is
/// fresh service-training phrasing, not lines from the labelled sets.
@Suite("Analyzer structures")
struct AnalyzerStructureTests {
    static func labels(_ text: String) -> Set<AnalyzerEvaluation.Label> {
        AnalyzerEvaluation.labels(of: Analyzer().analyze(text))
    }

    static let passiveAggressionCases: [LabelCase] = [
        .init(name: "as previously mentioned", text: "As previously mentioned, the voucher expired in June.", labels: [.harmful]),
        .init(name: "as stated in my earlier email", text: "As stated in my earlier email, we only cover manufacturing faults.", labels: [.harmful]),
        .init(name: "kindly refer to my previous reply", text: "Kindly refer to my previous reply about the deposit.", labels: [.harmful]),
        .init(name: "going forward, please make sure you", text: "Going forward, please make sure you keep the packaging.", labels: [.harmful]),
        .init(name: "I've explained this three times", text: "I've explained this three times now.", labels: [.harmful]),
        .init(name: "it says right there", text: "It says right there on the booking page that pets aren't allowed.", labels: [.harmful]),
        .init(name: "everybody else manages", text: "Everybody else manages to find the entrance.", labels: [.harmful]),
        .init(name: "not: so you don't have to explain it again", text: "I'll note it on your file so you don't have to explain it again.", labels: [.solve]),
        .init(name: "not: going forward, we'll keep you updated", text: "Going forward, I'll keep you updated every day.", labels: [.solve]),
        .init(name: "not: as you mentioned (a reflection)", text: "As you mentioned, the heating went off on Sunday — is that right?", labels: [.listen]),
    ]

    static let passingOffCases: [LabelCase] = [
        .init(name: "out of my hands", text: "I'm afraid that's out of my hands.", labels: [.harmful]),
        .init(name: "above my pay grade", text: "That one's above my pay grade.", labels: [.harmful]),
        .init(name: "not up to me", text: "Whether you get compensation isn't up to me.", labels: [.harmful]),
        .init(name: "no can do", text: "No can do, sorry.", labels: [.harmful]),
        .init(name: "one for head office", text: "That's one for head office, give them a ring.", labels: [.harmful]),
        .init(name: "not something we deal with", text: "That's not something we deal with here.", labels: [.harmful]),
        .init(name: "not: out of my hands, but a referral with a reason",
              text: "It's out of my hands, but I'll pass it to my manager, who can approve refunds over £200.", labels: [.solve]),
        .init(name: "not: can't Friday, can Monday", text: "I can't do Friday, but I can do Monday morning.", labels: [.solve]),
        .init(name: "apology then pass-off is an excuse", text: "I'm sorry, but the courier is responsible for that.", labels: [.apologize, .harmful]),
        .init(name: "sending them to someone else", text: "You'll have to talk to someone else about that.", labels: [.harmful]),
        .init(name: "a superior who can approve is a referral", text: "My supervisor can approve that because it's over my limit.", labels: [.solve]),
        .init(name: "naming the customer's insult to set a limit", text: "Please don't call me an idiot; I want to help you fix this.", labels: [.neutral]),
        .init(name: "not: insulting the customer back", text: "Don't call me stupid, you idiot.", labels: [.harmful]),
        .init(name: "not: a reflection ending in someone else", text: "So the room you booked months ago went to someone else?", labels: [.listen]),
    ]

    static let softThreatsCases: [LabelCase] = [
        .init(name: "we'll be closing your account", text: "If this carries on we'll be closing your account.", labels: [.harmful]),
        .init(name: "your service will be suspended", text: "Your service will be suspended if the balance isn't paid.", labels: [.harmful]),
        .init(name: "no choice but to", text: "We'll have no choice but to end the contract.", labels: [.harmful]),
        .init(name: "put the phone down", text: "Speak to me like that again and I'll put the phone down.", labels: [.harmful]),
        .init(name: "disconnecting your supply", text: "If the bill isn't paid by Monday we'll be disconnecting your supply.", labels: [.harmful]),
        .init(name: "not: the colleague hung up (a reflection)", text: "You said the agent hung up on you — was that on Monday?", labels: [.listen]),
        .init(name: "not: I've frozen your card for your safety", text: "I've frozen the card so nobody else can use it.", labels: [.solve]),
        .init(name: "not: cancelling the duplicate order", text: "I'll cancel the duplicate order and refund the second payment.", labels: [.solve]),
        .init(name: "not: we'll be crediting your account", text: "We'll be crediting your account with £20 today.", labels: [.solve]),
    ]

    static let sarcasmCases: [LabelCase] = [
        .init(name: "sorry for existing, i guess", text: "sorry for existing i guess", labels: [.harmful]),
        .init(name: "really appreciate being shouted at", text: "Really appreciate being shouted at, thanks.", labels: [.harmful]),
        .init(name: "love being sworn at", text: "love being sworn at first thing", labels: [.harmful]),
        .init(name: "thanks for ruining", text: "Thanks for ruining my afternoon.", labels: [.harmful]),
        .init(name: "must be nice", text: "Must be nice to have time to complain all day.", labels: [.harmful]),
        .init(name: "wow, my apologies, your highness", text: "wow, my deepest apologies, your royal highness", labels: [.harmful]),
        .init(name: "mocking emoji cancels the thanks", text: "Thanks so much for the feedback 🙃", labels: [.harmful]),
        .init(name: "a rude framing keeps the fix in another sentence", text: "Fine, I'll refund it. Anything else, your highness?", labels: [.solve, .harmful]),
        .init(name: "not: thanks for bearing with me", text: "Thanks for bearing with me while I sorted that.", labels: [.thank]),
        .init(name: "not: sorry for the wait", text: "Sorry for the wait, I've found your booking.", labels: [.apologize, .solve]),
    ]

    static let rhetoricalQuestionsCases: [LabelCase] = [
        .init(name: "how exactly is this our fault", text: "How exactly is this our fault?", labels: [.harmful]),
        .init(name: "how's that on us", text: "how's that on us though?", labels: [.harmful]),
        .init(name: "are you SURE you actually", text: "Are you SURE you actually posted it?", labels: [.harmful]),
        .init(name: "how hard is it", text: "How hard is it to read a label?", labels: [.harmful]),
        .init(name: "interesting that", text: "Interesting that it stopped working the day after the warranty ended.", labels: [.harmful]),
        .init(name: "not: are you sure of the date (real question)", text: "Was it the 4th or the 14th that it arrived?", labels: [.listen]),
        .init(name: "not: identifier in another clause", text: "Who did you talk to at the desk, if you remember their name?", labels: [.listen]),
    ]

    static let notListeningCases: [LabelCase] = [
        .init(name: "have you been with us long", text: "Have you been with us long?", labels: [.neutral]),
        .init(name: "would you like to sign up", text: "Would you like to sign up to our rewards scheme?", labels: [.neutral]),
        .init(name: "interested in our plan", text: "Are you interested in our unlimited data plan?", labels: [.neutral]),
        .init(name: "how are you doing today", text: "Hi there, how are you doing today?", labels: [.neutral]),
        .init(name: "policy number is an identifier", text: "Could you give me your policy number?", labels: [.neutral]),
        .init(name: "card digits", text: "Can you read me the last four digits of the card?", labels: [.neutral]),
        .init(name: "may I ask what happened", text: "May I ask what happened when the courier arrived?", labels: [.listen]),
        .init(name: "may I ask for your postcode", text: "May I ask for your postcode?", labels: [.neutral]),
        .init(name: "bare sorry before a plain statement", text: "Sorry, wrong chat.", labels: [.neutral]),
        .init(name: "bare sorry about the agent", text: "Sorry, I'm new on this desk.", labels: [.neutral]),
        .init(name: "not: sorry, my mistake", text: "Sorry, my mistake.", labels: [.apologize]),
        .init(name: "not: sorry, you've had a rough week", text: "Sorry, you've had a rough week with this.", labels: [.apologize]),
        .init(name: "boundary: happy to keep going, but only if", text: "I'm happy to keep going, but only if we keep it civil.", labels: [.neutral]),
        .init(name: "condition: if you carry on", text: "We'll end the call if you carry on like this.", labels: [.harmful]),
    ]

    static let stepsCases: [LabelCase] = [
        .init(name: "regret the trouble", text: "I regret the trouble this has caused.", labels: [.apologize]),
        .init(name: "regret to inform is no apology", text: "I regret to inform you that we cannot accept the return.", labels: [.harmful]),
        .init(name: "I can hear how stressful", text: "I can hear how stressful this has been.", labels: [.apologize]),
        .init(name: "I'd be fuming too", text: "I'd be fuming too if that happened to me.", labels: [.apologize]),
        .init(name: "gone ahead and rebooked", text: "I've gone ahead and rebooked you on the 6pm train.", labels: [.solve]),
        .init(name: "put a credit on your account", text: "I've put a credit on your account for the outage.", labels: [.solve]),
        .init(name: "refund's gone through", text: "Your refund's gone through this morning.", labels: [.solve]),
        .init(name: "I'm booking an engineer", text: "I'm booking an engineer for Thursday.", labels: [.solve]),
        .init(name: "we should have kept you updated", text: "We should have kept you updated, and we didn't.", labels: [.apologize]),
        .init(name: "not blame: you should have it by Friday", text: "You should have it by Friday.", labels: [.solve]),
        .init(name: "not blame: our driver should have knocked", text: "Our driver should have knocked — that's on us.", labels: [.apologize]),
        .init(name: "no problem, I'll fix it", text: "no problem, I'll fix it", labels: [.solve]),
        .init(name: "blame: you ought to have called", text: "You ought to have called us first.", labels: [.harmful]),
        .init(name: "reflection keeps the customer's story", text: "So you were told the refund had gone through, and it hasn't?", labels: [.listen]),
    ]

    @Test(arguments: passiveAggressionCases) func passiveAggression(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels) }
    @Test(arguments: passingOffCases) func passingOff(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels) }
    @Test(arguments: softThreatsCases) func softThreats(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels) }
    @Test(arguments: sarcasmCases) func sarcasm(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels) }
    @Test(arguments: rhetoricalQuestionsCases) func rhetoricalQuestions(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels) }
    @Test(arguments: notListeningCases) func notListening(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels) }
    @Test(arguments: stepsCases) func steps(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels) }
}
