import Foundation
import Testing
@testable import DeescalateKit

/// Harm without a rude word (`RuleBook+Rebuttals`, `LineScan+Rebuttals`): each shape with lines that
/// must be harmful and look-alikes that must not be.
@Suite("Analyzer veiled harms")
struct AnalyzerVeiledHarmTests {
    static let cases: [LabelCase] = [
        // The record quoted against the customer's account.
        .init(name: "record says otherwise", text: "The delivery log says otherwise.", labels: [.harmful]),
        .init(name: "record shows otherwise, afraid", text: "The photos show otherwise, I'm afraid.", labels: [.harmful]),
        .init(name: "unless told otherwise is no rebuttal", text: "Unless the system says otherwise, your booking stands.", labels: [.neutral]),
        .init(name: "not what our notes show", text: "That's not what our notes show.", labels: [.harmful]),
        .init(name: "record: you signed for it", text: "Our records show you signed for it at 2pm.", labels: [.harmful]),
        .init(name: "record: it was delivered", text: "The system shows it was delivered on Tuesday.", labels: [.harmful]),
        .init(name: "record then a trace is solve", text: "Our system shows it was delivered on Tuesday, so I'll open a trace with the courier now.", labels: [.solve]),
        .init(name: "record agreeing with the customer", text: "Our records show you paid twice.", labels: [.neutral]),
        .init(name: "record of a plain fact", text: "Our records show your policy started on the 3rd of March.", labels: [.neutral]),
        .init(name: "record then a conclusion", text: "The tracking shows the van was there at noon, so it must have been left somewhere.", labels: [.harmful]),
        .init(name: "record, actually", text: "The CCTV says he left at six, actually.", labels: [.harmful]),
        .init(name: "not strictly true", text: "That's not strictly true.", labels: [.harmful]),
        .init(name: "not right is empathy", text: "That's not right, and I'm sorry it happened.", labels: [.apologize]),
        .init(name: "interesting, since", text: "Interesting, since the engineer says you weren't home.", labels: [.harmful]),
        .init(name: "what you'd like to believe", text: "If that's what you'd like to believe.", labels: [.harmful]),
        // Held up against other customers.
        .init(name: "other parents manage", text: "Other parents seem to manage just fine.", labels: [.harmful]),
        .init(name: "everyone else copes", text: "Everyone else seems to cope with the new app.", labels: [.harmful]),
        .init(name: "other tenants coped", text: "Other tenants coped without heating for a week.", labels: [.harmful]),
        .init(name: "others liking it is no put-down", text: "Everyone else seems to like it, but I understand it isn't working for you.", labels: [.neutral]),
        .init(name: "others reporting it, escalated", text: "Other members have told us the same, so I've escalated it.", labels: [.solve]),
        // Exasperated repetition.
        .init(name: "say it one more time", text: "I'll say it one more time: the refund takes ten days.", labels: [.harmful]),
        .init(name: "explain once more", text: "I will explain this once more.", labels: [.harmful]),
        .init(name: "calling once more is a follow-up", text: "I'll call you once more tomorrow to confirm.", labels: [.solve]),
        // Rules that once wrote a phrase as one alternative ("not happening|going to happen") and so
        // matched only one of their wordings.
        .init(name: "not happening", text: "That is not happening.", labels: [.harmful]),
        .init(name: "less of the drama", text: "Less of the drama, please.", labels: [.harmful]),
        .init(name: "short staffed after sorry", text: "Sorry, we're short staffed today.", labels: [.apologize, .harmful]),
        .init(name: "short of staff after sorry", text: "Sorry, we're short of staff today.", labels: [.apologize, .harmful]),
        // The loss made small.
        .init(name: "only a tenner", text: "It's only a tenner.", labels: [.harmful]),
        .init(name: "only a tenner, but a refund", text: "It's only a tenner, but it's your money, so I'll refund it today.", labels: [.solve]),
        .init(name: "only been an hour", text: "It's only been an hour.", labels: [.harmful]),
        .init(name: "just a form, filled in with them", text: "It's just a quick form, so I'll fill it in with you now.", labels: [.solve]),
        .init(name: "only one day late", text: "It's only one day late.", labels: [.harmful]),
        .init(name: "a head count is no minimiser", text: "You'll travel alone, so it's just 1 person.", labels: [.neutral]),
        .init(name: "others waited longer", text: "Other members have waited far longer for a locker.", labels: [.harmful]),
        .init(name: "others had it worse, with an apology", text: "Some customers have had worse experiences with that courier, and I'm sorry you're one of them.", labels: [.apologize]),
        .init(name: "not that it's worth much", text: "I've sent the refund, not that it's worth much.", labels: [.solve, .harmful]),
        .init(name: "nothing to get upset about", text: "There's nothing to get upset about.", labels: [.harmful]),
        .init(name: "nothing to worry about is reassurance", text: "There's nothing to worry about, I've fixed it.", labels: [.solve]),
        .init(name: "take your custom elsewhere", text: "You're free to take your custom elsewhere.", labels: [.harmful]),
        // Surprise put on to mock.
        .init(name: "surprise, surprise", text: "Surprise, surprise, the card had expired.", labels: [.harmful]),
        .init(name: "who'd have guessed", text: "Who'd have guessed the battery needed charging.", labels: [.harmful]),
        .init(name: "funnily enough, when you actually", text: "Funnily enough, it works fine when you actually switch it on.", labels: [.harmful]),
        .init(name: "funnily enough, my own anecdote", text: "Funnily enough, I had the same fault last week, so I know the fix.", labels: [.neutral]),
        .init(name: "amazing how", text: "Amazing how it only broke after the warranty ended.", labels: [.harmful]),
        .init(name: "disbelieving tag", text: "So the bill just paid itself, did it?", labels: [.harmful]),
        .init(name: "checking tag then a question", text: "So it started on Monday, did it? What happened next?", labels: [.listen]),
        // What "everyone knows".
        .init(name: "as anyone who rents knows", text: "As anyone who rents knows, the deposit is held by the scheme.", labels: [.harmful]),
        .init(name: "as any driver knows", text: "As any driver knows, tyres wear out.", labels: [.harmful]),
        .init(name: "everybody knows", text: "Everybody knows you need a ticket.", labels: [.harmful]),
        .init(name: "surely you read", text: "Surely you read the email.", labels: [.harmful]),
        .init(name: "surely we can is a fix", text: "Surely we can find a better slot for you.", labels: [.solve]),
        // Point-scoring about the agent's patience.
        .init(name: "more than fair", text: "I've been more than fair with you.", labels: [.harmful]),
        .init(name: "incredibly flexible with you", text: "We've been incredibly flexible with you already.", labels: [.harmful]),
        // Belief put on, silver linings, shrugs, blame announced as not meant.
        .init(name: "only twenty quid", text: "It's only twenty quid.", labels: [.harmful]),
        .init(name: "I'm sure you did", text: "I'm sure you did.", labels: [.harmful]),
        .init(name: "I'm sure you did everything right", text: "I'm sure you did everything right, and I'll sort it.", labels: [.solve]),
        .init(name: "oh, is that right?", text: "Oh, is that right?", labels: [.harmful]),
        .init(name: "is that right? then a question", text: "Is that right? What time did he arrive?", labels: [.listen]),
        .init(name: "not the first to try that", text: "You're not the first to try that.", labels: [.harmful]),
        .init(name: "at least it arrived", text: "At least it arrived in the end.", labels: [.harmful]),
        .init(name: "at least we caught it", text: "At least we caught it before the payment went out.", labels: [.solve]),
        .init(name: "at least a span", text: "At least 24 hours before the visit, please.", labels: [.neutral]),
        .init(name: "could have been worse", text: "It could have been worse.", labels: [.harmful]),
        .init(name: "could have been worse, but sorry", text: "It could have been worse, but that doesn't make it okay, and I'm sorry.", labels: [.apologize]),
        .init(name: "one of those things", text: "It's just one of those things.", labels: [.harmful]),
        .init(name: "not like it's broken", text: "It's not like it's broken.", labels: [.harmful]),
        .init(name: "as you should know", text: "As you should know, the deposit is non-refundable.", labels: [.harmful]),
        .init(name: "not complicated", text: "It's not complicated.", labels: [.harmful]),
        .init(name: "not complicated, with the guide", text: "It's not complicated to set up, I'll send you the guide now.", labels: [.solve]),
        .init(name: "not hard to see why is no lecture", text: "It's not hard to see why you're upset.", labels: [.neutral]),
        .init(name: "not to point fingers", text: "Not to point fingers, but the form was blank.", labels: [.harmful]),
        .init(name: "if only you had", text: "If only you had called us first.", labels: [.harmful]),
        .init(name: "no offence, but", text: "No offence, but you booked the wrong day.", labels: [.harmful]),
        // Look-alikes fixed on the way.
        .init(name: "walk me through what you did", text: "Walk me through what you did before the screen froze.", labels: [.listen]),
    ]

    @Test("veiled harm is labelled right", arguments: cases)
    func labels(_ c: LabelCase) {
        let got = AnalyzerEvaluation.labels(of: Analyzer().analyze(c.text))
        #expect(got == c.labels, "\(c.text): got \(got.map(\.rawValue).sorted())")
    }

    /// The set written for this work (`veiled-set.tsv`: trainee replies in new domains, labelled by
    /// LABELLING.md). No false harm; the floors sit a little below what the analyzer reaches.
    @Test("the veiled set: no false harm, harmful recall holds its floor")
    func veiledSet() throws {
        try LabelledSetFloors(minimumCount: 200, harmfulPrecision: 1, harmfulRecall: 0.9, macroF1: 0.9).check("veiled-set")
    }
}
