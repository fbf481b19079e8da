/// Listen: the trainee explored the problem — questions, reflecting back, inviting more — and did so
/// before offering a solution.
struct ListenRule: ScoringRule {
    let id = "listen"

    func findings(in context: ScoringContext) -> [Finding] {
        let rubric = context.rubric
        var findings: [Finding] = []
        guard let first = context.firstTurn(performing: .listen), let move = first.first(.listen) else { return [] }
        findings.append(Finding(rule: id, step: .listen, turn: first.number, words: move.evidence.words,
                                points: rubric.points("listen.explored"), message: "explored the problem (\(move.kind.label))"))
        if let asking = context.firstTurn(with: .question), let question = asking.first(.question) {
            findings.append(Finding(rule: "listen-question", step: .listen, turn: asking.number, words: question.evidence.words,
                                    points: rubric.points("listen.question"), message: "asked about the problem"))
        }
        if let reflecting = context.firstTurn(with: .reflection), let reflection = reflecting.first(.reflection) {
            findings.append(Finding(rule: "listen-reflection", step: .listen, turn: reflecting.number, words: reflection.evidence.words,
                                    points: rubric.points("listen.reflection"), message: "reflected back what the customer said"))
        }
        if ListenBeforeSolveRule.heardBeforeSolving(context) {
            findings.append(Finding(rule: "listen-first", step: .listen, turn: first.number, words: move.evidence.words,
                                    points: rubric.points("listen.heard-first"), message: "listened before offering a solution"))
        }
        return findings
    }
}
