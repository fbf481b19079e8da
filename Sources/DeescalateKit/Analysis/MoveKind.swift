/// The four LAST steps, in the order the model teaches them.
public enum Step: String, Sendable, CaseIterable, Codable, Comparable {
    case listen, apologize, solve, thank

    /// The step's name for people: "Listen", "Apologize", ...
    public var title: String {
        switch self {
        case .listen: "Listen"
        case .apologize: "Apologize"
        case .solve: "Solve"
        case .thank: "Thank"
        }
    }

    /// The step's place in LAST order, from 0.
    public var index: Int {
        switch self {
        case .listen: 0
        case .apologize: 1
        case .solve: 2
        case .thank: 3
        }
    }

    public static func < (lhs: Step, rhs: Step) -> Bool { lhs.index < rhs.index }
}

/// What a move belongs to: one of the LAST steps, a calm boundary, or a harm.
public enum MoveCategory: String, Sendable, CaseIterable, Codable {
    case listen, apologize, solve, thank, boundary, harm

    /// The LAST step, for the four step categories. (A switch, not `Step(rawValue: rawValue)`:
    /// scoring asks this of every move, and that built and matched a string each time.)
    public var step: Step? {
        switch self {
        case .listen: .listen
        case .apologize: .apologize
        case .solve: .solve
        case .thank: .thank
        case .boundary, .harm: nil
        }
    }
}

/// One kind of thing a trainee can do in a reply. Raw values are the names used in files and output.
public enum MoveKind: String, Sendable, CaseIterable, Codable {
    // Listen
    /// An open or clarifying question about the problem.
    case question
    /// Reflecting back or summarising what the customer said.
    case reflection
    /// A short acknowledgement that invites more ("I hear you. Go on.").
    case acknowledgement
    // Apologize
    /// An apology for the customer's experience.
    case apology
    /// Empathy that names or validates the feeling.
    case empathy
    // Solve
    /// A concrete action the trainee will take.
    case action
    /// Several options offered for the customer to choose.
    case options
    /// A commitment with an owner or a time.
    case commitment
    /// A promised follow-up.
    case followUp = "follow-up"
    /// A referral to a supervisor, with a reason.
    case referral
    // Thank
    /// Gratitude to the customer.
    case thanks
    // Boundary
    /// A calm, firm limit on abuse while the offer to help stands.
    case boundary
    // Harms
    /// Blaming the customer.
    case blame
    /// Calling the customer a liar.
    case accusation
    /// Talking down to the customer.
    case condescension
    /// Dismissing the customer or the problem.
    case dismissal
    /// Hiding behind policy.
    case policyWall = "policy-wall"
    /// Telling the customer to calm down.
    case calmDown = "calm-down"
    /// Sarcasm, including hostile keyword stuffing.
    case sarcasm
    /// Insults or profanity aimed at the customer.
    case insult
    /// "Can't" with no alternative offered.
    case refusal
    /// An excuse straight after an apology, which erases it.
    case excuse
    /// An apology that blames the feeling, not the experience ("sorry you feel that way").
    case nonApology = "non-apology"
    /// A threat against the customer.
    case threat

    /// The step, boundary or harm this kind belongs to.
    public var category: MoveCategory {
        switch self {
        case .question, .reflection, .acknowledgement: .listen
        case .apology, .empathy: .apologize
        case .action, .options, .commitment, .followUp, .referral: .solve
        case .thanks: .thank
        case .boundary: .boundary
        case .blame, .accusation, .condescension, .dismissal, .policyWall, .calmDown, .sarcasm, .insult,
             .refusal, .excuse, .nonApology, .threat: .harm
        }
    }

    /// Whether the move is one of the harmful kinds.
    public var isHarmful: Bool { category == .harm }

    /// Words for people, e.g. "policy wall", "follow-up".
    public var label: String {
        switch self {
        case .policyWall: "policy wall"
        case .calmDown: "\"calm down\""
        case .nonApology: "non-apology"
        case .refusal: "\"can't\" with no alternative"
        default: rawValue
        }
    }
}
