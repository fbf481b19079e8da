import Testing
@testable import DeescalateKit

@Suite("Analyzer evidence")
struct AnalyzerEvidenceTests {
    @Test("apology and excuse carry their own words and scalar offsets")
    func apologyThenExcuse() {
        let text = "Sorry, but the system was down"
        let a = Analyzer().analyze(text)
        #expect(a.moves(of: .apology).map(\.evidence) == [Evidence(start: 0, end: 5, words: "Sorry")])
        #expect(a.moves(of: .excuse).map(\.evidence) == [Evidence(start: 7, end: 30, words: "but the system was down")])
    }

    @Test("offsets count Unicode scalars, not bytes, and words are as typed")
    func scalarOffsets() throws {
        let text = "Oh no 😞 I’m sorry-ish… thanks!"
        let a = Analyzer().analyze(text)
        for move in a.moves {
            let scalars = Array(text.unicodeScalars)
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[move.evidence.start..<move.evidence.end])
            #expect(String(view) == move.evidence.words)
        }
        let thanks = try #require(a.moves(of: .thanks).first)
        #expect(thanks.evidence == Evidence(start: 23, end: 29, words: "thanks"))
    }

    @Test("a commitment's evidence is the whole deadline, not its last word", arguments: [
        ("I'll call you back in ten minutes with an update.", "in ten minutes"),
        ("I'll refund it within 3 days.", "within 3 days"),
        ("I'll have it fixed by the end of the day.", "by the end of the day"),
        ("I'll ring you this afternoon.", "this afternoon"),
        ("I will sort it by Friday.", "by Friday"),
    ])
    func commitmentEvidence(text: String, deadline: String) {
        #expect(Analyzer().analyze(text).moves(of: .commitment).map(\.evidence.words) == [deadline])
    }

    @Test("a contraction keeps the typed spelling in evidence")
    func contractionEvidence() throws {
        let a = Analyzer().analyze("I can't help you.")
        let refusal = try #require(a.moves(of: .refusal).first)
        #expect(refusal.evidence.words.hasPrefix("I can't"))
        #expect(refusal.evidence.start == 0)
    }

    @Test("moves come in the order of their evidence")
    func ordered() {
        let a = Analyzer().analyze("Thanks for calling. I'm so sorry about the leak. I'll get maintenance up there within the hour.")
        let starts = a.moves.map(\.evidence.start)
        #expect(starts == starts.sorted())
        #expect(a.steps == [.apologize, .solve, .thank])
    }
}
