import Testing
@testable import DeescalateKit

/// A line and the labels it must get: the traps of the issue.
struct LabelCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let labels: Set<AnalyzerEvaluation.Label>
    var testDescription: String { name }
}

@Suite("Analyzer traps")
struct AnalyzerTrapTests {
    static let traps: [LabelCase] = [
        .init(name: "negation flips: not sorry", text: "I'm not sorry, you were told the rules.", labels: [.harmful]),
        .init(name: "negation flips: can't help", text: "I can't help you.", labels: [.harmful]),
        .init(name: "negation flips: no refund", text: "No refund for you.", labels: [.harmful]),
        .init(name: "negation keeps: can't but can", text: "I can't do 5pm, but I can have someone there by noon.", labels: [.solve]),
        .init(name: "negation keeps: won't charge", text: "I won't charge you for the second visit.", labels: [.solve]),
        .init(name: "negation keeps: don't worry", text: "Don't worry, I'll sort it.", labels: [.solve]),
        .init(name: "disowned: not saying it's your fault", text: "I'm not saying it's your fault at all.", labels: [.neutral]),
        .init(name: "disowned: not going to tell you to calm down", text: "I'm not going to tell you to calm down.", labels: [.neutral]),
        .init(name: "disowned: not trying to catch you out", text: "I'm not trying to catch you out, I promise.", labels: [.neutral]),
        .init(name: "disowned: you're not overreacting", text: "You're not overreacting.", labels: [.neutral]),
        .init(name: "disowned: nobody is blaming you", text: "Nobody is blaming you here.", labels: [.neutral]),
        .init(name: "disowned: none of this was down to you", text: "None of this was down to you.", labels: [.neutral]),
        .init(name: "not disowned: harm after but", text: "I'm not saying it's your fault, but you should have checked.", labels: [.harmful]),
        .init(name: "not disowned: not going to refund", text: "I'm not going to refund it.", labels: [.harmful]),
        .init(name: "not disowned: nobody else complained", text: "Nobody else has complained, so it must be you.", labels: [.harmful]),
        .init(name: "sorry as discourse marker", text: "Sorry, could you repeat that?", labels: [.neutral]),
        .init(name: "a question about the call", text: "Can you hear me now?", labels: [.neutral]),
        .init(name: "holding, not asking", text: "Could you hold on a second?", labels: [.neutral]),
        .init(name: "a second time is the problem", text: "Did you have to go back a second time?", labels: [.listen]),
        .init(name: "a queue is not a phone line", text: "Was the line long when you came in?", labels: [.listen]),
        .init(name: "a repeat prescription is not a repeat request", text: "Is this your repeat prescription?", labels: [.listen]),
        .init(name: "sorry marker before a real question", text: "Sorry, which branch was that?", labels: [.listen]),
        .init(name: "rhetorical blaming question", text: "Did you even read the email?", labels: [.harmful]),
        .init(name: "rhetorical then real question", text: "Did you even check the tracking? What does it say?", labels: [.listen, .harmful]),
        .init(name: "thanks for nothing", text: "Thanks for nothing.", labels: [.harmful]),
        .init(name: "happy now", text: "Happy now?", labels: [.harmful]),
        .init(name: "SO sorry you had to yell", text: "I'm SO sorry you had to yell.", labels: [.harmful]),
        .init(name: "sarcastic stuffing", text: "Oh I'm SO sorry, thank you SO much for yelling at me", labels: [.harmful]),
        .init(name: "apology then excuse", text: "Sorry, but the system was down.", labels: [.apologize, .harmful]),
        .init(name: "several sentences", text: "Thanks for waiting. I'm sorry we got the bill wrong — I've corrected it.", labels: [.apologize, .solve, .thank]),
        .init(name: "text-speak apology", text: "im so sry about this, thats really not ok", labels: [.apologize]),
        .init(name: "text-speak thanks", text: "thx 4 bein so patient w us", labels: [.thank]),
        .init(name: "ill as I'll before a verb", text: "no worries, ill get that sorted 4 u rn", labels: [.solve]),
        .init(name: "ill as an adjective", text: "my son was ill", labels: [.neutral]),
        .init(name: "apologise and definately", text: "i apologise, i wud definately get that replaced for u today", labels: [.apologize, .solve]),
        .init(name: "emoji with text", text: "Oh no 😞 I'm sorry. What happened when it arrived?", labels: [.listen, .apologize]),
        .init(name: "eye-roll emoji", text: "🙄 whatever", labels: [.harmful]),
        .init(name: "Spanish apology is neutral", text: "Lo siento mucho por la espera, le enviaré un reemplazo hoy.", labels: [.neutral]),
        .init(name: "Chinese apology is neutral", text: "非常抱歉给您带来不便。", labels: [.neutral]),
        .init(name: "boundary alone is neutral", text: "I'd like to keep helping you, but I need us to keep this conversation respectful.", labels: [.neutral]),
        .init(name: "identifier request", text: "Can u tell me the order no. pls?", labels: [.neutral]),
        .init(name: "sorry, not sorry", text: "i cant do anything bout that sorry, not sorry", labels: [.harmful]),
        .init(name: "should have as possession is not blame", text: "You should have it by Friday.", labels: [.solve]),
        .init(name: "should have as counterfactual is blame", text: "You should have checked the box.", labels: [.harmful]),
        .init(name: "your claim is a noun, not an accusation", text: "I've approved your claim.", labels: [.solve]),
        .init(name: "rude but real fix", text: "Whatever, I'll send another one.", labels: [.solve, .harmful]),
    ]

    @Test("trap is labelled right", arguments: traps)
    func labels(_ c: LabelCase) {
        let got = AnalyzerEvaluation.labels(of: Analyzer().analyze(c.text))
        #expect(got == c.labels, "\(c.text)")
    }
}
