import Foundation
import Testing
@_spi(Benchmarking) @testable import DeescalateKit

/// The memo must give exactly what the analyzer gives, for lines that repeat and for lines that
/// differ only in their digits.
@Suite("Analysis memo")
struct AnalysisMemoTests {
    @Test func linesThatDifferInDigitsShareAKey() {
        #expect(AnalysisMemo.key(for: "Order 4411 arrives by 5pm, £12.99") == "Order 0000 arrives by 0pm, £00.00")
        #expect(AnalysisMemo.key(for: "No digits here") == "No digits here")
        #expect(AnalysisMemo.key(for: "٣ is not an ASCII digit") == "٣ is not an ASCII digit")
    }

    @Test func aRepeatWithOtherDigitsIsToldWithItsOwnWords() {
        let analyzer = Analyzer(), memo = AnalysisMemo()
        _ = memo.analysis(of: "I'll call you back by 5pm about order 4411.", by: analyzer)
        let line = "I'll call you back by 3pm about order 9802."
        let told = memo.analysis(of: line, by: analyzer)
        #expect(memo.hits == 1)
        #expect(told == analyzer.analyze(line))
        #expect(told.moves.contains { $0.evidence.words.contains("3pm") })
    }

    /// Every labelled line, as written and with its digits changed (or, with none, with an order
    /// number added, read first with another number), agrees with the analyzer; the changed line is
    /// answered from the memo.
    @Test func everyLabelledLineAgreesWithTheAnalyzer() throws {
        let analyzer = Analyzer(), memo = AnalysisMemo(capacity: 100_000)
        var lines: [String] = []
        for set in ["dev-set", "validation-set"] {
            let url = try #require(Bundle.module.url(forResource: set, withExtension: "tsv", subdirectory: "Fixtures/analysis"))
            lines += try AnalyzerEvaluation.parse(String(decoding: Data(contentsOf: url), as: UTF8.self)).map(\.text)
        }
        lines += ["We'll refund £49.99 by 14:30 today, ref 88213.", "Call 0800 123 4567 at 9am, or I'll ring you at 4pm.",
                  "It'll be 3-5 days, sorry 😞 — order #77 is on its way", "You have 2 options: a refund or a new one by the 12th."]
        for line in lines {
            #expect(memo.analysis(of: line, by: analyzer) == analyzer.analyze(line), "\(line)")
            let shifted = Self.shiftingDigits(line)
            let variant = shifted == line ? line + " Order 12345 by 4pm." : shifted
            if shifted == line { _ = memo.analysis(of: line + " Order 99999 by 9pm.", by: analyzer) }
            let hitsBefore = memo.hits
            #expect(memo.analysis(of: variant, by: analyzer) == analyzer.analyze(variant), "\(variant)")
            #expect(memo.hits == hitsBefore + 1)
        }
    }

    /// A full generation becomes the previous one: a line read again from it is answered (and kept),
    /// a line from the generation before that is read afresh.
    @Test func linesSurviveOneTurnoverOfGenerations() {
        let analyzer = Analyzer(), memo = AnalysisMemo(capacity: 2)
        for line in ["Sorry about that.", "Thanks for waiting.", "Can you tell me what happened?"] { _ = memo.analysis(of: line, by: analyzer) }
        #expect(memo.analysis(of: "Sorry about that.", by: analyzer) == analyzer.analyze("Sorry about that."))
        #expect(memo.hits == 1, "kept from the previous generation")
        _ = memo.analysis(of: "I'll refund it today.", by: analyzer)
        #expect(memo.analysis(of: "Thanks for waiting.", by: analyzer) == analyzer.analyze("Thanks for waiting."))
        #expect(memo.hits == 1, "two turnovers ago: read afresh")
        #expect(memo.lookups == 6)
    }

    /// `line` with each ASCII digit moved on by seven.
    static func shiftingDigits(_ line: String) -> String {
        String(decoding: line.utf8.map { $0 >= 0x30 && $0 <= 0x39 ? 0x30 + ($0 - 0x30 + 7) % 10 : $0 }, as: UTF8.self)
    }
}
