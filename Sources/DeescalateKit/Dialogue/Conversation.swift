/// A practice conversation: the state machine that drives one persona through one session.
///
/// Pull API: call `start()`, then `submit(_:)` for each trainee line, and read the events each call
/// returns; `finish()` or `abandon()` end it early. Nothing here touches the terminal or the clock,
/// so the same persona, seed and lines always give the same events and turns.
public struct Conversation: Sendable {
    /// The customer.
    public let persona: Persona
    /// The seed of the random source that picks the customer's lines.
    public let seed: UInt64
    /// The trainee's name, for `{trainee}` in lines and the transcript.
    public let trainee: String
    /// Everything that changes, as a value.
    public private(set) var state: ConversationState
    /// The turns so far, customer and trainee.
    public private(set) var turns: [Turn] = []
    /// The trainee lines submitted so far; replaying them with the same seed restores the conversation.
    public private(set) var traineeLines: [String] = []
    /// For a retried session, where it branched off its parent; recorded in its transcript.
    public var branch: BranchPoint?

    /// The longest trainee line the engine reads, in characters; a longer line is cut to this with
    /// a `lineShortened` event, so a pasted page costs no more than a long reply.
    public static let maximumLineLength = 4_000

    private let analyzer: Analyzer
    private let domainPhrases: DomainPhraseFilter
    /// Whether replies are worded from the persona's lines. `personas check` turns it off: it needs
    /// only the dynamics and the situations reached, and wording dominates the cost of a step.
    var wordsReplies = true
    /// Whether a line close in words to an earlier one counts as a repeat. `personas check` turns it
    /// off: its canonical lines each stand for a fresh wording of their kind.
    var detectsRepeats = true
    private var wordings = TraineeWordings()

    /// A conversation with `persona`, not yet started.
    public init(persona: Persona, seed: UInt64, trainee: String = "Trainee", analyzer: Analyzer = Analyzer()) {
        self.persona = persona
        self.seed = seed
        self.trainee = trainee
        self.analyzer = analyzer
        domainPhrases = DomainPhraseFilter(phrases: persona.domainPhrases)
        state = ConversationState(persona: persona, seed: seed)
    }

    /// Whether the trainee gave a name the customer can use ("Trainee" and "" are no name).
    public var traineeIsNamed: Bool { Self.isName(trainee) }

    /// Whether `name` is a name a customer can address (not empty, not the placeholder "trainee").
    public static func isName(_ name: String) -> Bool {
        let trimmed = name.split(separator: " ").joined(separator: " ")
        return !trimmed.isEmpty && trimmed.lowercased() != "trainee"
    }

    /// Where the conversation is.
    public var phase: ConversationState.Phase { state.phase }

    /// The customer's opening. Calling it again after the start returns no events.
    public mutating func start() -> [DialogueEvent] {
        guard state.phase == .notStarted else { return [] }
        state.phase = .awaitingTrainee
        let mood = persona.temperament.mood(at: state.frustration)
        let text = say([.situation(.opening)], mood: mood)
        turns.append(Turn(speaker: .customer, text: text, frustration: state.frustration))
        return [.customerSaid(text: text, situation: .opening, mood: mood)]
    }

    /// The customer's reaction to one trainee line. Ignored (no events) unless awaiting the trainee.
    /// Of a line longer than `maximumLineLength` the customer reads only that many characters (a
    /// `lineShortened` event says so); the turn still records the whole line as typed.
    public mutating func submit(_ line: String) -> [DialogueEvent] {
        guard !state.isEnded else { return [] }
        guard let cut = line.index(line.startIndex, offsetBy: Self.maximumLineLength, limitedBy: line.endIndex), cut < line.endIndex else {
            return submit(line, analysis: analyzer.analyze(line)).events
        }
        let read = String(line[..<cut])
        let notice = DialogueEvent.lineShortened(from: line.count, to: Self.maximumLineLength)
        return [notice] + submit(read, analysis: analyzer.analyze(read), recording: line).events
    }

