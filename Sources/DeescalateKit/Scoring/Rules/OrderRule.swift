/// Order: Listen, Apologize, Solve, Thank in sequence is rewarded — all four, since a bonus for the
/// order of three would lift a session that skipped a step; steps out of order cost a little.
/// Order is by turn: steps begun in the same turn are in order whichever comes first in it
/// ("I'm sorry — what happened?" is natural).
struct OrderRule: ScoringRule {
    let id = "order"

    func findings(in context: ScoringContext) -> [Finding] {
        let firsts = Step.allCases.compactMap { step in context.firstTurn(performing: step).map { (step, $0.number) } }
        guard firsts.count >= 2 else { return [] }
        let inOrder = zip(firsts, firsts.dropFirst()).allSatisfy { $0.1 <= $1.1 }
        let sequence = firsts.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map { $0.0.title }.joined(separator: " → ")
        if inOrder, firsts.count < Step.allCases.count {
            let missing = Step.allCases.filter { step in !firsts.contains { $0.0 == step } }.map(\.title).joined(separator: ", ")
            return [Finding(rule: id, step: nil, turn: 0, words: "", points: 0,
                            message: "steps in order (\(sequence)), but no \(missing): the full LAST sequence earns the order points")]
        }
        return [Finding(rule: id, step: nil, turn: 0, words: "",
                        points: context.rubric.points(inOrder ? "order.in-sequence" : "order.out-of-sequence"),
                        message: inOrder ? "steps in LAST order (\(sequence))" : "steps out of LAST order (\(sequence))")]
    }
}
