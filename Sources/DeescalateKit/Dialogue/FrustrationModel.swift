/// What the customer makes of one trainee turn: how frustration moves and why, and what to answer.
struct TurnReaction {
    var changes: [FrustrationChange] = []
    var parts: [ReplyPart] = []
    var revealedFact: Fact?
    var offer: (id: String, accepted: Bool, meetsNeed: Bool)?

    var total: Int { changes.reduce(0) { $0 + $1.amount } }
}

/// Turns the analyzer's moves into frustration changes, by the persona's weights and the customer's
/// current state: apologies land less on someone furious, solutions only once they feel heard,
/// repeats wear thin, and turns that go nowhere cost patience.
///
/// The rules live once, in `react(to:state:sink:)`, generic over the state and over what is
/// recorded: the engine records reasons and reply parts into a `TurnReaction`; `personas check`
/// runs the same rules on a compact state and keeps only what its proofs need.
struct FrustrationModel {
    let persona: Persona
    /// The persona's change for each move kind and special situation, looked up once rather than by
    /// name every turn (`personas check` applies the rules millions of times).
    private let amounts: Amounts

    init(persona: Persona) {
        self.persona = persona
        amounts = Amounts(persona.reactions)
    }

    /// How much of a move's effect is left the nth time it is used (n from 0).
    static let repetitionFactors = [1.0, 0.6, 0.3]

    func react(to analysis: Analysis, text: String, state: inout ConversationState) -> TurnReaction {
        react(to: TurnInput(analysis: analysis, text: text, persona: persona), state: &state)
    }

    func react(to input: TurnInput, state: inout ConversationState) -> TurnReaction {
        var sink = TurnReactionSink()
        react(to: input, state: &state, sink: &sink)
        return sink.reaction
    }

    /// One turn's rules, on everything about the line worked out beforehand (`input`).
    func react<State: ReactionState, Sink: ReactionSink>(to input: TurnInput, state: inout State, sink: inout Sink) {
        var turn = TurnTally()
        if input.isUnreadable {
            sink.endCalming()
            stall(&turn, state: &state, sink: &sink, reason: "unclear reply", part: .unclear)
            return
        }
        let mood = persona.temperament.mood(at: state.frustration)

        for trigger in input.triggers {
            turn.change(trigger.change, sink: &sink) { "trigger '\(trigger.id)'" }
            sink.part(.trigger(trigger))
        }
        for harm in input.harms {
            turn.change(amounts[harm], sink: &sink) { harm.label }
        }
        // An excuse erases the apology it follows; any other harm drowns out the good in the same line.
        let hostile = input.isHostile
        if hostile { sink.part(.situation(.harmed)) }

        let boundaryWasNeeded = persona.temperament.needsBoundary && !state.boundarySet
        // Setting the boundary takes effect at once: the rest of this turn is heard normally.
        let boundaryNeeded = boundaryWasNeeded && !input.setsBoundary
        // Hostility, or abuse with no boundary set, halves every calming change of the turn.
        turn.undercut = hostile ? "undercut by hostility" : boundaryNeeded ? "customer still abusive" : nil

        var heardGain = 0
        if input.setsBoundary {
            if boundaryWasNeeded {
                state.boundarySet = true
                turn.calm(amounts[.boundary], sink: &sink) { "calm boundary" }
                sink.part(.situation(.boundaryRespected))
            } else {
                repeatable(.boundary, state: &state, turn: &turn, sink: &sink) { "boundary" }
            }
        } else if boundaryWasNeeded {
            sink.part(.situation(.abusive))
        }

        // What the customer told last turn and must hear acknowledged: acknowledged now, or missed.
        let pending = state.unacknowledged
        var missedAcknowledgement = false
        if pending != 0 {
            if input.acknowledges, !input.isRepeat {
                state.unacknowledged = 0
            } else {
                missedAcknowledgement = true
                ignore(pending, state: &state, turn: &turn, sink: &sink)
            }
        }

        if let listen = input.listen, !input.isRepeat {
            heardGain += listenAndTell(listen, input: input, state: &state, turn: &turn, sink: &sink)
        }

        let furious = mood == .furious
        let repeated = input.isRepeat
        if input.apologizes, !repeated {
            if input.excuses {
                turn.change(0, sink: &sink) { "apology erased by the excuse" }
            } else if repeatable(.apology, state: &state, turn: &turn, sink: &sink, furious: furious, { "apology" }) {
                sink.part(.situation(furious ? .apologyBrushedOff : .apologyAccepted))
            }
        }
        if input.empathizes, !repeated, repeatable(.empathy, state: &state, turn: &turn, sink: &sink, furious: furious, { "empathy" }) {
            heardGain = min(2, heardGain + 1)
            sink.part(.situation(furious ? .apologyBrushedOff : .apologyAccepted))
        }

        if !input.solveKinds.isEmpty {
            let heardEnough = state.heard >= persona.temperament.ventingNeeded && !boundaryNeeded
            if !heardEnough {
                turn.change(amounts[.solutionBeforeHeard], sink: &sink) { "solution before listening" }
                turn.answeredAnOffer = true
                sink.part(.situation(.solutionTooEarly))
            } else {
                solve(input, state: &state, turn: &turn, sink: &sink)
                // An offer taken while what they told is unacknowledged: the customer says so again.
                if missedAcknowledgement, turn.accepted, let fact = firstFact(in: state.unacknowledged) {
                    sink.part(.ignored(fact))
                }
            }
        }

        if input.thanks, !repeated {
            if repeatable(.thanks, state: &state, turn: &turn, sink: &sink, { "thanks" }) {
                sink.part(.situation(.thanked))
            }
        }

        sink.endCalming()
        state.heard += heardGain

        let progressed = turn.calmed || turn.accepted
        if !progressed, !hostile, turn.total >= 0 {
            // A refused or premature offer already has its own cost, and a fresh question that drew
            // nothing new is still listening: each uses up patience, but adds no frustration.
            if turn.listenedWithoutNews, !turn.answeredAnOffer {
                turn.change(0, sink: &sink) { "listening, nothing new (patience \(state.patienceLeft - 1) left)" }
            }
            let repeatedOnly = input.hasNonHarmfulMove
            stall(&turn, state: &state, sink: &sink,
                  reason: repeated ? "said before" : repeatedOnly ? "nothing new" : "no progress",
                  part: repeatedOnly ? .repeated : .noProgress,
                  addsFrustration: !turn.answeredAnOffer && !turn.listenedWithoutNews)
            return
        }
        if progressed { state.stalledTurns = 0 }
    }

