/// A flood of apologies is not better than one sincere one: three or more in one turn, or more than
/// half the turns' worth over the conversation, earns nothing more and costs a little.
struct ApologyFloodRule: ScoringRule {
    let id = "apology-flood"

    func findings(in context: ScoringContext) -> [Finding] {
        let turns = context.traineeTurns
        let total = turns.reduce(0) { $0 + $1.facts.apologyCount }
        let flooded = turns.first { $0.facts.apologyCount >= 3 }
        guard flooded != nil || total > max(3, turns.count / 2) else { return [] }
        let cited = flooded ?? turns.last { $0.facts.apologyCount > 0 }!
        return [Finding(rule: id, step: .apologize, turn: cited.number, words: cited.first(.apology)?.evidence.words ?? "",
                        points: context.rubric.points("apologize.flood"),
                        message: "apologised \(total) times; repeated apologies earn nothing more than one sincere one")]
    }
}
