/// A moment of a session where the trainee's reply missed a step or did harm, with a model reply
/// for that moment quoted from the persona (written by its author, never generated).
public struct ModelReplyMoment: Sendable, Equatable {
    /// Why the moment was chosen.
    public enum Reason: Sendable, Equatable {
        /// The reply did harm, of these kinds.
        case harm([MoveKind])
        /// The reply (and every one before it) left out these steps, which the grade found weak and
        /// the model reply performs.
        case missed([Step])

        /// "did harm (blame)", "missed Listen and Apologize".
        public var description: String {
            switch self {
            case .harm(let kinds): return "did harm (\(kinds.map(\.label).joined(separator: ", ")))"
            case .missed(let steps): return "missed " + Self.list(steps.map(\.title))
            }
        }

        private static func list(_ items: [String]) -> String {
            guard items.count > 1, let last = items.last else { return items.first ?? "" }
            return items.dropLast().joined(separator: ", ") + " and " + last
        }
    }

    /// The trainee's reply, as a 1-based turn number of the transcript (as grades cite turns).
    public var turn: Int
    /// The same reply counted among the trainee's replies, 1-based (`practice --retry FILE --turn N`).
    public var reply: Int
    /// Why this moment.
    public var reason: Reason
    /// What the customer had just said.
    public var customerSaid: String
    /// What the trainee said.
    public var traineeSaid: String
    /// The model reply, quoted from the persona with its placeholders filled in.
    public var modelReply: String
    /// The LAST steps the model reply performs.
    public var modelSteps: [Step]
    /// Where in the persona file the model reply is, e.g. `modelReplies.opening` or
    /// `grievance.facts[was-home].modelReplies`.
    public var source: String

    /// Creates a moment.
    public init(turn: Int, reply: Int, reason: Reason, customerSaid: String, traineeSaid: String, modelReply: String,
                modelSteps: [Step], source: String) {
        self.turn = turn
        self.reply = reply
        self.reason = reason
        self.customerSaid = customerSaid
        self.traineeSaid = traineeSaid
        self.modelReply = modelReply
        self.modelSteps = modelSteps
        self.source = source
    }
}
