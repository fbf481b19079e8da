/// How one trainee moved over their saved practice sessions: per LAST step and for the total, the
/// scores session by session (oldest first), the trend over the last sessions, the weakest step, and
/// the outcomes per persona and difficulty. Grades are recomputed from each transcript.
public struct TraineeProgress: Sendable {
    /// One graded session.
    public struct Session: Sendable {
        /// The file it was read from, as given.
        public var file: String
        /// The transcript.
        public var transcript: Transcript
        /// Its grade, computed now.
        public var grade: Grade
        /// The persona's difficulty, when the persona is in the persona folder.
        public var difficulty: Persona.Difficulty?

        /// Creates a session.
        public init(file: String, transcript: Transcript, grade: Grade, difficulty: Persona.Difficulty? = nil) {
            self.file = file
            self.transcript = transcript
            self.grade = grade
            self.difficulty = difficulty
        }

        /// The score of `measure` in this session.
        public func score(_ measure: Measure) -> Int {
            switch measure {
            case .step(let step): grade.score(step)
            case .total: grade.total
            }
        }
    }

    /// What is followed: one LAST step, or the total.
    public enum Measure: Sendable, Hashable, CaseIterable {
        case step(Step)
        case total

        /// The four steps in LAST order, then the total.
        public static var allCases: [Measure] { Step.allCases.map(Measure.step) + [.total] }

        /// "Listen", …, "Total".
        public var title: String {
            switch self {
            case .step(let step): step.title
            case .total: "Total"
            }
        }

        /// "listen", …, "total": keys in JSON and CSV.
        public var key: String {
            switch self {
            case .step(let step): step.rawValue
            case .total: "total"
            }
        }
    }

    /// The figures of one measure.
    public struct Series: Sendable, Equatable {
        /// The scores, oldest session first.
        public var scores: [Int]
        /// The least-squares slope over the last `window` scores, in points per session (nil with
        /// fewer than two sessions).
        public var trend: Double?
        /// The mean of the last `window` scores.
        public var recentMean: Double

        /// The oldest session's score.
        public var first: Int { scores.first ?? 0 }
        /// The latest session's score.
        public var latest: Int { scores.last ?? 0 }
        /// The best score.
        public var best: Int { scores.max() ?? 0 }
        /// The mean of all the scores.
        public var mean: Double { scores.isEmpty ? 0 : Double(scores.reduce(0) { $0 + Self.bounded($1) }) / Double(scores.count) }

        static func bounded(_ score: Int) -> Int { min(100, max(0, score)) }
    }

    /// Outcomes of the sessions with one persona.
    public struct PersonaOutcomes: Sendable, Equatable {
        /// The persona's id.
        public var id: String
        /// The customer's name.
        public var name: String
        /// The persona's difficulty, when the persona is in the persona folder.
        public var difficulty: Persona.Difficulty?
        /// Sessions with this persona.
        public var sessions = 0
        /// How many ended each way.
        public var outcomes: [Outcome: Int] = [:]
        /// How many passed.
        public var passed = 0
        /// The sum of their totals (each held to 0–100).
        public var totalSum = 0
        /// The mean total of these sessions.
        public var meanTotal: Double { sessions == 0 ? 0 : Double(totalSum) / Double(sessions) }
    }

    /// The trainee, as recorded in the transcripts.
    public let trainee: String
    /// The sessions, oldest first.
    public let sessions: [Session]
    /// How many of the last sessions the trend and the weakest step look at.
    public let window: Int
    /// The figures per measure.
    public let series: [Measure: Series]

    /// The progress over `sessions` (any order; they are put in time order), with the trend and the
    /// weakest step over the last `window` sessions.
    public init(trainee: String, sessions: [Session], window: Int = 10) {
        self.trainee = trainee
        self.window = max(2, window)
        let ordered = sessions.enumerated().sorted { lhs, rhs in
            let left = lhs.element.transcript.startedAt ?? "", right = rhs.element.transcript.startedAt ?? ""
            return (left, lhs.element.file, lhs.offset) < (right, rhs.element.file, rhs.offset)
        }.map(\.element)
        self.sessions = ordered
        var series: [Measure: Series] = [:]
        for measure in Measure.allCases {
            let scores = ordered.map { Series.bounded($0.score(measure)) }
            let recent = Array(scores.suffix(self.window))
            series[measure] = Series(scores: scores, trend: Self.slope(recent),
                                     recentMean: recent.isEmpty ? 0 : Double(recent.reduce(0, +)) / Double(recent.count))
        }
        self.series = series
    }

    /// The figures of `measure`.
    public subscript(measure: Measure) -> Series { series[measure] ?? Series(scores: [], trend: nil, recentMean: 0) }

    /// The step with the lowest mean over the last `window` sessions (first in LAST order on ties).
    public var weakestStep: Step {
        Step.allCases.min { self[.step($0)].recentMean < self[.step($1)].recentMean } ?? .listen
    }

    /// How many sessions the trend looks at (the last `window`, or all when fewer).
    public var trendSessions: Int { min(window, sessions.count) }

    /// The least-squares slope of `values` against 0, 1, 2, …: points per session; nil for fewer than two.
    public static func slope(_ values: [Int]) -> Double? {
        guard values.count >= 2 else { return nil }
        let n = Double(values.count)
        let meanX = (n - 1) / 2
        let meanY = Double(values.reduce(0, +)) / n
        var numerator = 0.0, denominator = 0.0
        for (index, value) in values.enumerated() {
            let dx = Double(index) - meanX
            numerator += dx * (Double(value) - meanY)
            denominator += dx * dx
        }
        return numerator / denominator
    }

    /// Outcomes per persona, in the order personas were first practised.
    public var personaOutcomes: [PersonaOutcomes] {
        var order: [String] = []
        var byID: [String: PersonaOutcomes] = [:]
        for session in sessions {
            let id = session.transcript.persona?.id ?? "?"
            if byID[id] == nil {
                byID[id] = PersonaOutcomes(id: id, name: session.transcript.persona?.name ?? id, difficulty: session.difficulty)
                order.append(id)
            }
            byID[id]!.sessions += 1
            if let outcome = session.transcript.outcome { byID[id]!.outcomes[outcome, default: 0] += 1 }
            if session.grade.passed { byID[id]!.passed += 1 }
            byID[id]!.totalSum += Series.bounded(session.grade.total)
        }
        return order.compactMap { byID[$0] }
    }

    /// Sessions and passes per difficulty, easy to hard (only difficulties practised).
    public var difficultyOutcomes: [(difficulty: Persona.Difficulty?, sessions: Int, resolved: Int, passed: Int)] {
        let levels: [Persona.Difficulty?] = Persona.Difficulty.allCases.map(Optional.some) + [nil]
        return levels.compactMap { level in
            let matching = sessions.filter { $0.difficulty == level }
            guard !matching.isEmpty else { return nil }
            return (level, matching.count, matching.filter { $0.transcript.outcome == .resolved }.count, matching.filter(\.grade.passed).count)
        }
    }

    /// A sparkline of `scores` (0–100) in block characters, one per session: ▁ for 0–12, ▂ 13–25, … █ for 89–100.
    public static func sparkline(_ scores: [Int]) -> String {
        let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        return String(scores.map { blocks[min(7, max(0, Series.bounded($0) * 8 / 101))] })
    }
}
