/// Grades transcripts: runs each rule in a fixed order, sums findings into step scores and a total,
/// and writes feedback. The same transcript always gets the same grade.
public struct Scorer: Sendable {
    /// The scorer's name and version, recorded in every grade.
    public static let version = "deescalate-scorer 1"

    /// Kinds of move that fail a session outright when aimed at a customer.
    public static let failingHarms: Set<MoveKind> = [.insult, .threat]

    /// The rubric in force.
    public let rubric: Rubric
    /// The rules, in the order they run.
    public let rules: [any ScoringRule]
    private let analyzer: Analyzer

    /// A scorer with the standard rules.
    public init(rubric: Rubric = .standard, analyzer: Analyzer = Analyzer()) {
        self.rubric = rubric
        self.analyzer = analyzer
        rules = [ListenRule(), ApologizeRule(), SolveRule(), ThankRule(), HarmRule(), OrderRule(), OutcomeRule()]
    }

    /// The grade of `transcript`, computed from its turns alone (any stored grade is ignored).
    public func grade(_ transcript: Transcript) -> Grade {
        var traineeTurns: [ScoringContext.TraineeTurn] = []
        for (index, turn) in transcript.turns.enumerated() where turn.speaker == .trainee {
            traineeTurns.append(.init(number: index + 1, turn: turn, analysis: analyzer.analyze(turn.text)))
        }
        let context = ScoringContext(transcript: transcript, traineeTurns: traineeTurns, rubric: rubric)
        let findings = rules.flatMap { $0.findings(in: context) }
            .enumerated().sorted { ($0.element.turn, $0.offset) < ($1.element.turn, $1.offset) }.map(\.element)

        var steps: [Step: Int] = [:]
        for step in Step.allCases {
            let sum = findings.filter { $0.step == step }.reduce(0) { $0 + $1.points }
            steps[step] = min(100, max(0, sum))
        }
        let weightSum = Step.allCases.reduce(0.0) { $0 + (rubric.weights[$1] ?? 0) }
        let weighted = Step.allCases.reduce(0.0) { $0 + Double(steps[$1]!) * (rubric.weights[$1] ?? 0) }
        let base = weightSum > 0 ? weighted / weightSum : 0
        let sessionPoints = findings.filter { $0.step == nil }.reduce(0) { $0 + $1.points }
        let total = min(100, max(0, Int((base + Double(sessionPoints)).rounded())))

        let failing = traineeTurns.lazy.compactMap { turn in
            turn.analysis.moves.first { Self.failingHarms.contains($0.kind) }.map { (turn, $0) }
        }.first
        let failedBecause = failing.map { turn, move in
            "\(move.kind.label) at the customer in turn \(turn.number): \"\(move.evidence.words)\""
        }
        let passed = failedBecause == nil && total >= rubric.passMark
        let feedback = FeedbackWriter(context: context, steps: steps, findings: findings).feedback()
        return Grade(scorer: Self.version, rubric: rubric.label, total: failedBecause == nil ? total : min(total, rubric.passMark - 1),
                     passed: passed, steps: steps, failedBecause: failedBecause, findings: findings, feedback: feedback)
    }
}