    /// `submit(_:)` with the line already analysed, also returning the reply parts the customer's
    /// answer was worded from. `personas check` uses it to analyse each canonical line only once and
    /// to learn which situations and triggers a step reached; `repeats` stands in for the wording check there.
    mutating func submit(_ line: String, analysis: Analysis, repeats: Bool = false, recording typed: String? = nil)
        -> (events: [DialogueEvent], parts: [ReplyPart]) {
        if state.phase == .notStarted { _ = start() }
        let analysis = domainPhrases.filter(analysis)
        if state.phase == .closing { return (close(with: line, analysis: analysis, typed: typed), []) }
        guard state.phase == .awaitingTrainee else { return ([], []) }
        let (before, reaction) = recordTraineeTurn(line, analysis: analysis, repeats: repeats, typed: typed)

        var events: [DialogueEvent] = [.frustrationChanged(from: before, to: state.frustration, reasons: reaction.changes)]
        if let fact = reaction.revealedFact { events.append(.factRevealed(fact)) }
        if let offer = reaction.offer { events.append(.offerAnswered(resolutionID: offer.id, accepted: offer.accepted)) }

        let outcome = outcomeAfterTurn()
        var parts = Self.leadingParts(reaction.parts)
        if outcome == nil, state.acceptedResolution != nil, reaction.offer?.accepted == true, reaction.offer?.meetsNeed == true {
            parts.append(.situation(.acceptedStillUpset))
        }
        if let outcome { parts.append(.situation(outcome == .resolved ? .resolved : .escalated)) }
        let mood = persona.temperament.mood(at: state.frustration)
        let situation = Self.leadingSituation(parts, outcome: outcome, offerAccepted: reaction.offer?.accepted)
        let text = say(parts, mood: mood)
        var turn = Turn(speaker: .customer, text: text, frustration: state.frustration)
        turn.revealed = reaction.revealedFact?.id
        turn.offer = reaction.offer.map { OfferAnswer(resolution: $0.id, accepted: $0.accepted, meetsNeed: $0.meetsNeed) }
        turns.append(turn)
        events.append(.customerSaid(text: text, situation: situation, mood: mood))
        if outcome == .resolved {
            // The customer is satisfied; the trainee still gets to close the conversation (Thank).
            state.phase = .closing
        } else if let outcome {
            state.phase = .ended(outcome)
            events.append(.ended(outcome))
        }
        return (events, parts)
    }

    /// The trainee's closing reply after the customer is satisfied: recorded with its moves (so a
    /// closing thank-you counts, and a parting shot shows), then the conversation ends resolved.
    private mutating func close(with line: String, analysis: Analysis, typed: String?) -> [DialogueEvent] {
        let (before, reaction) = recordTraineeTurn(line, analysis: analysis, typed: typed)
        state.phase = .ended(.resolved)
        return [.frustrationChanged(from: before, to: state.frustration, reasons: reaction.changes), .ended(.resolved)]
    }

    /// Applies a trainee line to the state and records the turn; returns the level before it and the reaction.
    private mutating func recordTraineeTurn(_ line: String, analysis: Analysis, repeats: Bool = false,
                                            typed: String? = nil) -> (before: Int, reaction: TurnReaction) {
        traineeLines.append(typed ?? line)
        state.traineeTurns += 1
        let before = state.frustration
        var input = TurnInput(analysis: analysis, text: line, persona: persona)
        input.isRepeat = repeats
        // Only the conversation proper: a closing thank-you may well echo an earlier one.
        if detectsRepeats, state.phase == .awaitingTrainee {
            let words = TraineeWordings.words(of: line)
            input.isRepeat = wordings.repeats(words)
            wordings.remember(words)
        }
        let reaction = FrustrationModel(persona: persona).react(to: input, state: &state)
        state.frustration = min(100, max(0, before + reaction.total))
        turns.append(Turn(speaker: .trainee, text: typed ?? line, frustration: state.frustration, moves: analysis.moves,
                          changes: reaction.changes))
        return (before, reaction)
    }

    /// Ends the session at the trainee's request (`/end`): resolved if the customer is calm and
    /// agreed to a solution, otherwise abandoned.
    public mutating func finish() -> [DialogueEvent] {
        guard !state.isEnded else { return [] }
        if state.phase == .closing {
            state.phase = .ended(.resolved)
            return [.ended(.resolved)]
        }
        let resolved = state.isAgreed && state.frustration <= persona.temperament.calmAt
        let outcome: Outcome = resolved ? .resolved : .abandoned
        state.phase = .ended(outcome)
        return [.ended(outcome)]
    }

