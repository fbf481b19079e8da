import Foundation
import Testing
@testable import DeescalateKit

/// Feedback as a trainer would write it: replies numbered among the trainee's own ("your 1st
/// reply"), their words quoted, what happened and what to do instead; praise on a strong card;
/// an unsolved session's advice citing the last reply.
@Suite struct FeedbackWriterTests {
    static func grade(_ log: String) -> Grade {
        Scorer().grade(try! ChatLogImporter.transcript(parsing: Array(log.utf8), file: "case"))
    }

    @Test func theFirstReplyIsTheFirstReplyNotTurnTwo() throws {
        let grade = Self.grade("Customer: My order never came!\nAgent: Calm down, please.\nCustomer: Excuse me?\nAgent: Bye.")
        let item = try #require(grade.feedback.first { $0.message.contains("calm down") }, "\(grade.feedback.map(\.message))")
        #expect(item.turn == 2, "the JSON keeps the transcript turn")
        #expect(item.reply == 1)
        #expect(item.message.hasPrefix("In your 1st reply (\"Calm down, please.\") you told the customer to calm down"), "\(item.message)")
        #expect(item.message.contains("Name the feeling instead"), "says what to do instead: \(item.message)")
        for message in grade.feedback.map(\.message) {
            #expect(!message.hasPrefix("Turn "), "\(message)")
            #expect(!message.contains("was a \""), "no tautology such as '\"calm down\" was a \"calm down\"': \(message)")
        }
    }

    @Test func harmsInOneReplyAreOnePieceOfAdvice() {
        let grade = Self.grade("Customer: Late!\nAgent: Whatever. That is policy.\nCustomer: What?\nAgent: You should have read the terms.")
        let first = grade.feedback.filter { $0.reply == 1 }
        #expect(first.count == 1, "\(first.map(\.message))")
        #expect(first.first?.message.contains("you brushed the customer off, and you hid behind policy") == true, "\(first.map(\.message))")
        #expect(grade.feedback.contains { $0.reply == 2 && $0.message.hasPrefix("In your 2nd reply (\"You should have read the terms.\") you put the blame on the customer") })
    }

    @Test func aStrongCardSaysWhatWentWellCitingReplies() {
        let grade = Self.grade("""
        Customer: My parcel hasn't arrived and I'm furious.
        Agent: I'm sorry — that's really frustrating. What happened when you tried to track it?
        Customer: It says it's been stuck since Monday.
        Agent: So it hasn't moved since Monday and nobody contacted you — is that right?
        Customer: Yes.
        Agent: I'll send a replacement by express courier today; it will arrive tomorrow before noon. I'll email you the tracking tonight.
        Customer: OK, thanks, that works.
        Agent: Thank you for your patience.
        """)
        #expect(grade.total >= 90, "\(grade.total)")
        let shown = grade.feedback.prefix(FeedbackWriter.cardSize)
        #expect(shown.count == 3)
        for item in shown {
            #expect(item.kind == .wentWell, "\(item.message)")
            #expect(item.reply != nil && item.turn > 0, "praise cites a reply: \(item.message)")
        }
        let card = GradeCard(grade: grade, outcome: nil).lines().map(\.text)
        #expect(card.contains("What went well") && !card.contains("Feedback"), "\(card)")
    }

    @Test func anAbandonedSessionsAdviceCitesTheLastReply() throws {
        var conversation = ShippedPersonas.play(try ShippedPersonas.persona("late-parcel"), ["What happened?", "I see. Anything else?"])
        _ = conversation.finish()
        let transcript = conversation.transcript(startedAt: nil, endedAt: nil)
        #expect(transcript.outcome == .abandoned)
        let grade = Scorer().grade(transcript)
        #expect(grade.notPassedBecause?.contains("the session ended abandoned after reply 2") == true, "\(grade.notPassedBecause ?? "")")
        let first = try #require(grade.feedback.first)
        #expect(first.reply == 2 && first.turn == 4, "\(first)")
        #expect(first.message.hasPrefix("The session ended after your 2nd reply (\"I see. Anything else?\"), and you never offered a way forward."), "\(first.message)")
    }

