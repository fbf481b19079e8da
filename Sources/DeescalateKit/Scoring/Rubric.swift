/// How a grade is computed: step weights, the pass mark and the points each rule gives or takes.
public struct Rubric: Sendable, Equatable {
    /// The rubric's name and version, recorded in every grade, e.g. "default 1".
    public var name: String
    /// The rubric's own version.
    public var version: Int
    /// Weight of each step in the total (they need not sum to 1; the total is the weighted mean).
    public var weights: [Step: Double]
    /// The total needed to pass.
    public var passMark: Int
    /// Points per finding kind, by key (see `Rubric.defaultPoints`).
    public var points: [String: Int]

    /// The rubric used when no `--rubric` is given.
    public static let standard = Rubric(
        name: "default", version: 1,
        weights: [.listen: 0.3, .apologize: 0.25, .solve: 0.3, .thank: 0.15],
        passMark: 60, points: defaultPoints)

    /// The default points of each finding kind.
    public static let defaultPoints: [String: Int] = [
        "listen.first": 50, "listen.reflection": 25, "listen.more": 15, "listen.solved-before-heard": -30,
        "apologize.first": 60, "apologize.empathy": 30, "apologize.early": 10, "apologize.erased-by-excuse": -40,
        "solve.first": 45, "solve.concrete": 20, "solve.options": 15, "solve.follow-up": 10, "solve.accepted": 20,
        "thank.closing": 100, "thank.early-only": 50,
        "harm.each": -10, "order.in-sequence": 5, "order.out-of-sequence": -5,
        "outcome.resolved": 5, "outcome.escalated": -15, "outcome.abandoned": -5,
    ]

    /// Creates a rubric.
    public init(name: String, version: Int, weights: [Step: Double], passMark: Int, points: [String: Int]) {
        self.name = name
        self.version = version
        self.weights = weights
        self.passMark = passMark
        self.points = points
    }

    /// The points for `key` (zero for keys the rubric leaves out).
    public func points(_ key: String) -> Int { points[key] ?? Self.defaultPoints[key] ?? 0 }

    /// "name version", as recorded in grades.
    public var label: String { "\(name) \(version)" }
}
