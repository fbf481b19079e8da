import Testing
@testable import DeescalateKit

/// Ordinary professional talk read as it is written (issue 10), each shape with its harmful
/// training-phrase twin so the fix cannot be a blanket one. The wording is our own: no line here
/// comes from the real corpora.
@Suite("Analyzer: real service talk")
struct AnalyzerRealTalkTests {
    static func labels(_ text: String) -> Set<AnalyzerEvaluation.Label> { AnalyzerEvaluation.labels(of: Analyzer().analyze(text)) }

    static let assent: [LabelCase] = [
        .init(name: "Sure. as the opening of a reply", text: "Sure.", labels: [.neutral]),
        .init(name: "Sure! before booking", text: "Sure! I'll book the table for you now.", labels: [.solve]),
        .init(name: "Sure, before an address", text: "Sure, the shop is on Elm Road.", labels: [.neutral]),
        .init(name: "Sure. closing a doubting summary", text: "So it just fell apart by itself? Sure.", labels: [.harmful]),
        .init(name: "Sure you did", text: "Sure you did.", labels: [.harmful]),
    ]

    static let namesAndTitles: [LabelCase] = [
        .init(name: "a song with a rude word", text: "Shall I play Stupid Love by Lady Gaga for you?", labels: [.solve]),
        .init(name: "a cocktail bar", text: "I can book you a table at the Bloody Mary Lounge tonight.", labels: [.solve]),
        // An address given is the information asked for (solve); the street's name is no endearment.
        .init(name: "a street", text: "The flat is at 9 Darling Street, second floor.", labels: [.solve]),
        .init(name: "an album called Consequences", text: "Playing Consequences on the kitchen speaker.", labels: [.solve]),
        .init(name: "a quoted title", text: "Have you read \"Idiot Proof Budgeting\" on our blog?", labels: [.listen]),
        .init(name: "the insult said to the customer", text: "You're so stupid.", labels: [.harmful]),
        .init(name: "an endearment said to the customer", text: "Look, darling, it's not complicated.", labels: [.harmful]),
        .init(name: "a mocking title said to the customer", text: "Anything else, your Majesty?", labels: [.harmful]),
    ]

    static let targets: [LabelCase] = [
        .init(name: "suits you, asked", text: "Does 6 pm sound good for you?", labels: [.neutral]),
        .init(name: "good for you, retorted", text: "Oh, good for you.", labels: [.harmful]),
        .init(name: "a price stated", text: "You will be charged $40 for the visit.", labels: [.solve]),
        .init(name: "a charge threatened", text: "You'll be charged if you miss it again.", labels: [.harmful]),
        .init(name: "or else in a list", text: "What cuisine do you fancy: Thai, Indian or else?", labels: [.listen]),
        .init(name: "or else as a threat", text: "Pay the balance today, or else.", labels: [.harmful]),
        .init(name: "a condition that helps", text: "If you have a family plan, you can add a second user from the settings page.", labels: [.solve]),
        .init(name: "a condition that blames", text: "If you had read the email, you'd know.", labels: [.harmful]),
        .init(name: "have you tried, asked", text: "Have you tried signing out and back in?", labels: [.listen]),
        .init(name: "have you tried, rhetorical", text: "Have you tried actually reading the manual?", labels: [.harmful]),
        .init(name: "the policy offered to read", text: "You can read our returns policy on the help page.", labels: [.solve]),
        .init(name: "the policy as a wall", text: "That's company policy.", labels: [.harmful]),
        .init(name: "a procedure that is medical", text: "Your procedure is booked for Monday at 10 am.", labels: [.solve]),
        .init(name: "calm down still", text: "Calm down.", labels: [.harmful]),
    ]

    static let solving: [LabelCase] = [
        .init(name: "a booking done", text: "Your table is booked for 7 pm.", labels: [.solve]),
        .init(name: "a transfer done", text: "I've transferred $50 to your savings account.", labels: [.solve]),
        .init(name: "all set", text: "You're all set for Friday.", labels: [.solve]),
        .init(name: "the booking itself reported made", text: "I have made the reservation", labels: [.solve]),
        .init(name: "an order reported placed", text: "We've placed your order.", labels: [.solve]),
        .init(name: "a state reached at the clause's end", text: "Your appointment is set.", labels: [.solve]),
        .init(name: "reserved, said of the booking", text: "Perfect, you are reserved.", labels: [.solve]),
        .init(name: "reserved, said of a manner", text: "You are reserved about it, I can tell.", labels: [.neutral]),
        .init(name: "set, said of a heart", text: "Your heart is set on the blue one.", labels: [.neutral]),
        .init(name: "steps behind a link", text: "Here are the steps: https://help.example.com/reset?step=1", labels: [.solve]),
        .init(name: "the team that can fix it", text: "The best next step is our billing team.", labels: [.solve]),
        .init(name: "an instruction after please", text: "For faster help, please clear the app's cache and restart.", labels: [.solve]),
        .init(name: "what it costs", text: "The return ticket costs $84.", labels: [.solve]),
        .init(name: "what was found", text: "I found 4 hotels near the station.", labels: [.solve]),
        .init(name: "an option put", text: "How about the Riverside Inn?", labels: [.solve]),
        .init(name: "a link offered", text: "More info: https://example.org/faq", labels: [.solve]),
    ]

    static let apologising: [LabelCase] = [
        .init(name: "apologies on its own", text: "Apologies for the wait!", labels: [.apologize]),
        .init(name: "hate to hear", text: "I hate to hear that.", labels: [.apologize]),
        .init(name: "oh no", text: "Oh no!", labels: [.apologize]),
        .init(name: "a mistake owned with have", text: "We've made an error on your bill.", labels: [.apologize]),
        .init(name: "sorry to hear", text: "Hi Jo, sorry to hear about the app.", labels: [.apologize]),
        .init(name: "a question after an apology", text: "Sorry for the trouble. Which browser are you using?", labels: [.listen, .apologize]),
        .init(name: "bad news after sorry", text: "Sorry, but there are no tables left at six.", labels: [.apologize]),
        .init(name: "a failed attempt reported", text: "Sorry, I couldn't get that table for you.", labels: [.apologize]),
        .init(name: "an excuse after sorry", text: "Sorry, but we've been really busy this week.", labels: [.apologize, .harmful]),
    ]

    static let asking: [LabelCase] = [
        .init(name: "a slot: date", text: "What date would you like to fly?", labels: [.neutral]),
        .init(name: "a slot: how many", text: "How many rooms should I hold for you?", labels: [.neutral]),
        .init(name: "a closing", text: "Is there anything else I can do for you this evening?", labels: [.neutral]),
        .init(name: "an incident: when", text: "When did the charge appear?", labels: [.listen]),
        .init(name: "a kind", text: "What kind of room would you like?", labels: [.listen]),
        .init(name: "a read-back", text: "Please confirm: two tickets for Friday at 8 pm.", labels: [.listen]),
        .init(name: "what the customer sees", text: "Could you send us a screenshot of the error?", labels: [.listen]),
        .init(name: "a fix checked", text: "Does that help?", labels: [.neutral]),
    ]

    @Test("assent is not doubt", arguments: assent) func readsAssent(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
    @Test("names and titles are not harm", arguments: namesAndTitles) func readsNames(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
    @Test("harm needs a target", arguments: targets) func readsTargets(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
    @Test("solve in its real forms", arguments: solving) func readsSolving(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
    @Test("apologies in their real forms", arguments: apologising) func readsApologies(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
    @Test("questions that listen and those that book", arguments: asking) func readsQuestions(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
}
