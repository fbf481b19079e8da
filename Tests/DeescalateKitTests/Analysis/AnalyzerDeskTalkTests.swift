import Testing
@testable import DeescalateKit

/// Booking-desk and care-desk talk read by the real-message conventions: slot questions are neutral
/// and kind questions listen; a read-back listens and does nothing yet; a completed action, an
/// option shown, a fact asked for or a pointer to help solves. Each shape has its near miss beside
/// it. The sentences are our own: none comes from the corpora.
@Suite("Analyzer: desk talk")
struct AnalyzerDeskTalkTests {
    static func labels(_ text: String) -> Set<AnalyzerEvaluation.Label> { AnalyzerEvaluation.labels(of: Analyzer().analyze(text)) }

    static let slots: [LabelCase] = [
        .init(name: "a preposition before the question word", text: "And in which suburb?", labels: [.neutral]),
        .init(name: "a date and time for the plan", text: "For what day and time should I reserve it?", labels: [.neutral]),
        .init(name: "when, for a trip ahead", text: "When will you be driving back?", labels: [.neutral]),
        .init(name: "who receives it", text: "Who should the payment go to?", labels: [.neutral]),
        .init(name: "what to name it", text: "What shall I call the reminder?", labels: [.neutral]),
        .init(name: "a participle in the plan", text: "Where would you like to be dropped off?", labels: [.neutral]),
        .init(name: "a verbless fragment", text: "And for how many guests?", labels: [.neutral]),
        .init(name: "what plus a thing", text: "What film would you like to watch?", labels: [.neutral]),
        .init(name: "a preferred slot", text: "What is your preferred pickup time?", labels: [.neutral]),
        .init(name: "a name asked while booking", text: "What name should I put the table under?", labels: [.neutral]),
        .init(name: "which place, no choice named", text: "Which inn do you prefer for Friday?", labels: [.neutral]),
        .init(name: "how many, future", text: "How many passes will you need for Saturday?", labels: [.neutral]),
        .init(name: "a slot asked in a request", text: "Please tell me which town you'd like to stay in and for how many nights.", labels: [.neutral]),
        .init(name: "a copula with a slot noun", text: "What is the time of the show?", labels: [.neutral]),
        .init(name: "anything more, closing", text: "Could I help with anything more today?", labels: [.neutral]),
    ]

    static let diagnosis: [LabelCase] = [
        .init(name: "a kind", text: "What type of cuisine would you prefer?", labels: [.listen]),
        .init(name: "kinds given as examples", text: "Any preference, such as jazz or comedy?", labels: [.listen]),
        .init(name: "a list of kinds left open", text: "Would you like Thai, Greek or something else?", labels: [.listen]),
        .init(name: "something involving a kind", text: "Would you like something involving dance or film?", labels: [.listen]),
        .init(name: "what happened", text: "What happened when you tapped the button?", labels: [.listen]),
        .init(name: "which setup", text: "Which browser are you using?", labels: [.listen]),
        .init(name: "which plan they are on", text: "Which plan are you on?", labels: [.listen]),
        .init(name: "since when", text: "When did this begin?", labels: [.listen]),
        .init(name: "what they were doing", text: "Were you trying to log in with your school account?", labels: [.listen]),
        .init(name: "a verbless setup question", text: "Which version?", labels: [.listen]),
        .init(name: "the outcome wanted", text: "What result would you like from this?", labels: [.listen]),
        .init(name: "choices named, offered", text: "I can refund or replace it. Which would you prefer?", labels: [.solve]),
        .init(name: "or else a help closing is no kind list", text: "Would you like me to try another day, or is there something else I can help with?", labels: [.solve]),
        .init(name: "who, about the problem", text: "Who is the courier on your order?", labels: [.listen]),
        .init(name: "a question put as a statement", text: "We need to know whether the app is on a tablet or a laptop.", labels: [.listen]),
        .init(name: "a question before the link that ends it", text: "Have you already reported this? https://help.example.com/report It's the best place to raise it!", labels: [.listen, .solve]),
        .init(name: "a tag after an instruction", text: "Hi Sam, send the team your idea here, OK? https://ideas.example.com", labels: [.solve]),
    ]

