import DeescalateKit
import Testing

/// Pairs of conversations where an assessor clearly prefers one side, written against docs/LAST.md. The
/// scorer must rank every pair right; length alone and keyword counts must not (that is what makes a
/// pair worth having: each traps a naive grader).
@Suite struct PreferencePairTests {
    struct Pair: CustomTestStringConvertible, Sendable {
        var name: String
        var better: Transcript
        var worse: Transcript
        var testDescription: String { name }
    }

    static func chat(_ text: String) -> Transcript {
        try! ChatLogImporter.transcript(parsing: Array(text.utf8), file: "pair")
    }

    static func simulated(_ lines: [(Speaker, String, Int)], outcome: Outcome) -> Transcript {
        Transcript(source: .simulator, persona: PersonaReference(id: "p", version: 1, name: "P", calmAt: 30, escalateAt: 95),
                   outcome: outcome, turns: lines.map { Turn(speaker: $0.0, text: $0.1, frustration: $0.2) })
    }

    static let pairs: [Pair] = [
        Pair(name: "short LAST beats a long excuse-laden ramble",
             better: chat("""
             Customer: My parcel is three days late and nobody told me anything.
             Agent: I'm sorry, that's really frustrating. What happened when you tried to track it?
             Customer: The tracking just says 'in transit' for three days.
             Agent: So it's been stuck with no update at all — is that right?
             Customer: Yes.
             Agent: I'll send a replacement by express courier today; it will arrive tomorrow before noon.
             Customer: OK, that works.
             Agent: Thank you for your patience.
             """),
             worse: chat("""
             Customer: My parcel is three days late and nobody told me anything.
             Agent: Well, parcels are handled by our courier partner, who has been very busy this season with the holiday volume, and our system only updates tracking once a day, which is standard across the industry.
             Customer: I don't care about your courier, where is my parcel?
             Agent: As I said, the courier is responsible for the last mile and our policy is that we wait ten working days before we open an investigation, which is in the terms and conditions you accepted at checkout.
             Customer: Ten days? That's ridiculous.
             Agent: That is our policy and it applies to every customer equally, I'm afraid, there's nothing I can do until then and the system won't let me open a case early.
             Customer: Unbelievable.
             Agent: Is there anything else I can help you with today?
             """)),
        Pair(name: "plain politeness beats keyword-stuffed hostility",
             better: chat("""
             Customer: You charged me twice!
             Agent: What happened exactly — which two charges do you see?
             Customer: Two payments of 40 pounds on the 3rd.
             Agent: I see them. I'll refund the second one now; it shows within 3 days.
             Customer: Fine.
             Agent: Thanks for letting us know.
             """),
             worse: chat("""
             Customer: You charged me twice!
             Agent: I'm sorry, I understand, I hear you, thank you so much for yelling at me, obviously you didn't read the statement properly.
             Customer: Excuse me?
             Agent: I'm sorry you feel that way, I understand, thank you, but calm down, I'll refund it whenever, happy now? Thank you, thanks, sorry.
             Customer: Unbelievable.
             Agent: Thank you! Thanks again! Sorry!
             """)),
        Pair(name: "hearing the customer out beats fixing straight away",
             better: chat("""
             Customer: The engineer never turned up and I took a day off work for it!
             Agent: Oh no — what time were you told to expect them?
             Customer: Between 8 and 12. Nobody came, nobody called.
             Agent: So you lost a whole morning and a day's leave, and nobody let you know. I'm so sorry; that must be infuriating.
             Customer: It is.
             Agent: Let me book the first slot tomorrow, 8 to 10, and I'll call you at 7:30 to confirm they're on the way.
             Customer: OK.
             Agent: Thank you for bearing with us.
             """),
             worse: chat("""
             Customer: The engineer never turned up and I took a day off work for it!
             Agent: I'll rebook you for tomorrow at 8, and I'll add a 20 pound credit today. Sorry. Thank you.
             Customer: That's not the point, I lost a day's pay!
             Agent: I'll also send you a confirmation email within the hour. Thanks.
             Customer: Whatever.
             Agent: Thank you for contacting us.
             """)),
        Pair(name: "one sincere apology with empathy beats a flood of apologies",
             better: chat("""
             Customer: My hotel room wasn't ready and it's our anniversary.
             Agent: I'm so sorry — on your anniversary, that must be really disappointing. What time did you arrive?
             Customer: Two o'clock. It's now five.
             Agent: So you've been waiting three hours. Let me upgrade you to a suite that's ready right now.
             Customer: Oh, that would be lovely.
             Agent: Thank you for your patience, and happy anniversary.
             """),
             worse: chat("""
             Customer: My hotel room wasn't ready and it's our anniversary.
             Agent: Sorry! So sorry. I'm really sorry, so very sorry about that.
             Customer: OK but when will it be ready?
             Agent: Sorry, I apologise, sorry again, my apologies. Sorry. The room will be ready soon.
             Customer: That doesn't help.
             Agent: Sorry. Apologies. Thank you.
             """)),
        Pair(name: "an apology without a 'but' beats one erased by an excuse",
             better: chat("""
             Customer: I waited on hold for an hour.
             Agent: I'm sorry you had to wait that long. What were you calling about?
             Customer: My refund.
             Agent: I'll check it now. It was processed this morning and you'll see it within 2 days. Thank you for holding on.
             """),
             worse: chat("""
             Customer: I waited on hold for an hour.
             Agent: I'm sorry, but the system was down all morning and we are short-staffed, so it's not our fault really. What were you calling about?
             Customer: My refund.
             Agent: I'll check it now. It was processed this morning and you'll see it within 2 days. Thank you for holding on.
             """)),
        Pair(name: "what we can do beats what we can't",
             better: chat("""
             Customer: I want a refund for the concert, I'm sick.
             Agent: I'm sorry you're unwell — that's so disappointing after looking forward to it. Can you tell me which date you booked?
             Customer: Saturday.
             Agent: I can't refund the ticket itself, but what I can do is move you to the Sunday show or give you a credit today. Which would you prefer?
             Customer: Sunday, please.
             Agent: Done. Thank you for letting us know in time.
             """),
             worse: chat("""
             Customer: I want a refund for the concert, I'm sick.
             Agent: I'm sorry you're unwell. Which date did you book?
             Customer: Saturday.
             Agent: We can't refund tickets. It's not possible to change it either, we don't offer exchanges.
             Customer: So I just lose the money?
             Agent: I'm unable to do anything about it. Thanks for calling.
             """)),
        Pair(name: "thanks at the close beats thanks only at the start",
             better: chat("""
             Customer: The blender broke after a week.
             Agent: I'm sorry it let you down so quickly. What happened when it stopped?
             Customer: It just smells of burning and stops.
             Agent: So it overheats and cuts out. I'll send a replacement today and a courier will collect the old one tomorrow.
             Customer: Great.
             Agent: Thank you for telling us — and for your patience.
             """),
             worse: chat("""
             Customer: The blender broke after a week.
             Agent: Thank you for contacting us. I'm sorry it let you down so quickly. What happened when it stopped?
             Customer: It just smells of burning and stops.
             Agent: So it overheats and cuts out. I'll send a replacement today and a courier will collect the old one tomorrow.
             Customer: Great.
             Agent: The replacement is on its way.
             """)),
        Pair(name: "a modest polite session beats a good one with profanity at the customer",
             better: chat("""
             Customer: My bill is wrong again.
             Agent: I'm sorry about that. What looks wrong on it?
             Customer: You charged roaming and I never left the country.
             Agent: Let me take the roaming charge off.
             Customer: OK.
             """),
             worse: chat("""
             Customer: My bill is wrong again.
             Agent: I'm sorry about that, that's frustrating. What looks wrong on it?
             Customer: You charged roaming and I never left the country, are you people thick?
             Agent: So you were home the whole month. Look, I'm trying to fucking help you here.
             Customer: Wow.
             Agent: I'll remove the charge today and email you a confirmation. Thanks for your patience.
             """)),
        Pair(name: "a calm boundary with an abusive customer beats insulting back",
             better: chat("""
             Customer: You useless idiots, fix my phone now!
             Agent: I want to sort this out for you, and I can't continue if you swear at me. What's happening with the phone?
             Customer: Fine. It won't connect abroad.
             Agent: I'm sorry — being cut off abroad is stressful. I'll reset your roaming now; it works within 10 minutes.
             Customer: OK, it's working.
             Agent: Thank you for bearing with me.
             """),
             worse: chat("""
             Customer: You useless idiots, fix my phone now!
             Agent: Don't talk to me like that, you idiot. What's happening with the phone?
             Customer: It won't connect abroad.
             Agent: I'm sorry — being cut off abroad is stressful. I'll reset your roaming now; it works within 10 minutes.
             Customer: OK, it's working.
             Agent: Thank you for bearing with me.
             """)),
        Pair(name: "a referral with a reason beats showing the customer the door",
             better: chat("""
             Customer: I want compensation for the ruined wedding cake.
             Agent: I'm so sorry — on your wedding day, that's awful. What went wrong with it?
             Customer: It collapsed before the reception.
             Agent: So it wasn't stable on delivery. Compensation at that level needs my manager's approval, because it's above what I can authorise, so I'll pass this to her now and she'll call you back by 4 pm today.
             Customer: Thank you.
             Agent: Thank you for your patience, truly.
             """),
             worse: chat("""
             Customer: I want compensation for the ruined wedding cake.
             Agent: What went wrong with it?
             Customer: It collapsed before the reception.
             Agent: Cakes are delicate. If you'd like to go elsewhere next time, be my guest. That's just how it is, I'm afraid, and it's not my department anyway.
             Customer: Unbelievable.
             Agent: Thanks for your feedback, have a good day and thank you for choosing us.
             """)),
        Pair(name: "a concrete commitment beats a vague promise",
             better: chat("""
             Customer: My internet has been down since Monday.
             Agent: That's three days without internet — I'm sorry, that must be really frustrating. Have the lights on the router changed?
             Customer: The red light is on.
             Agent: OK. I'll book an engineer for tomorrow between 8 and 12, and I'll text you the name tonight. If that slot doesn't suit, I can do Friday morning instead.
             Customer: Tomorrow is fine.
             Agent: Thank you for your patience.
             """),
             worse: chat("""
             Customer: My internet has been down since Monday.
             Agent: That's three days without internet — I'm sorry, that must be really frustrating. Have the lights on the router changed?
             Customer: The red light is on.
             Agent: OK. We'll look into it and hopefully someone will be in touch soon, maybe.
             Customer: When?
             Agent: Soon, hopefully. Thank you for your patience.
             """)),
        Pair(name: "the LAST order beats the same moves backwards",
             better: chat("""
             Customer: My order arrived broken.
             Agent: Oh no — what was damaged?
             Customer: The lamp base is cracked.
             Agent: I'm sorry, that's disappointing when you've been waiting for it.
             Customer: It is.
             Agent: I'll send a new lamp today, arriving Thursday.
             Customer: Thanks.
             Agent: Thank you for letting us know.
             """),
             worse: chat("""
             Customer: My order arrived broken.
             Agent: Thank you for letting us know. I'll send a new lamp today, arriving Thursday.
             Customer: Well, OK, but the base is cracked and I'm annoyed.
             Agent: I'm sorry, that's disappointing.
             Customer: Yes.
             Agent: What was damaged, exactly?
             """)),
        Pair(name: "sarcasm loses to plain words even when it offers more",
             better: chat("""
             Customer: I've been waiting for my refund for a month!
             Agent: I'm sorry it's taken this long. Can you tell me the order number?
             Customer: 55102.
             Agent: I've found it. I'll push the refund through now; you'll have it by Friday. Thank you for waiting.
             """),
             worse: chat("""
             Customer: I've been waiting for my refund for a month!
             Agent: Oh great, another one. Can you tell me the order number, your majesty?
             Customer: 55102.
             Agent: Sure, I'll push the refund through now, happy now? You'll have it by Friday, I'll email you a confirmation, or I can give store credit instead. Thank you SO much for your patience.
             """)),
        Pair(name: "a chat the customer closes satisfied beats one they close demanding a manager",
             better: chat("""
             Customer: My card was declined at the till and I was mortified.
             Agent: I'm sorry, that's embarrassing. What did the terminal say?
             Customer: Just 'declined'.
             Agent: I see a fraud hold. I'll lift it now, and it'll work within 5 minutes.
             Customer: Thank you, that's perfect.
             """),
             worse: chat("""
             Customer: My card was declined at the till and I was mortified.
             Agent: I'm sorry, that's embarrassing. What did the terminal say?
             Customer: Just 'declined'.
             Agent: I see a fraud hold. It should lift within 5 days.
             Customer: Five days? Unacceptable. Get me your manager.
             """)),
        Pair(name: "the same offer said calmly beats it shouted in capitals",
             better: chat("""
             Customer: I've asked three times when my refund is coming!
             Agent: I'm sorry you've had to ask again. I'll process it now and you'll have it by Friday.
             Customer: Right.
             """),
             worse: chat("""
             Customer: I've asked three times when my refund is coming!
             Agent: I'M SORRY, I HAVE ALREADY SAID I WILL PROCESS IT AND YOU WILL HAVE IT BY FRIDAY. THANK YOU.
             Customer: Right.
             """)),
        Pair(name: "a resolved simulator session beats an escalated one",
             better: simulated([(.customer, "My parcel is late!", 70), (.trainee, "I'm sorry. What happened?", 62),
                                (.customer, "It never came.", 60), (.trainee, "I'll resend it today by courier.", 40),
                                (.customer, "OK, thanks.", 28), (.trainee, "Thank you for your patience.", 25)], outcome: .resolved),
             worse: simulated([(.customer, "My parcel is late!", 70), (.trainee, "I'm sorry. What happened?", 62),
                               (.customer, "It never came.", 60), (.trainee, "I'll resend it today by courier.", 75),
                               (.customer, "Not good enough. Manager, now.", 96), (.trainee, "Thank you for your patience.", 96)],
                              outcome: .escalated)),
        Pair(name: "a threat fails however well the rest went",
             better: chat("""
             Customer: You lost my luggage!
             Agent: I'm sorry. When did you land?
             Customer: This morning.
             Agent: I'll file the report now.
             """),
             worse: chat("""
             Customer: You lost my luggage!
             Agent: I'm so sorry, that's stressful. When did you land, and what does the bag look like?
             Customer: This morning, it's a red suitcase, and you're all useless.
             Agent: So a red suitcase from this morning's flight. Keep talking like that and you'll regret it. I'll file the report now and call you back by 6 pm today.
             Customer: ...
             Agent: Thank you for your patience.
             """)),
    ]

