/// One small, independent check of a transcript against the LAST model. Rules run in a fixed order
/// and return findings; they never change the transcript or each other's results.
public protocol ScoringRule: Sendable {
    /// The rule's identifier, cited by its findings, e.g. "listen-before-solve".
    var id: String { get }
    /// The findings for one transcript.
    func findings(in context: ScoringContext) -> [Finding]
}

/// What every rule sees: the transcript, each trainee turn re-analysed from its text, and the rubric.
public struct ScoringContext: Sendable {
    /// One trainee turn with its analysis.
    public struct TraineeTurn: Sendable {
        /// 1-based turn number in the transcript (customer turns count too), as cited to people.
        public var number: Int
        /// The turn.
        public var turn: Turn
        /// The analyzer's reading of the turn's text (stored moves are not trusted).
        public var analysis: Analysis
    }

    /// The transcript being graded.
    public var transcript: Transcript
    /// The trainee's turns, in order.
    public var traineeTurns: [TraineeTurn]
    /// The rubric in force.
    public var rubric: Rubric

    /// The first trainee turn performing `step`, if any.
    public func firstTurn(performing step: Step) -> TraineeTurn? {
        traineeTurns.first { $0.analysis.performs(step) }
    }

    /// The first move of `category` in a turn, for citing its words.
    public func firstMove(_ category: MoveCategory, in turn: TraineeTurn) -> Move? {
        turn.analysis.moves.first { $0.category == category }
    }
}