    static let readBacks: [LabelCase] = [
        .init(name: "a commitment inside a confirmation", text: "I'll reserve 2 seats at the Corner Bistro for Friday, is that correct?", labels: [.listen]),
        .init(name: "a booking read back, tag after", text: "I will schedule a viewing for you on May 9th. Is that right?", labels: [.listen]),
        .init(name: "please confirm to book", text: "Please confirm to reserve a room at the Hillside Lodge for 3 nights.", labels: [.listen]),
        .init(name: "please confirm your purchase", text: "please confirm your order of 3 passes for the match on Sunday.", labels: [.listen]),
        .init(name: "can you confirm the details", text: "Can you confirm these details for me? A taxi for 2 to the pier.", labels: [.listen]),
        .init(name: "the same commitment, not read back", text: "I'll reserve 2 seats at the Corner Bistro for Friday.", labels: [.solve]),
        .init(name: "confirming an identifier", text: "Please confirm your postcode.", labels: [.neutral]),
        .init(name: "confirming whether, about the problem", text: "Could you confirm whether the light is blinking?", labels: [.listen]),
        .init(name: "whether it suits is no read-back", text: "I could book the dentist on May 4th at 2 pm. Would that be all right?", labels: [.solve]),
        .init(name: "a read-back framed, facts read back", text: "Tell me if I got this right. You want 2 seats on the bus. It leaves from Central Station at 9 am.", labels: [.listen]),
        .init(name: "a summary framed, then our own fix", text: "If I've got this right, you were billed twice. I've refunded the second charge.", labels: [.listen, .solve]),
    ]

    static let done: [LabelCase] = [
        .init(name: "scheduled", text: "The repair is scheduled.", labels: [.solve]),
        .init(name: "all booked", text: "Your table is all booked.", labels: [.solve]),
        .init(name: "complete", text: "The booking is now complete.", labels: [.solve]),
        .init(name: "added to the calendar", text: "That has been added to your work calendar.", labels: [.solve]),
        .init(name: "the event added", text: "The lunch has been added to your shared calendar.", labels: [.solve]),
        .init(name: "you got one", text: "Congrats! You got a table.", labels: [.solve]),
        .init(name: "you got yourself one", text: "Great, you got yourself a rental car.", labels: [.solve]),
        .init(name: "booked, in the simple past", text: "Yes, I successfully reserved the room as you asked.", labels: [.solve]),
        .init(name: "started playing", text: "The album has started playing.", labels: [.solve]),
        .init(name: "started playing, SGD grammar", text: "The track is started playing.", labels: [.solve]),
        .init(name: "not scheduled", text: "The repair could not be scheduled.", labels: [.neutral]),
        .init(name: "the problem started", text: "The problem started on Monday.", labels: [.neutral]),
        .init(name: "asking whether it is done", text: "Is the booking complete?", labels: [.listen]),
        .init(name: "a past inside a thanks", text: "Thanks for your patience while we sorted this out.", labels: [.thank]),
    ]

    static let options: [LabelCase] = [
        .init(name: "options counted and one shown", text: "We have 8 flats that match. One at 22 Quay Road has a 4.2 rating.", labels: [.solve]),
        .init(name: "cars counted", text: "I have 5 cars including a compact on June 1st at the station.", labels: [.solve]),
        .init(name: "ready to book", text: "Are you ready to make a booking?", labels: [.solve]),
        .init(name: "ready to schedule", text: "Are you ready to schedule the viewing?", labels: [.solve]),
        .init(name: "do you think you'd like", text: "Do you think you'd enjoy watching Harbour Lights?", labels: [.solve]),
        .init(name: "found, would you like that", text: "I found a bakery called Crumbs located in Leeds, would you like that?", labels: [.solve]),
        .init(name: "ready, alone", text: "Are you ready?", labels: [.neutral]),
        .init(name: "questions counted are no options", text: "I have 2 quick questions for you.", labels: [.neutral]),
        .init(name: "what do you think about", text: "What do you think about Harbour House with a rating of 4.1?", labels: [.solve]),
        .init(name: "how does it sound", text: "How does Luigi's in Bristol sound?", labels: [.solve]),
    ]

    static let facts: [LabelCase] = [
        .init(name: "refundable and where it lands", text: "This fare isn't refundable and lands at Gatwick.", labels: [.solve]),
        .init(name: "an address for the event", text: "The venue is 18 Mill Road, for the concert.", labels: [.solve]),
        .init(name: "the weather", text: "The average temperature will be 61 degrees and the chance of rain 30 percent.", labels: [.solve]),
        .init(name: "operating", text: "The terminal is operating at reduced capacity at this time.", labels: [.solve]),
        .init(name: "what a plan allows", text: "The starter plan only allows 2 screens; the Family plan allows more.", labels: [.solve]),
        .init(name: "opening hours", text: "The library is open until 8 pm.", labels: [.solve]),
        .init(name: "a price", text: "Entry is $25 per adult.", labels: [.solve]),
        .init(name: "a greeting", text: "Hi there, hope your week is going well!", labels: [.neutral]),
        .init(name: "small talk", text: "It's a lovely sunny day here.", labels: [.neutral]),
        .init(name: "an apology with a number", text: "Sorry you waited 40 minutes.", labels: [.apologize]),
        .init(name: "about us, not the thing asked", text: "Our branch on Mill Road is open till 6 tonight.", labels: [.neutral]),
        .init(name: "bad news, not an answer", text: "No rooms were available. Anything else?", labels: [.neutral]),
        .init(name: "the customer's story", text: "So you were charged $30 twice?", labels: [.listen]),
        .init(name: "where it departs", text: "It departs from Logan International Airport.", labels: [.solve]),
        .init(name: "an offer with a price", text: "I have a flight with Northwind leaving at 9:15 am for $260.", labels: [.solve]),
    ]