    @Test func anUnacknowledgedFactSaysWhenItWasToldAndWhichReplyMissedIt() throws {
        var conversation = ShippedPersonas.play(try ShippedPersonas.persona("prescription-delay"),
                                                [NeedsTests.widowed, "How many tablets have you got left?", "Thank you."])
        _ = conversation.finish()
        let grade = Scorer().grade(conversation.transcript(startedAt: nil, endedAt: nil))
        let item = try #require(grade.feedback.first { $0.step == .apologize && $0.message.contains("acknowledg") })
        #expect(item.reply == 2, "\(item)")
        #expect(item.message.hasPrefix("After your 1st reply the customer told you something that needed acknowledging ("), "\(item.message)")
        #expect(item.message.contains("none of your replies acknowledged it; your 2nd reply (\"How many tablets have you got left?\") went on without it"), "\(item.message)")
    }

    @Test(arguments: [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"), (21, "21st"), (102, "102nd"), (111, "111th")])
    func ordinals(number: Int, expected: String) {
        #expect(FeedbackWording.ordinal(number) == expected)
    }

    @Test func aLongReplyIsQuotedAroundTheCitedWordsAtWordBoundaries() {
        let text = String(repeating: "word ", count: 40) + "calm down " + String(repeating: "more ", count: 40)
        let excerpt = FeedbackWording.excerpt(of: text, around: "calm down")
        #expect(excerpt.contains("calm down"))
        #expect(excerpt.hasPrefix("…word ") && excerpt.hasSuffix(" more…"), "\(excerpt)")
        #expect(excerpt.count <= FeedbackWording.quoteLimit + 12, "about the limit, widened only to whole words")
        #expect(FeedbackWording.excerpt(of: "  short\n reply ", around: "x") == "short reply")
        // The fast path for plain short replies agrees with collapsing white space.
        for text in ["plain reply", "two  spaces", "tab\there", " lead", "trail ", "nbsp\u{00A0}here", "ogham\u{1680}mark",
                     "ideographic\u{3000}space", "line\u{2028}sep", "£5 — fine", "中文 👍🏽"] {
            let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(FeedbackWording.excerpt(of: text, around: "") == collapsed, "\(text)")
        }
        #expect(FeedbackWording.excerpt(of: String(repeating: "é", count: 500), around: "") == String(repeating: "é", count: 500),
                "one long word is never cut inside")
    }

    /// Both ways of cutting an excerpt (bytes for an ASCII reply, Characters for any other) cut
    /// exactly where the plain reading of the rule does (`reference`): random text of ASCII and
    /// other white space, CR LF, controls, quotes, accents (composed and combining), emoji with
    /// modifiers, and a character that joins the one after it; cited words taken from the text in
    /// another case or made up; several limits.
    @Test(arguments: [0, 1, 2, 3])
    func excerptsCutWhereThePlainReadingCuts(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let ascii = ["a", "B", "cd", "Ef", "word", "Calm", "down", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}",
                     "\"", "'", ".", ",", "-", "\u{0}", "\u{1F}", "\u{7F}", "k", "K", "z", "Z", "@", "[", "`", "{"]
        let other = ["é", "e\u{301}", " \u{301}", "’", "–", "…", "👍🏽", "👨‍👩‍👧", "\u{00A0}", "\u{3000}", "\u{2028}", "\u{0600}", "ß", "\u{212A}", "Straße"]
        for round in 0..<3_000 {
            let pieces = round % 2 == 0 ? ascii : ascii + other
            let text = (0..<random.index(below: 160)).map { _ in pieces[random.index(below: pieces.count)] }.joined()
            var words = ""
            switch random.index(below: 3) {
            case 0 where !text.isEmpty:
                let characters = Array(text)
                let from = random.index(below: characters.count), to = min(characters.count, from + 1 + random.index(below: 20))
                words = String(characters[from..<to])
                words = random.index(below: 2) == 0 ? words.uppercased() : words
            case 1: words = (0..<1 + random.index(below: 3)).map { _ in pieces[random.index(below: pieces.count)] }.joined()
            default: break
            }
            for limit in [5, 20, 90] {
                let expected = Self.reference(text, around: words, limit: limit)
                #expect(FeedbackWording.excerptOfCharacters(text, around: words, limit: limit) == expected,
                        "\(text.debugDescription) around \(words.debugDescription)")
                if let cut = FeedbackWording.asciiExcerpt(of: text, around: words, limit: limit) {
                    #expect(cut == expected, "\(text.debugDescription) around \(words.debugDescription)")
                }
            }
        }
        #expect(FeedbackWording.asciiExcerpt(of: "café " + String(repeating: "x ", count: 60), around: "", limit: 90) == nil)
        #expect(FeedbackWording.asciiExcerpt(of: String(repeating: "kelvin ", count: 20), around: "\u{212A}elvin", limit: 90) == nil,
                "a needle past ASCII goes the Character way")
    }

    /// A pasted page is quoted from a window around the cited words, with the excerpt the whole
    /// text gives: words at the start, in the middle, at the end, absent, and none cited.
    @Test func aPastedPageIsQuotedAsTheWholeTextWouldBe() {
        var random = SeededRandom(seed: 11)
        let pieces = ["sorry", "refund", "the", "engineer", "😀", "é", "\u{202E}", "\u{1B}[31m", "\t", "  ", "\n", "café", "Calm", "down"]
        func filler(_ count: Int) -> String { (0..<count).map { _ in pieces[random.index(below: pieces.count)] }.joined(separator: " ") }
        for (before, after) in [(0, 30_000), (15_000, 15_000), (30_000, 0)] {
            let text = filler(before) + " cited words here " + filler(after)
            #expect(text.utf8.count > FeedbackWording.pageBytes)
            for words in ["cited words here", "CITED WORDS", "not in the text at all", ""] {
                #expect(FeedbackWording.excerpt(of: text, around: words) == Self.reference(text, around: words, limit: FeedbackWording.quoteLimit),
                        "\(before) before, \(after) after, around \(words.debugDescription)")
            }
        }
    }

    /// The rule as first written: collapse white space, cut about `limit` Characters around the
    /// words, widen to whole words, trim.
    static func reference(_ text: String, around words: String, limit: Int) -> String {
        let clean = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let characters = Array(clean)
        guard characters.count > limit else { return clean }
        var start = 0, end = limit
        if !words.isEmpty, let range = clean.range(of: words, options: .caseInsensitive) {
            let lower = clean.distance(from: clean.startIndex, to: range.lowerBound)
            let upper = clean.distance(from: clean.startIndex, to: range.upperBound)
            start = max(0, lower - limit / 3)
            end = min(characters.count, max(upper, start + limit))
        }
        while start > 0, start < characters.count, characters[start - 1] != " " { start -= 1 }
        while end < characters.count, end > start, characters[end] != " " { end += 1 }
        let body = String(characters[start..<end]).trimmingCharacters(in: .whitespaces)
        return (start > 0 ? "…" : "") + body + (end < characters.count ? "…" : "")
    }

    /// A grade's quotes are made once per reply and words (`QuoteMemo`), and each is the quote
    /// `FeedbackWording` makes: a long reply quoted around other words is cut elsewhere, not
    /// answered with the first quote made of it.
    @Test func theQuoteMemoQuotesEachReplyAroundItsOwnWords() throws {
        let reply = "I'm sorry about the wait. " + String(repeating: "We checked the depot records and the driver's notes again. ", count: 4)
            + "I've refunded the delivery charge today."
        let transcript = try ChatLogImporter.transcript(parsing: Array("Customer: Where is it?\nAgent: \(reply)\n".utf8), file: "case")
        let turn = try #require(ScoringContext(transcript: transcript, rubric: .standard, analyzer: Analyzer()).traineeTurns.first)
        let memo = QuoteMemo()
        let words = ["I'm sorry", "refunded the delivery charge", "", "I'm sorry"]
        for word in words { #expect(memo.quote(turn, around: word) == FeedbackWording.quote(turn, around: word), "around \(word)") }
        #expect(memo.quote(turn, around: "I'm sorry") != memo.quote(turn, around: "refunded the delivery charge"),
                "the reply is long enough to be cut around the cited words")
    }
}
