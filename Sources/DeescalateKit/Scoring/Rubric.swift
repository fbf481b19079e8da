/// How a grade is computed: step weights, the pass mark and the points each rule gives or takes.
public struct Rubric: Sendable, Equatable {
    /// The rubric's name, recorded in every grade with its version, e.g. "default 2".
    public var name: String
    /// The rubric's own version.
    public var version: Int
    /// Weight of each step in the total (they need not sum to 1; the total is the weighted mean).
    public var weights: [Step: Double]
    /// The total needed to pass.
    public var passMark: Int
    /// Points per finding kind, by key (see `Rubric.defaultPoints`); keys left out keep their default.
    public var points: [String: Int]

    /// The rubric used when no `--rubric` is given (`docs/rubric.default.json` is the same rubric).
    public static let standard = Rubric(
        name: "default", version: 5,
        weights: [.listen: 0.3, .apologize: 0.25, .solve: 0.3, .thank: 0.15],
        passMark: 60, points: defaultPoints)

    /// The default points of each finding kind. In simulator transcripts `solve.offer` is earned only
    /// by a solution the customer accepted; an offer they did not accept earns `solve.unaccepted`. Step keys add to that step's 0–100 score; `harm.*`,
    /// `fail.*`, `boundary.*`, `order.*`, `outcome.*`, `frustration.*`, `listen.solved-before-heard` and
    /// `solve.question-unanswered` add to the total.
    public static let defaultPoints: [String: Int] = [
        "listen.explored": 40, "listen.question": 15, "listen.reflection": 25, "listen.heard-first": 20,
        "listen.solved-before-heard": -10,
        "apologize.sincere": 50, "apologize.early": 15, "apologize.empathy": 35, "apologize.flood": -10,
        "apologize.erased-by-excuse": -25, "apologize.non-apology": -15,
        "apologize.acknowledged-late": -15, "apologize.not-acknowledged": -35,
        "solve.offer": 40, "solve.concrete": 20, "solve.options": 15, "solve.follow-up": 15, "solve.referral": 10,
        "solve.accepted": 15, "solve.cant": -15, "solve.unaccepted": 15, "solve.need-unmet": -20,
        "solve.question-unanswered": -10,
        "thank.closing": 100, "thank.early-only": 40,
        "harm.each": -10, "harm.policy-wall": -5, "fail.outright": -50, "boundary.held": 5,
        "order.in-sequence": 5, "order.out-of-sequence": -5,
        "outcome.resolved": 5, "outcome.escalated": -15, "outcome.abandoned": -5,
        "frustration.per-10": 1,
    ]

    /// Every key a rubric file may set: the defaults, and a cost per harmful kind (`harm.blame`, …).
    public static let pointKeys: [String] = {
        let harms = MoveKind.allCases.filter { $0.isHarmful && $0 != .excuse && $0 != .nonApology && $0 != .refusal }
            .map { "harm.\($0.rawValue)" }
        return Array(Set(defaultPoints.keys).union(harms)).sorted()
    }()

    /// Creates a rubric.
    public init(name: String, version: Int, weights: [Step: Double], passMark: Int, points: [String: Int]) {
        self.name = name
        self.version = version
        self.weights = weights
        self.passMark = passMark
        self.points = points
    }

    /// The points for `key` (its default for keys the rubric leaves out).
    public func points(_ key: String) -> Int { points[key] ?? Self.defaultPoints[key] ?? 0 }

    /// The cost of one harmful move of `kind`: `harm.KIND` if the rubric sets it, else `harm.each`.
    public func harmPoints(_ kind: MoveKind) -> Int {
        points["harm.\(kind.rawValue)"] ?? Self.defaultPoints["harm.\(kind.rawValue)"] ?? points("harm.each")
    }

    /// "name version", as recorded in grades.
    public var label: String { "\(name) \(version)" }
}
