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
        let sequence = firsts.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
        let message = Self.messages[Self.key(sequence)] ?? Self.message(sequence)
        if inOrder, firsts.count < Step.allCases.count {
            return [Finding(rule: id, step: nil, turn: 0, words: "", points: 0, message: message)]
        }
        return [Finding(rule: id, step: nil, turn: 0, words: "",
                        points: context.rubric.points(inOrder ? "order.in-sequence" : "order.out-of-sequence"), message: message)]
    }

    /// The finding's words for steps begun in `sequence` (turn order): in order or not — steps in
    /// LAST order are begun in LAST order, ties going that way — and which are missing.
    static func message(_ sequence: [Step]) -> String {
        let words = sequence.map(\.title).joined(separator: " → ")
        let inOrder = zip(sequence, sequence.dropFirst()).allSatisfy { $0.index < $1.index }
        guard inOrder else { return "steps out of LAST order (\(words))" }
        guard sequence.count < Step.allCases.count else { return "steps in LAST order (\(words))" }
        let missing = Step.allCases.filter { !sequence.contains($0) }.map(\.title).joined(separator: ", ")
        return "steps in order (\(words)), but no \(missing): the full LAST sequence earns the order points"
    }

    /// `message` for every sequence of two to four distinct steps, worked out once: writing it
    /// for every grade (sorting, joining, interpolating) was about a fiftieth of grading a chat.
    static let messages: [Int: String] = {
        var all: [Int: String] = [:]
        func extend(_ sequence: [Step]) {
            if sequence.count >= 2 { all[key(sequence)] = message(sequence) }
            for step in Step.allCases where !sequence.contains(step) { extend(sequence + [step]) }
        }
        extend([])
        return all
    }()

    /// A sequence of steps as a number: each step's place in LAST order plus one, in base 5.
    static func key(_ sequence: [Step]) -> Int { sequence.reduce(0) { $0 * 5 + $1.index + 1 } }
}
