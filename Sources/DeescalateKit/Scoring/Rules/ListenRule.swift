/// Listen: the trainee explored the problem (questions, reflecting back, inviting more) — and did so
/// before offering solutions.
struct ListenRule: ScoringRule {
    let id = "listen"

    func findings(in context: ScoringContext) -> [Finding] {
        let rubric = context.rubric
        var findings: [Finding] = []
        let listening = context.traineeTurns.filter { $0.analysis.performs(.listen) }
        if let first = listening.first, let move = context.firstMove(.listen, in: first) {
            findings.append(Finding(rule: id, step: .listen, turn: first.number, words: move.evidence.words,
                                    points: rubric.points("listen.first"), message: "explored the problem (\(move.kind.label))"))
        }
        if let reflecting = context.traineeTurns.first(where: { !$0.analysis.moves(of: .reflection).isEmpty }),
           let move = reflecting.analysis.moves(of: .reflection).first {
            findings.append(Finding(rule: id, step: .listen, turn: reflecting.number, words: move.evidence.words,
                                    points: rubric.points("listen.reflection"), message: "reflected back what the customer said"))
        }
        if listening.count > 1, let second = listening.dropFirst().first, let move = context.firstMove(.listen, in: second) {
            findings.append(Finding(rule: id, step: .listen, turn: second.number, words: move.evidence.words,
                                    points: rubric.points("listen.more"), message: "kept listening"))
        }
        if let solving = context.firstTurn(performing: .solve),
           listening.first.map({ $0.number > solving.number }) ?? true,
           let move = context.firstMove(.solve, in: solving) {
            findings.append(Finding(rule: "listen-before-solve", step: .listen, turn: solving.number, words: move.evidence.words,
                                    points: rubric.points("listen.solved-before-heard"),
                                    message: "offered a solution before the customer had been heard"))
        }
        return findings
    }
}