    /// Ends the session unfinished (`/quit`, Ctrl-C, Ctrl-D, a recovered journal).
    public mutating func abandon() -> [DialogueEvent] {
        guard !state.isEnded else { return [] }
        // Leaving after the customer was satisfied does not undo the resolution.
        let outcome: Outcome = state.phase == .closing ? .resolved : .abandoned
        state.phase = .ended(outcome)
        return [.ended(outcome)]
    }

    /// The outcome, once it is decided (a resolved conversation is decided while it is closing).
    public var outcome: Outcome? {
        switch state.phase {
        case .ended(let outcome): outcome
        case .closing: .resolved
        default: nil
        }
    }

    /// The conversation as a transcript (without a grade), stamped with the given times.
    public func transcript(startedAt: String?, endedAt: String?) -> Transcript {
        Transcript(source: .simulator, persona: PersonaReference(persona), trainee: trainee, seed: seed,
                   startedAt: startedAt, endedAt: endedAt, outcome: outcome, turns: turns, branch: branch)
    }

    /// Replays `lines` through a fresh conversation: the restore half of save and restore.
    public static func replaying(_ lines: [String], persona: Persona, seed: UInt64, trainee: String,
                                 analyzer: Analyzer = Analyzer()) -> Conversation {
        var conversation = Conversation(persona: persona, seed: seed, trainee: trainee, analyzer: analyzer)
        _ = conversation.start()
        for line in lines where !conversation.state.isEnded { _ = conversation.submit(line) }
        return conversation
    }

    // MARK: Private

    private func outcomeAfterTurn() -> Outcome? {
        Self.outcome(of: persona, frustration: state.frustration, patienceLeft: state.patienceLeft,
                     agreed: state.isAgreed, traineeTurns: state.traineeTurns)
    }

    /// How a trainee turn that left the customer so ends the conversation, if it does: escalated at
    /// the ceiling, out of patience or at the turn limit; resolved when calm with a solution agreed.
    static func outcome(of persona: Persona, frustration: Int, patienceLeft: Int, agreed: Bool, traineeTurns: Int) -> Outcome? {
        let temperament = persona.temperament
        if frustration >= temperament.escalateAt || patienceLeft <= 0 { return .escalated }
        if agreed, frustration <= temperament.calmAt { return .resolved }
        if traineeTurns >= persona.turnLimit { return .escalated }
        return nil
    }

    /// The situation an event reports: the closing one when the conversation ends, else the lead
    /// part's (a trigger reads as harmed, an offer's answer as accepted or not, a fact as heard).
    private static func leadingSituation(_ parts: [ReplyPart], outcome: Outcome?, offerAccepted: Bool?) -> Situation {
        if let outcome { return outcome == .resolved ? .resolved : .escalated }
        switch parts.first {
        case .situation(let situation): return situation
        case .trigger: return .harmed
        case .resolution: return offerAccepted == true ? .acceptedStillUpset : .noProgress
        case .ignored, .need: return .noProgress
        case .fact, .retold, nil: return .heard
        }
    }

    /// The leading reaction plus what follows it: an offer's answer after "you ignored me", the
    /// need after an offer that misses it, "you ignored me" after an offer taken, and a new fact.
    static func leadingParts(_ parts: [ReplyPart]) -> [ReplyPart] {
        let ordered = parts.enumerated().sorted { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }.map(\.element)
        guard let lead = ordered.first else { return [.situation(.noProgress)] }
        var chosen = [lead]
        let answer = ordered.first { if case .resolution = $0 { true } else { false } }
        let ignored = ordered.first { if case .ignored = $0 { true } else { false } }
        if case .ignored = lead, let answer { chosen.append(answer) }
        if chosen.contains(where: { if case .resolution = $0 { true } else { false } }) {
            if ordered.contains(.need) { chosen.append(.need) }
            if case .resolution = lead, let ignored { chosen.append(ignored) }
        }
        if lead.takesAFactAfter, let fact = ordered.first(where: { if case .fact = $0 { true } else { false } }) {
            chosen.append(fact)
        }
        return chosen
    }

    private mutating func say(_ parts: [ReplyPart], mood: Mood) -> String {
        guard wordsReplies else { return "" }
        let picker = LinePicker(persona: persona, trainee: traineeIsNamed ? trainee : nil)
        var said: [String] = []
        for part in parts {
            said.append(picker.line(for: part, mood: mood, state: &state))
        }
        state.lastLines = said
        return said.joined(separator: " ")
    }
}