    /// Pairs lost only because the analyzer misreads a trainee line (the scorer takes its moves as they are).
    static let analyzerKnownIssues: [String: String] = [:]

    @Test(arguments: pairs)
    func scorerPrefersTheBetterSide(pair: Pair) {
        let scorer = Scorer()
        let better = scorer.grade(pair.better), worse = scorer.grade(pair.worse)
        let check = { #expect(better.total > worse.total, "better \(better.total) \(better.steps) vs worse \(worse.total) \(worse.steps)") }
        if let reason = Self.analyzerKnownIssues[pair.name] {
            withKnownIssue(Comment(rawValue: reason), isIntermittent: true, check)
        } else {
            check()
        }
    }

    /// The pairs are worth having only if naive graders stumble on them.
    @Test func naiveGradersDoNotRankEveryPair() {
        func traineeText(_ transcript: Transcript) -> String {
            transcript.turns.filter { $0.speaker == .trainee }.map(\.text).joined(separator: " ").lowercased()
        }
        let keywords = ["sorry", "apolog", "understand", "frustrat", "what happened", "so you", "i'll", "i will", "refund",
                        "replace", "today", "thank"]
        func keywordScore(_ transcript: Transcript) -> Int {
            let text = traineeText(transcript)
            return keywords.reduce(0) { $0 + text.components(separatedBy: $1).count - 1 }
        }
        let byLength = Self.pairs.filter { traineeText($0.better).count > traineeText($0.worse).count }.count
        let byKeywords = Self.pairs.filter { keywordScore($0.better) > keywordScore($0.worse) }.count
        #expect(byLength < Self.pairs.count - 3, "length alone ranks \(byLength) of \(Self.pairs.count)")
        #expect(byKeywords < Self.pairs.count - 3, "keyword counts rank \(byKeywords) of \(Self.pairs.count)")
    }
}
