/// Grades transcripts: runs each rule in a fixed order, sums findings into step scores and a total,
/// and writes feedback. Grades depend on the transcript alone: the same transcript always gets the
/// same grade.
public struct Scorer: Sendable {
    /// The scorer's name and version, recorded in every grade. Bump it whenever a grade could change.
    public static let version = "deescalate-scorer 5"

    /// The rubric in force.
    public let rubric: Rubric
    /// The rules, in the order they run.
    public let rules: [any ScoringRule]
    private let analyzer: Analyzer

    /// The standard rules, in the order they run: the four steps, then session-wide findings.
    static let standardRules: [any ScoringRule] = [
        ListenRule(), ListenBeforeSolveRule(),
        ApologyRule(), EmpathyRule(), ApologyFloodRule(), ExcuseRule(), NonApologyRule(),
        AcknowledgeRule(),
        SolveRule(), CommitmentRule(), OptionsRule(), FollowUpRule(), ReferralRule(), RefusalRule(), AcceptanceRule(), NeedRule(),
        ThankRule(),
        HarmRule(), OutrightFailRule(), BoundaryRule(), OrderRule(), OutcomeRule(), FrustrationRule(),
    ]

    /// A scorer with the standard rules.
    public init(rubric: Rubric = .standard, analyzer: Analyzer = Analyzer()) {
        self.rubric = rubric
        self.analyzer = analyzer
        rules = Self.standardRules
    }

    /// The grade of `transcript`, computed from its turns alone (any stored grade or moves are ignored).
    public func grade(_ transcript: Transcript) -> Grade {
        grade(ScoringContext(transcript: transcript, rubric: rubric, analyzer: analyzer))
    }

    /// The grade of `transcript`, reusing `memo`'s readings of lines it has seen (same grade as without).
    public func grade(_ transcript: Transcript, memo: AnalysisMemo?) -> Grade {
        grade(ScoringContext(transcript: transcript, rubric: rubric, analyzer: analyzer, memo: memo))
    }

    /// The grade of `transcript` given the analyzer's reading of each trainee turn, in order — for
    /// benchmarks that time the scorer apart from the analyzer.
    @_spi(Benchmarking)
    public func grade(_ transcript: Transcript, analyses: [Analysis]) -> Grade {
        grade(ScoringContext(transcript: transcript, rubric: rubric, analyzer: analyzer, analyses: analyses))
    }

    private func grade(_ context: ScoringContext) -> Grade {
        let findings = rules.flatMap { $0.findings(in: context) }
            .enumerated().sorted { ($0.element.turn, $0.offset) < ($1.element.turn, $1.offset) }.map(\.element)

        // Per step, in LAST order (small arrays: this runs for every transcript of a batch).
        var sums = [0, 0, 0, 0]
        var sessionPoints = 0
        for finding in findings {
            if let step = finding.step { sums[step.index] += finding.points } else { sessionPoints += finding.points }
        }
        var steps: [Step: Int] = [:]
        var weightSum = 0.0, weighted = 0.0
        for step in Step.allCases {
            let score = min(100, max(0, sums[step.index]))
            steps[step] = score
            let weight = rubric.weights[step] ?? 0
            weightSum += weight
            weighted += Double(score) * weight
        }
        let base = weightSum > 0 ? weighted / weightSum : 0
        var total = min(100, max(0, Int((base + Double(sessionPoints)).rounded())))

        let failing = findings.first { $0.rule == "outright-fail" }
        let failedBecause = failing.map { "\($0.message) (turn \($0.turn): \"\($0.words)\")" }
        // A simulated customer whose problem was not solved is not a pass, whatever the steps scored.
        let unsolved = context.unsolvedBecause
        if failing != nil || unsolved != nil { total = max(0, min(total, rubric.passMark - 1)) }
        let passed = failing == nil && unsolved == nil && total >= rubric.passMark
        let feedback = FeedbackWriter(context: context, steps: steps, findings: findings).feedback()
        return Grade(scorer: Self.version, rubric: rubric.label, total: total, passed: passed, steps: steps,
                     failedBecause: failedBecause, notPassedBecause: unsolved, findings: findings, feedback: feedback)
    }
}