    static let pointers: [LabelCase] = [
        .init(name: "go here so we can help", text: "Please go here so that we can help fix this: https://help.example.com/start", labels: [.solve]),
        .init(name: "give this a shot", text: "Please give it a try with the link below: https://help.example.com/fix", labels: [.solve]),
        .init(name: "report through a page", text: "please report the account through our Abuse page: https://help.example.com/report", labels: [.solve]),
        .init(name: "this may help", text: "this should help with your question: https://help.example.com/faq", labels: [.solve]),
        .init(name: "the option to dispute", text: "If you think the claim is wrong, you have the option to appeal it.", labels: [.solve]),
        .init(name: "a form to share details through", text: "Could you share your details through this form so a colleague can help? https://help.example.com/form", labels: [.solve]),
        .init(name: "a link to look up what was asked", text: "Which courier has the parcel? You can check this using the order page found here: https://shop.example.com/orders", labels: [.listen]),
        .init(name: "a bare request for an identifier", text: "Reply with the booking ID so we can look into this further.", labels: [.neutral]),
        .init(name: "steps behind the same kind of link", text: "Have you tried a restart? You can find the steps here: https://help.example.com/restart", labels: [.listen, .solve]),
        .init(name: "that will help us narrow it down", text: "Please send a screenshot. That will help narrow it down.", labels: [.listen]),
        .init(name: "an identifier asked for", text: "Please share your store's URL so we can take a look.", labels: [.neutral]),
        .init(name: "an email route, not an identifier", text: "Please send us an email at https://help.example.com/contact and we'll assist.", labels: [.solve]),
    ]

    static let notListening: [LabelCase] = [
        .init(name: "mind if we jump in", text: "Mind if we jump in?", labels: [.neutral]),
        .init(name: "a great question", text: "That's a great question!", labels: [.neutral]),
        .init(name: "here to help", text: "We're here to help.", labels: [.neutral]),
        .init(name: "important to us", text: "Your safety is very important to us.", labels: [.neutral]),
        .init(name: "work together, vaguely", text: "We'll work together to find a solution.", labels: [.neutral]),
        .init(name: "work with someone, concretely", text: "We'll work with the courier to get it to you by Friday.", labels: [.solve]),
        .init(name: "a suggestion acknowledged", text: "That sounds like a great idea!", labels: [.listen]),
        .init(name: "as they should", text: "We want your headphones to work as they should.", labels: [.neutral]),
        .init(name: "correcting, not summing up", text: "It does not sound like you've reached our billing team.", labels: [.neutral]),
    ]

    static let validation: [LabelCase] = [
        .init(name: "deeply upset to hear", text: "We're deeply upset to hear what happened.", labels: [.apologize]),
        .init(name: "sad to hear", text: "So sad to hear that.", labels: [.apologize]),
        .init(name: "disappointed to learn", text: "We're disappointed to learn about your stay.", labels: [.apologize]),
        .init(name: "the customer upset is no validation", text: "Are you upset about the fee?", labels: [.listen]),
    ]

    static let excuses: [LabelCase] = [
        .init(name: "demand blamed after sorry", text: "Sorry for the wait. We're seeing longer wait times than usual due to high demand.", labels: [.apologize, .harmful]),
        .init(name: "the queue blamed after apologies", text: "Apologies for the slow reply, we've had a lot of messages this week.", labels: [.apologize, .harmful]),
        .init(name: "a plain reason that leads to help", text: "Sorry about this. Spam is hard to stop once it begins, however this guide can help: https://help.example.com/spam", labels: [.apologize, .solve]),
        .init(name: "demand without an apology is no excuse", text: "Due to high demand, replies may take a day.", labels: [.neutral]),
    ]

    @Test("slot questions ask for the plan", arguments: slots) func readsSlots(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
    @Test("kind and problem questions listen", arguments: diagnosis) func readsDiagnosis(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
    @Test("a read-back listens and does nothing yet", arguments: readBacks) func readsReadBacks(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
    @Test("done, in passive and casual forms", arguments: done) func readsDone(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
    @Test("options shown and offered", arguments: options) func readsOptions(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
    @Test("facts asked for", arguments: facts) func readsFacts(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
    @Test("pointers to help", arguments: pointers) func readsPointers(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
    @Test("talk that does not listen", arguments: notListening) func readsNotListening(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
    @Test("validation apologises", arguments: validation) func readsValidation(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
    @Test("excuses after an apology", arguments: excuses) func readsExcuses(_ c: LabelCase) { #expect(Self.labels(c.text) == c.labels, "\(c.text)") }
}
