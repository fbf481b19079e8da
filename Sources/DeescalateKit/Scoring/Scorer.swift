/// Grades transcripts: runs each rule in a fixed order, sums findings into step scores and a total,
/// and writes feedback. Grades depend on the transcript alone: the same transcript always gets the
/// same grade.
public struct Scorer: Sendable {
    /// The scorer's name and version, recorded in every grade. Bump it whenever a grade could change.
    public static let version = "deescalate-scorer 10"

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
        UnansweredQuestionRule(),
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
        // Each rule asked through the buffer, where a `flatMap` over the array copied every rule's
        // existential box in and out for every grade.
        var found: [Finding] = []
        found.reserveCapacity(32)
        rules.withUnsafeBufferPointer { rules in
            for k in rules.indices { found += rules[k].findings(in: context) }
        }
        let findings = Self.byTurn(found)

        // Per step, in LAST order (small arrays: this runs for every transcript of a batch). Sums
        // saturate: a rubric built in code (not read from a file, which is range-checked) may give
        // any points, and no rubric may trap the grader.
        var sums = [0, 0, 0, 0]
        var sessionPoints = 0
        for finding in findings {
            if let step = finding.step {
                sums[step.index] = Self.saturatingSum(sums[step.index], finding.points)
            } else {
                sessionPoints = Self.saturatingSum(sessionPoints, finding.points)
            }
        }
        // Sized for the four steps at once: grown one insertion at a time it was rehashed twice per grade.
        var steps = [Step: Int](minimumCapacity: Step.allCases.count)
        for step in Step.allCases { steps[step] = min(100, max(0, sums[step.index])) }
        let base = Self.weightedMean(byIndex: sums.map { min(100, max(0, $0)) }, weights: rubric.weights)
        // `base` is within 0–100 and session points are clamped before they meet it, so the sum is
        // finite and the conversion to Int cannot trap.
        let session = Double(min(1_000, max(-1_000, sessionPoints)))
        var total = Int(min(100, max(0, (base + session).rounded())))

        // A pass mark outside 0–100 (only possible in code) means "everyone" or "no one" passes.
        let passMark = min(101, max(0, rubric.passMark))
        let failing = findings.first { $0.rule == "outright-fail" }
        // Cited by reply number, as the feedback and `notPassedBecause` cite it.
        let failedBecause = failing.map { fail in
            let reply = context.traineeTurns.first { $0.number == fail.turn }.map { "reply \($0.position + 1)" } ?? "turn \(fail.turn)"
            return "\(fail.message) (\(reply): \"\(fail.words)\")"
        }
        // A simulated customer whose problem was not solved is not a pass, whatever the steps scored.
        let unsolved = context.unsolvedBecause
        if failing != nil || unsolved != nil { total = max(0, min(total, passMark - 1)) }
        let passed = failing == nil && unsolved == nil && total >= passMark
        let feedback = FeedbackWriter(context: context, steps: steps, findings: findings).feedback()
        return Grade(scorer: Self.version, rubric: rubric.label, total: total, passed: passed, steps: steps,
                     failedBecause: failedBecause, notPassedBecause: unsolved, findings: findings, feedback: feedback)
    }

    /// `findings` in order of the turn they cite, those of one turn in the order found (a stable
    /// sort). Rules report a few findings each, mostly in turn order already, so for a usual grade
    /// the order is worked out on positions by insertion and the findings copied once; sorting
    /// pairs of position and finding copied each finding three times, every grade.
    static func byTurn(_ findings: [Finding]) -> [Finding] {
        // Insertion is quadratic: a long transcript's many findings take the library's sort.
        guard findings.count <= 64 else {
            return findings.enumerated().sorted { ($0.element.turn, $0.offset) < ($1.element.turn, $1.offset) }.map(\.element)
        }
        var order = Array(findings.indices)
        for k in order.indices.dropFirst() {
            let moving = order[k], turn = findings[moving].turn
            var j = k
            while j > 0, findings[order[j - 1]].turn > turn {
                order[j] = order[j - 1]
                j -= 1
            }
            order[j] = moving
        }
        return order.map { findings[$0] }
    }

    /// `a + b`, held at Int's bounds instead of trapping.
    static func saturatingSum(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? .max : .min) : sum
    }

    /// The weighted mean of the step scores (0–100), 0 when no weight counts. Weights that are not
    /// finite or below 0 count as 0. Read from a file they are 0–100; built in code they may be
    /// anything, and 4 × 1e308 overflows to infinity (infinity / infinity is NaN, which traps as an
    /// Int), so such weights are first scaled by the largest: only their ratios matter.
    static func weightedMean(_ scores: [Step: Int], weights: [Step: Double]) -> Double {
        weightedMean(byIndex: Step.allCases.map { scores[$0] ?? 0 }, weights: weights)
    }

    /// `weightedMean` of scores given in LAST order (the scorer's sums): half the table look-ups.
    static func weightedMean(byIndex scores: [Int], weights: [Step: Double]) -> Double {
        var usable: [(score: Double, weight: Double)] = Step.allCases.map { step in
            let weight = weights[step] ?? 0
            return (Double(step.index < scores.count ? scores[step.index] : 0), weight.isFinite && weight > 0 ? weight : 0)
        }
        func mean() -> Double {
            var weightSum = 0.0, weighted = 0.0
            for item in usable {
                weightSum += item.weight
                weighted += item.score * item.weight
            }
            return weightSum > 0 ? weighted / weightSum : 0
        }
        var result = mean()
        if !result.isFinite, let largest = usable.map(\.weight).max(), largest > 0 {
            usable = usable.map { ($0.score, $0.weight / largest) }
            result = mean()
        }
        return result.isFinite ? min(100, max(0, result)) : 0
    }
}
