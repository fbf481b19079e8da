/// Order: Listen, Apologize, Solve, Thank in sequence is rewarded; steps out of order cost a little.
struct OrderRule: ScoringRule {
    let id = "order"

    func findings(in context: ScoringContext) -> [Finding] {
        let firsts = Step.allCases.compactMap { step in
            context.firstTurn(performing: step).map { turn in (step, turn.number, turn.first(step)?.evidence.start ?? 0) }
        }
        guard firsts.count >= 2 else { return [] }
        let inOrder = zip(firsts, firsts.dropFirst()).allSatisfy { ($0.1, $0.2) <= ($1.1, $1.2) }
        let sequence = firsts.sorted { ($0.1, $0.2) < ($1.1, $1.2) }.map { $0.0.title }.joined(separator: " → ")
        return [Finding(rule: id, step: nil, turn: 0, words: "",
                        points: context.rubric.points(inOrder ? "order.in-sequence" : "order.out-of-sequence"),
                        message: inOrder ? "steps in LAST order (\(sequence))" : "steps out of LAST order (\(sequence))")]
    }
}
