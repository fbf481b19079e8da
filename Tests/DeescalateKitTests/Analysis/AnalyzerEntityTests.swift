import Testing
@testable import DeescalateKit

/// Links, addresses, handles, tags, prices, numbers and sign-offs are kinds of their own: never
/// words, never questions, never the evidence for a move; and no such shape at the edge of a line
/// reads past it.
@Suite("Analyzer entities")
struct AnalyzerEntityTests {
    static func tokens(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            var tokens: [Token] = []
            LineScan.tokenizer.tokenize(bytes, into: &tokens)
            LineScan.tokenizer.finish(&tokens)
            return tokens
        }
    }

    struct EntityCase: CustomTestStringConvertible, Sendable {
        let text: String
        let entity: String
        var testDescription: String { entity }
    }

    static let entities: [EntityCase] = [
        .init(text: "see https://help.example.com/a?b=1&c=2 now", entity: "https://help.example.com/a?b=1&c=2"),
        .init(text: "at www.example.co.uk/faq.", entity: "www.example.co.uk/faq"),
        .init(text: "try swa.is/status today", entity: "swa.is/status"),
        .init(text: "mail help@example.com please", entity: "help@example.com"),
        .init(text: "@sam_88 hi there", entity: "@sam_88"),
        .init(text: "love the #refunds tag", entity: "#refunds"),
        .init(text: "that is $4,750 a month", entity: "$4,750"),
        .init(text: "call 1-800-555-0199 now", entity: "1-800-555-0199"),
        .init(text: "thread part 1/2 here", entity: "1/2"),
        .init(text: "ref HT208108 please", entity: "HT208108"),
        .init(text: "Hope this helps! ^JB", entity: "^JB"),
        .init(text: "Let us know. ~ Olivia", entity: "~ Olivia"),
        .init(text: "Thanks -Rene", entity: "-Rene"),
    ]

    @Test("an entity is one token that is not a word", arguments: entities)
    func entity(_ c: EntityCase) throws {
        let found = Self.tokens(c.text).filter { $0.cls.contains(.entity) }
        let token = try #require(found.first, "\(c.text)")
        let scalars = Array(c.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[Int(token.start)..<Int(token.end)])) == c.entity)
        #expect(!token.cls.contains(.word))
    }

    @Test("a question mark inside a link asks nothing")
    func questionMarkInLink() {
        #expect(!Analyzer().analyze("Details at https://example.com/help?topic=billing").performs(.listen))
    }

    @Test("a handle, a tag or a link is never evidence",
          arguments: ["@support_team thanks for waiting!", "#sorry we'll fix it today", "Sorry! https://ex.com/thanks?sorry=1 ^TA",
                      "Thanks -Sam", "Check https://example.com/refund?go=now for your refund"])
    func neverEvidence(_ text: String) {
        for move in Analyzer().analyze(text).moves {
            #expect(!move.evidence.words.contains("http") && !move.evidence.words.contains("@") && !move.evidence.words.contains("#")
                    && !move.evidence.words.contains("^"), "\(move.kind): \(move.evidence.words)")
        }
    }

    @Test("a clock time is one token: 5 pm, 1:25 p.m., 7pm", arguments: ["at 5 pm", "at 1:25 p.m", "at 7pm", "by 10 AM"])
    func clockTime(_ text: String) {
        let times = Self.tokens(text).filter { $0.cls.contains(.time) && $0.cls.contains(.num) }
        #expect(times.count == 1)
    }

    @Test("a street number is not a time to commit to")
    func streetNumber() {
        let a = Analyzer().analyze("Sure, I'll send it to 14 Elm Road.")
        #expect(a.moves(of: .commitment).isEmpty)
    }

    /// Shapes that stop at the very end of a line: the scanners look ahead and behind, so each
    /// must stay inside the line (issue 14: no trap reachable from input).
    static let edges: [String] = [
        "@", "#", "^", "$", "£", "€", "&", "&amp", "&amp;", "+", "+4", "-", "~", "*", "/", "–", "—", "http://", "www.",
        "a.b", "x@y", "5 p", "5 a.", "5 pm", "12:", "1/", "1-", "see https://e.com/?", "Thanks ~", "Thanks - ", "ok ^",
        "\"", "\"quoted", "“open", "close”", "f*", "f**", "s*t", "*so*", "$1,", "£1.", "€", "\u{E2}", "ill", "id",
    ]

    @Test("a shape at the end of a line reads nothing past it", arguments: edges)
    func edge(_ text: String) {
        let a = Analyzer().analyze(text)
        let scalars = text.unicodeScalars.count
        for move in a.moves { #expect(move.evidence.start >= 0 && move.evidence.end <= scalars) }
        for token in Self.tokens(text) { #expect(token.start <= token.end && Int(token.end) <= scalars) }
    }
}
