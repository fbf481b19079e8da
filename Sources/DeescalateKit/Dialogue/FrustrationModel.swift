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
struct FrustrationModel {
    let persona: Persona

    /// How much of a move's effect is left the nth time it is used (n from 0).
    static let repetitionFactors = [1.0, 0.6, 0.3]

    func react(to analysis: Analysis, text: String, state: inout ConversationState) -> TurnReaction {
        var reaction = TurnReaction()
        let kinds = Set(analysis.moves.map(\.kind))
        let reactions = persona.reactions
        let mood = persona.temperament.mood(at: state.frustration)
        let matcher = PhraseMatcher(text)

        if analysis.moves.isEmpty, !text.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }) {
            return stalled(reaction, state: &state, reason: "unclear reply", part: .unclear)
        }

        for trigger in persona.triggers where matcher.containsAny(trigger.words, allowNegated: true) {
            reaction.changes.append(FrustrationChange(reason: "trigger '\(trigger.id)'", amount: trigger.change))
            reaction.parts.append(.trigger(trigger))
        }
        for harm in analysis.harms {
            reaction.changes.append(FrustrationChange(reason: harm.label, amount: reactions.change(for: harm)))
        }
        // An excuse erases the apology it follows; any other harm drowns out the good in the same line.
        let hostile = analysis.harms.contains { $0 != .excuse }
        if hostile { reaction.parts.append(.situation(.harmed)) }

        var calming: [FrustrationChange] = []
        var heardGain = 0
        let boundaryWasNeeded = persona.temperament.needsBoundary && !state.boundarySet
        if kinds.contains(.boundary) {
            if boundaryWasNeeded {
                state.boundarySet = true
                calming.append(FrustrationChange(reason: "calm boundary", amount: reactions.change(for: .boundary)))
                reaction.parts.append(.situation(.boundaryRespected))
            } else {
                calming += repeatable(.boundary, state: &state, reason: "boundary")
            }
        } else if boundaryWasNeeded {
            reaction.parts.append(.situation(.abusive))
        }
        // Setting the boundary takes effect at once: the rest of this turn is heard normally.
        let boundaryNeeded = persona.temperament.needsBoundary && !state.boundarySet

        if let listen = [MoveKind.reflection, .question, .acknowledgement].first(where: kinds.contains) {
            let change = repeatable(listen, state: &state, reason: listen.rawValue)
            calming += change
            if !change.isEmpty {
                heardGain += kinds.contains(.reflection) && kinds.count(where: { $0.category == .listen }) > 1 ? 2 : 1
                if state.factsRevealed < persona.grievance.facts.count {
                    let fact = persona.grievance.facts[state.factsRevealed]
                    state.factsRevealed += 1
                    reaction.revealedFact = fact
                    reaction.parts.append(.fact(fact))
                } else {
                    reaction.parts.append(.situation(.heard))
                }
            }
        }

        for kind in [MoveKind.apology, .empathy] where kinds.contains(kind) {
            if kind == .apology, kinds.contains(.excuse) {
                reaction.changes.append(FrustrationChange(reason: "apology erased by the excuse", amount: 0))
                continue
            }
            var change = repeatable(kind, state: &state, reason: kind.rawValue)
            if mood == .furious, let first = change.first {
                change = [FrustrationChange(reason: "\(first.reason) while furious (lands less)", amount: first.amount / 2)]
            }
            calming += change
            if kind == .empathy, !change.isEmpty { heardGain = min(2, heardGain + 1) }
            if !change.isEmpty {
                reaction.parts.append(.situation(mood == .furious ? .apologyBrushedOff : .apologyAccepted))
            }
        }

        let solveKinds = [MoveKind.options, .commitment, .action, .referral, .followUp].filter(kinds.contains)
        if !solveKinds.isEmpty {
            let heardEnough = state.heard >= persona.temperament.ventingNeeded && !boundaryNeeded
            if !heardEnough {
                reaction.changes.append(FrustrationChange(reason: "solution before listening",
                                                          amount: reactions.change(for: .solutionBeforeHeard)))
                reaction.parts.append(.situation(.solutionTooEarly))
            } else {
                calming += solve(solveKinds, matcher: matcher, state: &state, reaction: &reaction)
            }
        }

        if kinds.contains(.thanks) {
            let change = repeatable(.thanks, state: &state, reason: "thanks")
            calming += change
            if !change.isEmpty { reaction.parts.append(.situation(.thanked)) }
        }

        if hostile || boundaryNeeded {
            let why = hostile ? "undercut by hostility" : "customer still abusive"
            calming = calming.map { FrustrationChange(reason: "\($0.reason) (\(why))", amount: $0.amount / 2) }
        }
        reaction.changes += calming
        state.heard += heardGain

        let progressed = calming.contains { $0.amount < 0 } || reaction.offer?.accepted == true
        if !progressed, !hostile, reaction.total >= 0 {
            // A refused or premature offer already has its own cost: it uses up patience, but adds
            // no second frustration penalty.
            let answeredAnOffer = reaction.offer != nil || reaction.parts.contains(.situation(.solutionTooEarly))
            let repeatedOnly = analysis.moves.contains { !$0.kind.isHarmful }
            return stalled(reaction, state: &state, reason: repeatedOnly ? "nothing new" : "no progress",
                           part: repeatedOnly ? .repeated : .noProgress, addsFrustration: !answeredAnOffer)
        }
        if progressed { state.stalledTurns = 0 }
        return reaction
    }

    /// The change for a move, smaller each time the same kind is used again; empty once it is spent.
    private func repeatable(_ kind: MoveKind, state: inout ConversationState, reason: String) -> [FrustrationChange] {
        let used = state.uses[kind, default: 0]
        state.uses[kind] = used + 1
        guard used < Self.repetitionFactors.count else { return [] }
        let factor = Self.repetitionFactors[used]
        let amount = Int((Double(persona.reactions.change(for: kind)) * factor).rounded())
        return [FrustrationChange(reason: used == 0 ? reason : "\(reason) again (wears thin)", amount: amount)]
    }

    private func solve(_ kinds: [MoveKind], matcher: PhraseMatcher, state: inout ConversationState,
                       reaction: inout TurnReaction) -> [FrustrationChange] {
        let reactions = persona.reactions
        // The most specific offer named wins ("refund one night" over "refund"); among equally
        // specific ones, a customer offered several things takes the one they want.
        let scored = persona.resolutions.compactMap { resolution in
            matcher.longestMatch(among: resolution.offer).map { (resolution, $0) }
        }
        let chosen = scored.max { lhs, rhs in
            (lhs.1, lhs.0.acceptable ? 1 : 0) < (rhs.1, rhs.0.acceptable ? 1 : 0)
        }?.0
        guard let resolution = chosen else {
            var change = repeatable(kinds[0], state: &state, reason: "vague solution, no concrete offer")
            change = change.map { FrustrationChange(reason: $0.reason, amount: $0.amount / 2) }
            reaction.parts.append(.situation(.vagueSolution))
            return change
        }
        let repeatedOffer = !state.offeredResolutions.insert(resolution.id).inserted
        reaction.offer = (resolution.id, resolution.acceptable)
        reaction.parts.append(.resolution(resolution))
        guard resolution.acceptable else {
            reaction.changes.append(FrustrationChange(reason: "offer '\(resolution.id)' not acceptable",
                                                      amount: reactions.change(for: .unacceptableOffer)))
            return []
        }
        if repeatedOffer {
            return repeatable(kinds[0], state: &state, reason: "offer '\(resolution.id)' repeated")
        }
        if state.acceptedResolution != nil {
            return repeatable(kinds[0], state: &state, reason: "extra offer '\(resolution.id)'")
        }
        state.acceptedResolution = resolution.id
        var changes = [FrustrationChange(reason: "offer '\(resolution.id)' accepted", amount: reactions.change(for: .acceptedOffer))]
        // Concrete commitments and follow-ups on top of the offer each add a little.
        for kind in kinds { changes += repeatable(kind, state: &state, reason: kind.label).map {
            FrustrationChange(reason: $0.reason, amount: $0.amount / 2)
        } }
        return changes
    }

    private func stalled(_ reaction: TurnReaction, state: inout ConversationState, reason: String,
                         part: Situation, addsFrustration: Bool = true) -> TurnReaction {
        var reaction = reaction
        state.stalledTurns += 1
        state.patienceLeft -= 1
        guard addsFrustration else { return reaction }
        let amount = persona.reactions.change(for: .noProgress) * state.stalledTurns
        let suffix = state.stalledTurns > 1 ? " (\(state.stalledTurns) in a row)" : ""
        reaction.changes.append(FrustrationChange(reason: reason + suffix, amount: amount))
        reaction.parts.append(.situation(part))
        return reaction
    }
}
