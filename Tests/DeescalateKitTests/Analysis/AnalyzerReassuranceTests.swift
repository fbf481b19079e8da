import Testing
@testable import DeescalateKit

/// Harm words that reassure, validation through negation, and harm in polite clothes: each shape with
/// near misses beside it, so a rule that reads one sentence rather than the shape shows up here.
@Suite("Analyzer reassurance and veiled harm")
struct AnalyzerReassuranceTests {
    static let falseHarms: [LabelCase] = [
        .init(name: "negated insult", text: "That's not a silly question.", labels: [.neutral]),
        .init(name: "negated insult, at all", text: "That isn't a daft thing to ask at all.", labels: [.neutral]),
        .init(name: "near miss: the insult itself", text: "That's a silly question.", labels: [.harmful]),
        .init(name: "negated threat", text: "I won't be hanging up on you.", labels: [.neutral]),
        .init(name: "coercion disowned", text: "I won't make you post it back.", labels: [.neutral]),
        .init(name: "coercion disowned is a waived charge", text: "I won't make you pay for the return.", labels: [.solve]),
        .init(name: "near miss: a real refusal", text: "I won't make an exception.", labels: [.harmful]),
        .init(name: "topic conceded", text: "I'm not going to argue with you about the charge.", labels: [.neutral]),
        .init(name: "near miss: conversation closed", text: "I'm not going to argue with you. Goodbye.", labels: [.harmful]),
        .init(name: "can't fault you", text: "I can't fault you for being annoyed.", labels: [.apologize]),
        .init(name: "couldn't blame you", text: "I couldn't blame you for being fed up.", labels: [.apologize]),
        .init(name: "in your place, either", text: "I wouldn't have kept my cool either, in your position.", labels: [.apologize]),
        .init(name: "hypothetical feeling", text: "I'd have been fuming as well.", labels: [.apologize]),
        .init(name: "every reason", text: "You've every reason to be upset with us.", labels: [.apologize]),
        .init(name: "I hate that", text: "I hate that this happened on your anniversary.", labels: [.apologize]),
        .init(name: "the last thing you needed", text: "I know this is the last thing you wanted this week.", labels: [.apologize]),
        .init(name: "made up is prepared", text: "Your glasses are being made up now.", labels: [.solve]),
        .init(name: "near miss: made up is a lie", text: "You've made that up.", labels: [.harmful]),
        .init(name: "favourable policy", text: "Our terms say the ticket is refundable up to a week before travel.", labels: [.neutral]),
        .init(name: "near miss: policy as a wall", text: "Our terms say no refunds after purchase.", labels: [.harmful]),
        .init(name: "boundary with help offered", text: "I'm still happy to help, but I need you to stop calling me names.", labels: [.neutral]),
        .init(name: "boundary with help in the next sentence",
              text: "I'll need you to stop swearing at me if we're going to continue. I do still want to help with the refund.", labels: [.neutral]),
        .init(name: "near miss: a bare command", text: "Stop shouting at me, I'm trying to help.", labels: [.harmful]),
        .init(name: "praise against others", text: "Thanks for giving us another chance after last month. Lots of people wouldn't have.", labels: [.thank]),
    ]

