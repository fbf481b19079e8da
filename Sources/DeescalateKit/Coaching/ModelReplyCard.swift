/// The model replies of a grade card as plain text lines, after the card: for each moment, what the
/// customer said, what the trainee said, the author's model reply, and the command to try it again.
public struct ModelReplyCard {
    /// One line, with a role the renderer may style.
    public struct Line: Sendable, Equatable {
        /// What the line is, for styling.
        public enum Role: Sendable, Equatable { case heading, moment, said, model, command }
        /// The role.
        public var role: Role
        /// The text (user words already made safe).
        public var text: String
    }

    private let moments: [ModelReplyMoment]
    private let customer: String
    private let retryCommand: String?

    /// A card for `moments`; `retryCommand` is the start of a retry command for the session
    /// (`deescalate practice --retry FILE`), to which ` --turn N` is added.
    public init(moments: [ModelReplyMoment], customer: String, retryCommand: String? = nil) {
        self.moments = moments
        self.customer = customer
        self.retryCommand = retryCommand
    }

    /// The lines; none when there is no moment.
    public func lines() -> [Line] {
        guard !moments.isEmpty else { return [] }
        var lines = [Line(role: .heading, text: "Model replies (written by the persona's author)")]
        for moment in moments {
            lines.append(Line(role: .moment, text: "  Turn \(moment.turn) (your reply \(moment.reply)) \(moment.reason.description):"))
            lines.append(Line(role: .said, text: "    \(SafeText.sanitized(customer)): “\(SafeText.quoted(moment.customerSaid, limit: 100))”"))
            lines.append(Line(role: .said, text: "    you said: “\(SafeText.quoted(moment.traineeSaid, limit: 200))”"))
            lines.append(Line(role: .model, text: "    a model reply: “\(SafeText.quoted(moment.modelReply, limit: 400))”"))
            if let retryCommand {
                lines.append(Line(role: .command, text: "    try it again: \(retryCommand) --turn \(moment.reply)"))
            }
        }
        return lines
    }
}
