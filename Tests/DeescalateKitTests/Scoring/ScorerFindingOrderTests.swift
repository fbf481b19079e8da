import Testing
@testable import DeescalateKit

/// Findings come out in order of the turn they cite, those of one turn in the order the rules found
/// them, whichever way the order is worked out (by insertion for a usual grade, by the library's
/// sort past 64 findings).
struct ScorerFindingOrderTests {
    @Test(arguments: [0, 1, 2, 7, 40, 64, 65, 300])
    func findingsAreStablySortedByTurn(count: Int) {
        var random = SeededRandom(seed: UInt64(count) + 11)
        let findings = (0..<count).map { k in
            Finding(rule: "rule-\(k)", step: nil, turn: Int(random.next() % 9), words: "", points: 0, message: "")
        }
        let expected = findings.enumerated().sorted { ($0.element.turn, $0.offset) < ($1.element.turn, $1.offset) }.map(\.element.rule)
        #expect(Scorer.byTurn(findings).map(\.rule) == expected)
    }
}
