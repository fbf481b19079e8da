/// A transcript's grade against the LAST model: a score per step, a weighted total, and the
/// findings and feedback behind every point.
public struct Grade: Sendable, Equatable {
    /// Which scorer produced it, e.g. "deescalate-scorer 1".
    public var scorer: String
    /// Which rubric, e.g. "default 1".
    public var rubric: String
    /// The weighted total, 0–100.
    public var total: Int
    /// Whether the total reached the pass mark and nothing failed the session outright.
    public var passed: Bool
    /// 0–100 per LAST step.
    public var steps: [Step: Int]
    /// Why the session failed outright (insult, profanity or threat at the customer), if it did.
    public var failedBecause: String?
    /// Why a simulator session does not pass whatever its steps scored: the customer's problem was
    /// not solved (the session ended escalated or abandoned), in a sentence citing the last reply.
    public var notPassedBecause: String?
    /// Every finding, in turn order, each citing its turn and words.
    public var findings: [Finding]
    /// Advice for the trainee, most important first.
    public var feedback: [Feedback]

    /// Creates a grade.
    public init(scorer: String, rubric: String, total: Int, passed: Bool, steps: [Step: Int], failedBecause: String? = nil,
                notPassedBecause: String? = nil, findings: [Finding], feedback: [Feedback]) {
        self.notPassedBecause = notPassedBecause
        self.scorer = scorer
        self.rubric = rubric
        self.total = total
        self.passed = passed
        self.steps = steps
        self.failedBecause = failedBecause
        self.findings = findings
        self.feedback = feedback
    }

    /// The score of one step (0 when absent).
    public func score(_ step: Step) -> Int { steps[step] ?? 0 }

    /// The lowest-scoring step (first in LAST order on ties).
    public var weakestStep: Step { Step.allCases.min { score($0) < score($1) } ?? .listen }
}

/// One observation behind a score: what rule saw, where, and what it was worth.
public struct Finding: Sendable, Equatable {
    /// The rule that found it, e.g. "listen-before-solve".
    public var rule: String
    /// The step it counts towards; nil for findings on the whole session (harm, order, outcome).
    public var step: Step?
    /// The 1-based turn number it cites (0 when it is about the whole conversation).
    public var turn: Int
    /// The words cited, as said.
    public var words: String
    /// Points added (positive) or taken (negative) on the step's 0–100 scale, or on the total for
    /// findings without a step.
    public var points: Int
    /// What happened, in a sentence.
    public var message: String

    /// Creates a finding.
    public init(rule: String, step: Step?, turn: Int, words: String, points: Int, message: String) {
        self.rule = rule
        self.step = step
        self.turn = turn
        self.words = words
        self.points = points
        self.message = message
    }
}

/// One piece of feedback: something to work on (what happened, citing the reply, and what to try
/// instead), or something that went well, citing the reply that did it.
public struct Feedback: Sendable, Equatable {
    /// Whether the feedback is advice or praise.
    public enum Kind: String, Sendable, Equatable, CaseIterable {
        /// Something to do differently next time.
        case improve
        /// Something that worked, worth doing again.
        case wentWell = "went-well"
    }

    /// The step it is about, or nil for the whole session.
    public var step: Step?
    /// The transcript turn it cites, 1-based, customer lines counted too (0 when none).
    public var turn: Int
    /// The trainee reply it cites, numbered among the trainee's own replies from 1 (nil when none):
    /// the number the message uses ("your 2nd reply").
    public var reply: Int?
    /// Advice or praise.
    public var kind: Kind
    /// The feedback, in a sentence or two.
    public var message: String

    /// Creates feedback.
    public init(step: Step?, turn: Int, reply: Int? = nil, kind: Kind = .improve, message: String) {
        self.step = step
        self.turn = turn
        self.reply = reply
        self.kind = kind
        self.message = message
    }
}
