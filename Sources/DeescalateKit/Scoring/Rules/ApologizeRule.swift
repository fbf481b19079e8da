/// Apologize: an apology for the experience and empathy that names the feeling — early, once, and not
/// erased by an excuse.
struct ApologizeRule: ScoringRule {
    let id = "apologize"

    func findings(in context: ScoringContext) -> [Finding] {
        let rubric = context.rubric
        var findings: [Finding] = []
        let sincere = context.traineeTurns.first { turn in
            !turn.analysis.moves(of: .apology).isEmpty && turn.analysis.moves(of: .excuse).isEmpty
        }
        if let sincere, let move = sincere.analysis.moves(of: .apology).first {
            findings.append(Finding(rule: id, step: .apologize, turn: sincere.number, words: move.evidence.words,
                                    points: rubric.points("apologize.first"), message: "apologised for the experience"))
            if sincere.number <= 4 {
                findings.append(Finding(rule: "apologize-early", step: .apologize, turn: sincere.number, words: move.evidence.words,
                                        points: rubric.points("apologize.early"), message: "apologised early"))
            }
        }
        if let empathic = context.traineeTurns.first(where: { !$0.analysis.moves(of: .empathy).isEmpty }),
           let move = empathic.analysis.moves(of: .empathy).first {
            findings.append(Finding(rule: "empathy", step: .apologize, turn: empathic.number, words: move.evidence.words,
                                    points: rubric.points("apologize.empathy"), message: "named or validated the feeling"))
        }
        for turn in context.traineeTurns {
            guard let excuse = turn.analysis.moves(of: .excuse).first else { continue }
            findings.append(Finding(rule: "excuse-after-apology", step: .apologize, turn: turn.number, words: excuse.evidence.words,
                                    points: rubric.points("apologize.erased-by-excuse"),
                                    message: "an excuse straight after the apology erased it"))
        }
        return findings
    }
}
