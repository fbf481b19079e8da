/// What the customer makes of one trainee turn: how frustration moves and why, and what to answer.
struct TurnReaction {
    var changes: [FrustrationChange] = []
    var parts: [ReplyPart] = []
    var revealedFact: Fact?
    var offer: (id: String, accepted: Bool)?

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
    /// The persona's change for each move kind, looked up once rather than by name every turn.
    private let amounts: [MoveKind: Int]

    init(persona: Persona) {
        self.persona = persona
        amounts = Dictionary(uniqueKeysWithValues: MoveKind.allCases.map { ($0, persona.reactions.change(for: $0)) })
    }

    /// How much of a move's effect is left the nth time it is used (n from 0).
    static let repetitionFactors = [1.0, 0.6, 0.3]

    func react(to analysis: Analysis, text: String, state: inout ConversationState) -> TurnReaction {
        var sink = TurnReactionSink()
        react(to: TurnInput(analysis: analysis, text: text, persona: persona), state: &state, sink: &sink)
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
        let reactions = persona.reactions
        let mood = persona.temperament.mood(at: state.frustration)

        for trigger in input.triggers {
            turn.change(trigger.change, sink: &sink) { "trigger '\(trigger.id)'" }
            sink.part(.trigger(trigger))
        }
        for harm in input.harms {
            turn.change(amounts[harm] ?? 0, sink: &sink) { harm.label }
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
                turn.calm(amounts[.boundary] ?? 0, sink: &sink) { "calm boundary" }
                sink.part(.situation(.boundaryRespected))
            } else {
                repeatable(.boundary, state: &state, turn: &turn, sink: &sink) { "boundary" }
            }
        } else if boundaryWasNeeded {
            sink.part(.situation(.abusive))
        }

        if let listen = input.listen {
            if repeatable(listen, state: &state, turn: &turn, sink: &sink, { listen.rawValue }) {
                heardGain += input.listensDeeply ? 2 : 1
                if state.factsRevealed < persona.grievance.facts.count {
                    let fact = persona.grievance.facts[state.factsRevealed]
                    state.factsRevealed += 1
                    sink.revealed(fact)
                    sink.part(.fact(fact))
                } else {
                    sink.part(.situation(.heard))
                }
            }
        }

        let furious = mood == .furious
        if input.apologizes {
            if input.excuses {
                turn.change(0, sink: &sink) { "apology erased by the excuse" }
            } else if repeatable(.apology, state: &state, turn: &turn, sink: &sink, furious: furious, { "apology" }) {
                sink.part(.situation(furious ? .apologyBrushedOff : .apologyAccepted))
            }
        }
        if input.empathizes, repeatable(.empathy, state: &state, turn: &turn, sink: &sink, furious: furious, { "empathy" }) {
            heardGain = min(2, heardGain + 1)
            sink.part(.situation(furious ? .apologyBrushedOff : .apologyAccepted))
        }

        if !input.solveKinds.isEmpty {
            let heardEnough = state.heard >= persona.temperament.ventingNeeded && !boundaryNeeded
            if !heardEnough {
                turn.change(reactions.change(for: .solutionBeforeHeard), sink: &sink) { "solution before listening" }
                turn.answeredAnOffer = true
                sink.part(.situation(.solutionTooEarly))
            } else {
                solve(input, state: &state, turn: &turn, sink: &sink)
            }
        }

        if input.thanks {
            if repeatable(.thanks, state: &state, turn: &turn, sink: &sink, { "thanks" }) {
                sink.part(.situation(.thanked))
            }
        }

        sink.endCalming()
        state.heard += heardGain

        let progressed = turn.calmed || turn.accepted
        if !progressed, !hostile, turn.total >= 0 {
            // A refused or premature offer already has its own cost: it uses up patience, but adds
            // no second frustration penalty.
            let repeatedOnly = input.hasNonHarmfulMove
            stall(&turn, state: &state, sink: &sink, reason: repeatedOnly ? "nothing new" : "no progress",
                  part: repeatedOnly ? .repeated : .noProgress, addsFrustration: !turn.answeredAnOffer)
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
        var amount = Int((Double(amounts[kind] ?? 0) * Self.repetitionFactors[used]).rounded())
        if halved || furious { amount /= 2 }
        turn.calm(amount, sink: &sink) {
            let worded = used == 0 ? reason() : "\(reason()) again (wears thin)"
            return furious ? "\(worded) while furious (lands less)" : worded
        }
        return true
    }

    private func solve<State: ReactionState, Sink: ReactionSink>(_ input: TurnInput, state: inout State,
                                                                 turn: inout TurnTally, sink: inout Sink) {
        let reactions = persona.reactions
        let first = input.solveKinds[0]
        guard let (index, resolution) = input.offer else {
            repeatable(first, state: &state, turn: &turn, sink: &sink, halved: true) { "vague solution, no concrete offer" }
            sink.part(.situation(.vagueSolution))
            return
        }
        let repeatedOffer = !state.recordOffer(index, id: resolution.id)
        turn.answeredAnOffer = true
        sink.offered(resolution.id, accepted: resolution.acceptable)
        sink.part(.resolution(resolution))
        guard resolution.acceptable else {
            turn.change(reactions.change(for: .unacceptableOffer), sink: &sink) { "offer '\(resolution.id)' not acceptable" }
            return
        }
        turn.accepted = true
        if repeatedOffer {
            repeatable(first, state: &state, turn: &turn, sink: &sink) { "offer '\(resolution.id)' repeated" }
            return
        }
        if state.hasAcceptedResolution {
            repeatable(first, state: &state, turn: &turn, sink: &sink) { "extra offer '\(resolution.id)'" }
            return
        }
        state.accept(index, id: resolution.id)
        turn.calm(reactions.change(for: .acceptedOffer), sink: &sink) { "offer '\(resolution.id)' accepted" }
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
        turn.change(persona.reactions.change(for: .noProgress) * stalled, sink: &sink) {
            reason + (stalled > 1 ? " (\(stalled) in a row)" : "")
        }
        sink.part(.situation(part))
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
