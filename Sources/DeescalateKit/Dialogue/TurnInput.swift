/// Everything about one trainee line the frustration model needs that does not depend on the
/// conversation's state: the moves read, the triggers the words set off, the offer they name.
/// Worked out once per line, so `personas check` can apply a canonical line to many states cheaply.
struct TurnInput {
    /// The kinds of move found.
    var kinds: Set<MoveKind>
    /// The harmful moves, in the analysis's order.
    var harms: [MoveKind]
    /// No move and no letter: the customer cannot read it.
    var isUnreadable: Bool
    /// Whether a harm other than an excuse drowns out the good in the line.
    var isHostile: Bool
    /// The listening kind that counts (reflection before question before acknowledgement).
    var listen: MoveKind?
    /// A reflection with another listening move: heard twice over.
    var listensDeeply: Bool
    /// The solving kinds, in the engine's order.
    var solveKinds: [MoveKind]
    /// Single kinds the rules ask about, looked up once.
    var setsBoundary: Bool
    var apologizes: Bool
    var excuses: Bool
    var empathizes: Bool
    var thanks: Bool
    /// Whether any move is not harmful (a stalled turn then reads as repetition).
    var hasNonHarmfulMove: Bool
    /// The persona's triggers the words set off, in persona order.
    var triggers: [Trigger]
    /// Their indexes in the persona.
    var triggerIndexes: [Int]
    /// The resolution the line offers, with its index: the most specific phrase wins, and among
    /// equally specific ones an acceptable resolution. Nil when the line solves vaguely or not at all.
    var offer: (index: Int, resolution: Resolution)?
    /// The facts the listening sentence asks about, best first; empty for an open question.
    var askedFacts: [(index: Int, score: Double)]
    /// Whether the line, read without hostility, acknowledges what the customer just said: empathy,
    /// an apology no excuse erased, or a reflection.
    var acknowledges: Bool
    /// Whether the line says again what the trainee already said (set by the conversation, which
    /// remembers the earlier lines): its listening, apologies, empathy and thanks do not land again.
    var isRepeat = false

    init(analysis: Analysis, text: String, persona: Persona) {
        kinds = Set(analysis.moves.map(\.kind))
        harms = analysis.harms
        isUnreadable = analysis.moves.isEmpty
            && !text.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic })
        isHostile = analysis.harms.contains { $0 != .excuse }
        listen = [MoveKind.reflection, .question, .acknowledgement].first(where: kinds.contains)
        listensDeeply = kinds.contains(.reflection) && kinds.count(where: { $0.category == .listen }) > 1
        solveKinds = [MoveKind.options, .commitment, .action, .referral, .followUp].filter(kinds.contains)
        setsBoundary = kinds.contains(.boundary)
        apologizes = kinds.contains(.apology)
        excuses = kinds.contains(.excuse)
        empathizes = kinds.contains(.empathy)
        thanks = kinds.contains(.thanks)
        hasNonHarmfulMove = analysis.moves.contains { !$0.kind.isHarmful }
        let matcher = PhraseMatcher(text)
        triggerIndexes = persona.triggers.indices.filter { matcher.containsAny(persona.triggers[$0].matchWords, allowNegated: true) }
        triggers = triggerIndexes.map { persona.triggers[$0] }
        offer = solveKinds.isEmpty ? nil : OfferMatcher.offer(in: text, persona: persona)
        askedFacts = listen == nil ? [] : FactFinder.candidates(for: analysis, text: text, facts: persona.grievance.facts)
        acknowledges = !isHostile && (empathizes || (apologizes && !excuses) || kinds.contains(.reflection))
    }
}

/// The part of a conversation's state the frustration model reads and changes. The engine's
/// `ConversationState` is one; `personas check` keeps a compact one.
protocol ReactionState {
    var frustration: Int { get }
    var heard: Int { get set }
    var stalledTurns: Int { get set }
    var patienceLeft: Int { get set }
    var boundarySet: Bool { get set }
    /// Listening turns that drew nothing new (no fact not told before), for diminishing returns.
    var listenedWithoutNews: Int { get set }
    /// Must-acknowledge facts told and not yet acknowledged, one bit per fact index.
    var unacknowledged: UInt64 { get set }
    /// Must-acknowledge facts whose first chance to be acknowledged was missed, one bit per index.
    var ignored: UInt64 { get set }
    /// An acceptable offer that does not meet the customer's need was taken.
    var gestureAccepted: Bool { get set }
    /// The customer agreed to a resolution that meets their need.
    var hasAcceptedResolution: Bool { get }
    /// Whether the fact at `index` has been told.
    func isRevealed(_ index: Int) -> Bool
    /// How many facts have been told.
    var revealedCount: Int { get }
    /// The fact at `index` has been told.
    mutating func reveal(_ index: Int)
    /// Counts one more use of `kind`, returning how often it was used before.
    mutating func recordUse(of kind: MoveKind) -> Int
    /// Notes the offer of the persona's resolution at `index`; false when it was offered before.
    mutating func recordOffer(_ index: Int, id: String) -> Bool
    /// The customer agreed to the resolution at `index`.
    mutating func accept(_ index: Int, id: String)
}

/// What the frustration model reports as it works through a turn.
protocol ReactionSink {
    /// A change that applies directly (a trigger, a harm, a cost), in order.
    mutating func change(_ amount: Int, _ reason: () -> String)
    /// A calming change; these are listed after the direct ones, up to `endCalming()`.
    mutating func calming(_ amount: Int, _ reason: () -> String)
    /// Every calming change has been reported.
    mutating func endCalming()
    /// A part of the customer's answer.
    mutating func part(_ part: ReplyPart)
    /// A fact revealed.
    mutating func revealed(_ fact: Fact)
    /// An offer answered; `meetsNeed` is false for an acceptable offer that misses the need.
    mutating func offered(_ id: String, accepted: Bool, meetsNeed: Bool)
}

/// The engine's sink: every change with its reason, every part, as a `TurnReaction`.
struct TurnReactionSink: ReactionSink {
    var reaction = TurnReaction()
    private var calmingChanges: [FrustrationChange] = []

    mutating func change(_ amount: Int, _ reason: () -> String) {
        reaction.changes.append(FrustrationChange(reason: reason(), amount: amount))
    }

    mutating func calming(_ amount: Int, _ reason: () -> String) {
        calmingChanges.append(FrustrationChange(reason: reason(), amount: amount))
    }

    mutating func endCalming() {
        reaction.changes += calmingChanges
        calmingChanges = []
    }

    mutating func part(_ part: ReplyPart) { reaction.parts.append(part) }
    mutating func revealed(_ fact: Fact) { reaction.revealedFact = fact }
    mutating func offered(_ id: String, accepted: Bool, meetsNeed: Bool) { reaction.offer = (id, accepted, meetsNeed) }
}

extension ConversationState: ReactionState {
    var hasAcceptedResolution: Bool { acceptedResolution != nil }

    func isRevealed(_ index: Int) -> Bool { revealedFacts.contains(index) }

    var revealedCount: Int { revealedFacts.count }

    mutating func reveal(_ index: Int) {
        if !revealedFacts.contains(index) { revealedFacts.append(index) }
    }

    mutating func recordUse(of kind: MoveKind) -> Int {
        let used = uses[kind, default: 0]
        uses[kind] = used + 1
        return used
    }

    mutating func recordOffer(_ index: Int, id: String) -> Bool {
        offeredResolutions.insert(id).inserted
    }

    mutating func accept(_ index: Int, id: String) { acceptedResolution = id }
}
