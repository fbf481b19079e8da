import Testing
@testable import DeescalateKit

/// Reporting frames ("so you were told", "you're saying") summarise the customer's story; they are
/// listening, not an accusation, unless the same sentence doubts the customer.
@Suite("Analyzer reflections")
struct AnalyzerReflectionTests {
    static let cases: [LabelCase] = [
        .init(name: "so you were told … then you got a bill",
              text: "So you were told in the shop that roaming was included, and then you got a bill for £412?", labels: [.listen]),
        .init(name: "so you're telling me", text: "So you're telling me the engineer never turned up?", labels: [.listen]),
        .init(name: "so you're saying", text: "So you're saying you were charged twice for one order.", labels: [.listen]),
        .init(name: "so you were promised", text: "So you were promised a callback on Tuesday and nobody rang?", labels: [.listen]),
        // Look-alikes that must stay harmful.
        .init(name: "doubt inside the summary", text: "So you're telling me it just broke by itself?", labels: [.harmful]),
        .init(name: "you were told, as blame", text: "You were told the rules when you signed up.", labels: [.harmful]),
        // Naming what the problem cost the customer restates their facts.
        .init(name: "a wasted day off", text: "That's a wasted morning off work, and I'm sorry.", labels: [.listen, .apologize]),
        .init(name: "a long time to wait", text: "That is a really long wait for a replacement card.", labels: [.listen]),
        .init(name: "far too long", text: "Five calls in a week? That's far too long.", labels: [.listen]),
        .init(name: "weeks without", text: "That's two weeks without hot water.", labels: [.listen]),
        .init(name: "a lot to cope with", text: "This is a lot to cope with on top of the move.", labels: [.listen]),
        // Look-alikes: the past, and a time that answers a question.
        .init(name: "a long time ago", text: "That was a long time ago.", labels: [.neutral]),
        .init(name: "a time given", text: "That's three days from the order date.", labels: [.neutral]),
    ]

    @Test(arguments: cases)
    func labels(_ c: LabelCase) {
        #expect(AnalyzerEvaluation.labels(of: Analyzer().analyze(c.text)) == c.labels, "\(Analyzer().analyze(c.text).moves)")
    }
}