    static let missedHarms: [LabelCase] = [
        .init(name: "simple terms", text: "Let me put this in really simple terms for you.", labels: [.harmful]),
        .init(name: "slowly this time", text: "I'll say it slowly this time, since you seem lost.", labels: [.harmful]),
        .init(name: "the obvious explained", text: "It's a switch. You flip it up.", labels: [.harmful]),
        .init(name: "near miss: a thing named, then a fix", text: "It's a reset button. I'll send you a photo of where it is.", labels: [.solve]),
        .init(name: "joining the wall", text: "The computer won't bend and neither will I.", labels: [.harmful]),
        .init(name: "busy idiom after sorry", text: "Sorry for the delay, but we're rushed off our feet.", labels: [.apologize, .harmful]),
        .init(name: "snowed under after apology", text: "Apologies for the wait, we're snowed under today.", labels: [.apologize, .harmful]),
        .init(name: "third party's quality after sorry", text: "I'm sorry it's late. The delivery firm we use at the moment is useless.", labels: [.apologize, .harmful]),
        .init(name: "near miss: sorry for the third party", text: "I'm sorry the courier was so rude to you.", labels: [.apologize]),
        .init(name: "thanks taken back", text: "Thanks for your understanding, although you've not shown a lot of it.", labels: [.harmful]),
        .init(name: "near miss: concession that keeps the thanks", text: "Thanks for your patience, though I know it's been a long wait.", labels: [.thank]),
        .init(name: "shouting won't speed it", text: "Yelling isn't going to get your money back any quicker.", labels: [.harmful]),
        .init(name: "lecture after a fix", text: "I've refunded the charge, but do try to read your bills more carefully.", labels: [.solve, .harmful]),
        .init(name: "near miss: a tip after a fix", text: "I've refunded the charge. Keep the receipt somewhere safe.", labels: [.solve]),
        .init(name: "doubting the story", text: "So I'm not sure what you're trying to say.", labels: [.harmful]),
        .init(name: "trying it on", text: "We see plenty of customers trying it on.", labels: [.harmful]),
        .init(name: "near miss: trying clothes on", text: "You can try it on in store before you pay.", labels: [.solve]),
        .init(name: "relax opening a fix", text: "Relax, the refund has already gone through.", labels: [.solve, .harmful]),
        .init(name: "the routine recited", text: "Listen, apologise, solve, thank. There, all four done. Happy?", labels: [.harmful]),
    ]

    static let otherShapes: [LabelCase] = [
        .init(name: "options as a question", text: "Monday or Wednesday for the fitter? I can do afternoons on both.", labels: [.solve]),
        .init(name: "hold request", text: "Is it okay if I put you on hold for two minutes?", labels: [.neutral]),
        .init(name: "small talk", text: "Are you going away for business or pleasure?", labels: [.neutral]),
        .init(name: "summary of everyone", text: "It sounds like everyone you've talked to has said something different.", labels: [.listen]),
        .init(name: "near miss: a feeling, not a summary", text: "This sounds like a really stressful week.", labels: [.apologize]),
        .init(name: "ownership", text: "We really let you down on this one.", labels: [.apologize]),
        .init(name: "action under way", text: "I'm cancelling the standing order so nothing more goes out today.", labels: [.solve]),
        .init(name: "looking, not fixing", text: "Right, I've got your account up on screen.", labels: [.neutral]),
        .init(name: "a lookup under way", text: "Just pulling up your details now.", labels: [.neutral]),
        .init(name: "near miss: something got for the customer", text: "I've got a replacement booked for you tomorrow.", labels: [.solve]),
        .init(name: "feedback passed on", text: "I've passed your comments on to the manager.", labels: [.neutral]),
        .init(name: "a process in general", text: "Complaints about missing items are looked into within 10 working days.", labels: [.neutral]),
        .init(name: "lowercase question about the problem", text: "which parts are missing?", labels: [.listen]),
        .init(name: "text-speak question", text: "wot went wrong?", labels: [.listen]),
    ]

    @Test("false harm is not harm", arguments: falseHarms)
    func falseHarm(_ c: LabelCase) {
        #expect(AnalyzerEvaluation.labels(of: Analyzer().analyze(c.text)) == c.labels, "\(c.text)")
    }

    @Test("veiled harm is harm", arguments: missedHarms)
    func missedHarm(_ c: LabelCase) {
        #expect(AnalyzerEvaluation.labels(of: Analyzer().analyze(c.text)) == c.labels, "\(c.text)")
    }

    @Test("step shapes read right", arguments: otherShapes)
    func otherShape(_ c: LabelCase) {
        #expect(AnalyzerEvaluation.labels(of: Analyzer().analyze(c.text)) == c.labels, "\(c.text)")
    }
}