    /// The change for a move, smaller each time the same kind is used again, and halved when
    /// `halved` (a concrete step on top of an offer, a vague solution) or `furious` (an apology
    /// lands less); nothing once it is spent. Returns whether it landed.
    @discardableResult
    private func repeatable<State: ReactionState, Sink: ReactionSink>(
        _ kind: MoveKind, state: inout State, turn: inout TurnTally, sink: inout Sink, halved: Bool = false,
        furious: Bool = false, _ reason: () -> String
    ) -> Bool {
        let used = state.recordUse(of: kind)
        guard used < Self.repetitionFactors.count else { return false }
        var amount = Int((Double(amounts[kind]) * Self.repetitionFactors[used]).rounded())
        if halved || furious { amount /= 2 }
        turn.calm(amount, sink: &sink) {
            let worded = used == 0 ? reason() : "\(reason()) again (wears thin)"
            return furious ? "\(worded) while furious (lands less)" : worded
        }
        return true
    }

    /// One listening move: tells the fact asked about, else the next one, else retells or just
    /// agrees. Drawing a new fact lands in full however many questions came before; listening that
    /// draws nothing new wears thin, and once spent costs patience but no frustration. Returns how
    /// much more heard the customer feels.
    private func listenAndTell<State: ReactionState, Sink: ReactionSink>(
        _ listen: MoveKind, input: TurnInput, state: inout State, turn: inout TurnTally, sink: inout Sink
    ) -> Int {
        let facts = persona.grievance.facts
        // The best-matching fact, preferring one not yet told among equally good matches.
        let top = input.askedFacts.first?.score ?? 0
        let asked = input.askedFacts.first { $0.score >= top - 1e-9 && !state.isRevealed($0.index) }?.index
            ?? input.askedFacts.first?.index
        let told = asked ?? facts.indices.first { !state.isRevealed($0) }
        if let told, !state.isRevealed(told) {
            state.reveal(told)
            let fact = facts[told]
            if fact.mustAcknowledge { state.unacknowledged |= Self.bit(told) }
            turn.calm(amounts[listen], sink: &sink) { asked == nil ? listen.rawValue : "\(listen.rawValue) about '\(fact.id)'" }
            sink.revealed(fact)
            sink.part(.fact(fact))
            return input.listensDeeply ? 2 : 1
        }
        let used = state.listenedWithoutNews
        state.listenedWithoutNews += 1
        sink.part(told.map { .retold(facts[$0]) } ?? .situation(.heard))
        guard used < Self.repetitionFactors.count else {
            turn.listenedWithoutNews = true
            return 0
        }
        let amount = Int((Double(amounts[listen]) * Self.repetitionFactors[used]).rounded())
        turn.calm(amount, sink: &sink) { used == 0 ? "\(listen.rawValue), nothing new" : "\(listen.rawValue), nothing new again (wears thin)" }
        return input.listensDeeply ? 2 : 1
    }

    /// The first chance to acknowledge `pending` facts was missed: each costs once, and the customer says so.
    private func ignore<State: ReactionState, Sink: ReactionSink>(_ pending: UInt64, state: inout State, turn: inout TurnTally, sink: inout Sink) {
        let facts = persona.grievance.facts
        for index in facts.indices where pending & Self.bit(index) != 0 && state.ignored & Self.bit(index) == 0 {
            state.ignored |= Self.bit(index)
            turn.change(amounts[.ignoredFact], sink: &sink) { "'\(facts[index].id)' not acknowledged" }
            sink.part(.ignored(facts[index]))
        }
    }

