@testable import DeescalateKit
import Testing

/// The few facts Scoring adds to the analyzer's reading, and the customer-reply reader.
@Suite struct TurnFactsTests {
    @Test func everyMoveKindHasItsOwnBit() {
        #expect(TurnFacts.kindBitsAreDistinct)
    }

    @Test(arguments: [("PLEASE STOP SENDING ME THE SAME EMAIL", true), ("I'm SO sorry about that, truly.", false), ("OK FINE", false)])
    func shouting(line: String, shouted: Bool) {
        #expect(TurnFacts.isShouted(line) == shouted)
    }

    /// Shouting is counted byte by byte as the rule says: random mixes of capitals, small letters,
    /// digits, punctuation, the bytes either side of the letters and text past ASCII.
    @Test func shoutingCountsCapitalsAmongLetters() {
        var random = SeededRandom(seed: 11)
        let pieces = ["A", "Z", "a", "z", "@", "[", "`", "{", " ", "1", "!", "É", "é", "ß", "😀", "STOP", "now"]
        for _ in 0..<5_000 {
            let line = (0..<random.index(below: 40)).map { _ in pieces[random.index(below: pieces.count)] }.joined()
            let letters = line.utf8.filter { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }
            let capitals = letters.filter { $0 <= 0x5A }.count
            #expect(TurnFacts.isShouted(line) == (letters.count >= 12 && capitals * 10 >= letters.count * 6), "\(line)")
        }
        // Long enough for the sixteen-byte counters to be emptied along the way.
        let long = Array(String(repeating: "ABc d1É", count: 1_500).utf8)
        #expect(long.withUnsafeBufferPointer(TurnFacts.countLetters) == (6_000, 3_000))
    }

    @Test func apologiesAreCountedFromTheAnalysis() {
        let text = "Sorry. I'm sorry it's late."
        #expect(TurnFacts(text: text, analysis: Analyzer().analyze(text)).apologyCount == Analyzer().analyze(text).moves(of: .apology).count)
    }

    @Test(arguments: [("Great, thanks.", CustomerReply.Signal.acceptance, "Great"), ("That’s not good enough — get me a manager.", .escalation, "not good enough"),
                      ("You MORONS", .abuse, "MORONS"), ("It doesn’t help", .escalation, "doesn’t help")])
    func customerReply(text: String, signal: CustomerReply.Signal, words: String) {
        #expect(CustomerReply(text).first(signal)?.words == words)
    }

    @Test func theMemoGivesTheSameGrade() throws {
        let log = "Customer: Late!\nAgent: I'm sorry. What happened?\nCustomer: Lost.\nAgent: I'll resend it today. Thank you."
        let transcript = try ChatLogImporter.transcript(parsing: Array(log.utf8))
        let memo = AnalysisMemo(capacity: 1)
        #expect(Scorer().grade(transcript, memo: memo) == Scorer().grade(transcript))
        #expect(Scorer().grade(transcript, memo: memo) == Scorer().grade(transcript))
        #expect(memo.lookups == 4)
    }
}

/// Shouting stops being counted once it cannot be reached; the answer must be the one the whole
/// count gives, on any text.
struct TurnFactsShoutingTests {
    @Test func earlyStopGivesTheWholeCountsAnswer() {
        var random = SeededRandom(seed: 99)
        let alphabet = Array("aAbBzZ  ..!éÉ1".unicodeScalars)
        for length in [0, 5, 11, 12, 13, 31, 32, 33, 64, 65, 100, 300] {
            for _ in 0..<40 {
                // Mostly capitals, mostly lower case, or mixed.
                let bias = Int(random.next() % 3)
                let text = String(String.UnicodeScalarView((0..<length).map { _ -> Unicode.Scalar in
                    let pick = Int(random.next() % UInt64(alphabet.count))
                    return bias == 0 ? Unicode.Scalar(alphabet[pick].properties.uppercaseMapping.unicodeScalars.first!.value)!
                        : bias == 1 ? Unicode.Scalar(alphabet[pick].properties.lowercaseMapping.unicodeScalars.first!.value)! : alphabet[pick]
                }))
                var copy = text
                let whole = copy.withUTF8 { TurnFacts.countLetters($0) }
                let expected = whole.letters >= 12 && whole.capitals * 10 >= whole.letters * 6
                #expect(TurnFacts.isShouted(text) == expected, "\(text)")
            }
        }
        #expect(TurnFacts.isShouted("THIS IS NOT ACCEPTABLE AT ALL, fix it"))
        #expect(!TurnFacts.isShouted("This is not acceptable at all, FIX IT NOW PLEASE"))
    }
}
