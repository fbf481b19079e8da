/// What every rule sees: the transcript, each trainee turn re-read from its text (stored moves are
/// not trusted), the outcome (stated by the simulator, or read from a chat log's last customer
/// turn), and the rubric.
public struct ScoringContext: Sendable {
    /// One trainee turn with its analysis. A class, so the rules pass turns around without copying them.
    public final class TraineeTurn: Sendable {
        /// 1-based turn number in the transcript (customer turns count too), as cited to people.
        public let number: Int
        /// Position among the trainee's turns, from 0.
        public let position: Int
        /// The turn.
        public let turn: Turn
        /// The analyzer's reading of the turn's text.
        public let analysis: Analysis
        /// Facts the rules weigh, worked out once from the analysis.
        let facts: TurnFacts

        init(number: Int, position: Int, turn: Turn, analysis: Analysis) {
            self.number = number
            self.position = position
            self.turn = turn
            self.analysis = analysis
            facts = TurnFacts(text: turn.text, analysis: analysis)
        }

        /// The moves the scorer counts: exactly the analyzer's.
        public var moves: [Move] { analysis.moves }
        /// Whether the turn is hostile (a hostile move, or shouting); its good words earn nothing.
        public var isHostile: Bool { facts.isHostile }
        /// Whether the turn performs `step` and is not hostile.
        public func credits(_ step: Step) -> Bool { !facts.isHostile && facts.performs(step) }
        /// Whether the turn has a move of `kind`.
        public func has(_ kind: MoveKind) -> Bool { facts.has(kind) }
        /// The first move of `kind`, if any.
        public func first(_ kind: MoveKind) -> Move? { facts.has(kind) ? analysis.moves.first { $0.kind == kind } : nil }
        /// The first move that counts towards `step`.
        public func first(_ step: Step) -> Move? { analysis.moves.first { $0.kind.category.step == step } }
    }

    /// How a conversation ended, and whether the scorer read it from a chat log's last customer turn.
    public struct Ending: Sendable, Equatable {
        /// The outcome.
        public var outcome: Outcome
        /// True when read from the customer's last words rather than recorded by the simulator.
        public var inferred: Bool
        /// The customer turn it was read from (0 when recorded by the simulator).
        public var turn: Int
        /// The customer's words it was read from.
        public var words: String
    }

    /// The transcript being graded.
    public var transcript: Transcript
    /// The trainee's turns, in order.
    public var traineeTurns: [TraineeTurn]
    /// The rubric in force.
    public var rubric: Rubric
    /// How the conversation ended, when known.
    public var ending: Ending?

    /// Reads every trainee turn of `transcript` with `analyzer`, or takes the analyses given (one per
    /// trainee turn, in order; benchmarks use this to time the scorer apart from the analyzer).
    init(transcript: Transcript, rubric: Rubric, analyzer: Analyzer, analyses: [Analysis]? = nil, memo: AnalysisMemo? = nil) {
        self.transcript = transcript
        self.rubric = rubric
        var turns: [TraineeTurn] = []
        turns.reserveCapacity(transcript.turns.count / 2 + 1)
        // The persona's trade phrases, recorded in the transcript, are read as the engine read them.
        let domain = DomainPhraseFilter(phrases: transcript.source == .simulator ? transcript.persona?.domainPhrases ?? [] : [])
        // Only the trainee's turns are copied out: enumerating copied every turn, customer's too.
        for index in transcript.turns.indices where transcript.turns[index].speaker == .trainee {
            let turn = transcript.turns[index]
            var analysis = analyses.map { $0[turns.count] } ?? memo?.analysis(of: turn.text, by: analyzer) ?? analyzer.analyze(turn.text)
            if !domain.isEmpty { analysis = domain.filter(analysis) }
            turns.append(TraineeTurn(number: index + 1, position: turns.count, turn: turn, analysis: analysis))
        }
        traineeTurns = turns
        if let outcome = transcript.outcome {
            ending = Ending(outcome: outcome, inferred: false, turn: 0, words: "")
        } else {
            ending = Self.inferEnding(transcript, traineeTurns: turns)
        }
    }

    /// The first non-hostile trainee turn performing `step`, if any.
    public func firstTurn(performing step: Step) -> TraineeTurn? {
        traineeTurns.first { $0.credits(step) }
    }

    /// The first non-hostile trainee turn with a move of `kind`, if any.
    public func firstTurn(with kind: MoveKind) -> TraineeTurn? {
        traineeTurns.first { !$0.isHostile && $0.has(kind) }
    }

    /// Whether the customer swore at or insulted the trainee at some point (a boundary is then a skill).
    var customerWasAbusive: Bool {
        transcript.turns.contains { turn in
            guard turn.speaker == .customer else { return false }
            return CustomerReply(turn.text).first(.abuse) != nil
        }
    }

    /// A chat log's ending, read from the customer's last turn after the trainee last spoke: words of
    /// acceptance after an offer mean resolved; demands for a manager or leaving mean escalated.
    static func inferEnding(_ transcript: Transcript, traineeTurns: [TraineeTurn]) -> Ending? {
        guard let offer = traineeTurns.first(where: { $0.credits(.solve) }),
              let index = transcript.turns.lastIndex(where: { $0.speaker == .customer }), index + 1 > offer.number
        else { return nil }
        let reply = CustomerReply(transcript.turns[index].text)
        let escalation = reply.first(.escalation) ?? reply.first(.abuse), acceptance = reply.first(.acceptance)
        if let escalation, reply.count(.escalation) + reply.count(.abuse) >= reply.count(.acceptance) {
            return Ending(outcome: .escalated, inferred: true, turn: index + 1, words: escalation.words)
        }
        if let acceptance, escalation == nil {
            return Ending(outcome: .resolved, inferred: true, turn: index + 1, words: acceptance.words)
        }
        return nil
    }
}