    private func firstFact(in mask: UInt64) -> Fact? {
        persona.grievance.facts.indices.first { mask & Self.bit($0) != 0 }.map { persona.grievance.facts[$0] }
    }

    static func bit(_ index: Int) -> UInt64 { index < 64 ? 1 << UInt64(index) : 0 }

    private func solve<State: ReactionState, Sink: ReactionSink>(_ input: TurnInput, state: inout State,
                                                                 turn: inout TurnTally, sink: inout Sink) {
        let first = input.solveKinds[0]
        guard let (index, resolution) = input.offer else {
            repeatable(first, state: &state, turn: &turn, sink: &sink, halved: true) { "vague solution, no concrete offer" }
            sink.part(.situation(.vagueSolution))
            return
        }
        let repeatedOffer = !state.recordOffer(index, id: resolution.id)
        turn.answeredAnOffer = true
        sink.offered(resolution.id, accepted: resolution.acceptable, meetsNeed: resolution.meetsNeed)
        sink.part(.resolution(resolution))
        guard resolution.acceptable else {
            turn.change(amounts[.unacceptableOffer], sink: &sink) { "offer '\(resolution.id)' not acceptable" }
            return
        }
        turn.accepted = true
        if !resolution.meetsNeed {
            // Taken as a gesture: it helps, but the call cannot resolve until the need is met.
            sink.part(.need)
            if state.gestureAccepted || state.hasAcceptedResolution {
                repeatable(first, state: &state, turn: &turn, sink: &sink) { "extra offer '\(resolution.id)'" }
                return
            }
            state.gestureAccepted = true
            turn.calm(amounts[.acceptedOffer] / 2, sink: &sink) { "offer '\(resolution.id)' taken, but it does not meet the need" }
            return
        }
        if repeatedOffer {
            repeatable(first, state: &state, turn: &turn, sink: &sink) { "offer '\(resolution.id)' repeated" }
            return
        }
        if state.hasAcceptedResolution {
            repeatable(first, state: &state, turn: &turn, sink: &sink) { "extra offer '\(resolution.id)'" }
            return
        }
        state.accept(index, id: resolution.id)
        turn.calm(amounts[.acceptedOffer], sink: &sink) { "offer '\(resolution.id)' accepted" }
        // Concrete commitments and follow-ups on top of the offer each add a little.
        for kind in input.solveKinds {
            repeatable(kind, state: &state, turn: &turn, sink: &sink, halved: true) { kind.label }
        }
    }

    private func stall<State: ReactionState, Sink: ReactionSink>(
        _ turn: inout TurnTally, state: inout State, sink: inout Sink, reason: String, part: Situation,
        addsFrustration: Bool = true
    ) {
        state.stalledTurns += 1
        state.patienceLeft -= 1
        guard addsFrustration else { return }
        let stalled = state.stalledTurns
        turn.change(amounts[.noProgress] * stalled, sink: &sink) {
            reason + (stalled > 1 ? " (\(stalled) in a row)" : "")
        }
        sink.part(.situation(part))
    }
}

/// A persona's reactions as two small arrays, indexed by move kind and by special situation.
struct Amounts {
    private let kinds: [Int]
    private let specials: [Int]

    init(_ reactions: Reactions) {
        kinds = MoveKind.allCases.map(reactions.change(for:))
        specials = Reactions.Special.allCases.map(reactions.change(for:))
    }

    subscript(kind: MoveKind) -> Int {
        let index = Int(unsafeBitCast(kind, to: UInt8.self)) // a case's position (TurnFacts checks the layout)
        return index < kinds.count ? kinds[index] : 0
    }

    subscript(special: Reactions.Special) -> Int {
        let index = Int(unsafeBitCast(special, to: UInt8.self))
        return index < specials.count ? specials[index] : 0
    }
}

/// The running sums of one turn, which the rules consult as they go.
struct TurnTally {
    /// The sum of every change so far.
    var total = 0
    /// Whether a calming change actually calmed.
    var calmed = false
    /// Whether an offer was accepted this turn.
    var accepted = false
    /// Whether an offer was answered, or a solution came too early: each has its own cost already.
    var answeredAnOffer = false
    /// Whether a listening move drew nothing new and had worn out: patience, but no frustration.
    var listenedWithoutNews = false
    /// Why calming changes are halved this turn, if they are.
    var undercut: String?

    mutating func change<Sink: ReactionSink>(_ amount: Int, sink: inout Sink, _ reason: () -> String) {
        total += amount
        sink.change(amount, reason)
    }

    mutating func calm<Sink: ReactionSink>(_ amount: Int, sink: inout Sink, _ reason: () -> String) {
        let amount = undercut == nil ? amount : amount / 2
        total += amount
        if amount < 0 { calmed = true }
        if let undercut {
            sink.calming(amount) { "\(reason()) (\(undercut))" }
        } else {
            sink.calming(amount, reason)
        }
    }
}
