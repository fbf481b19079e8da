/// What a simulator transcript records beyond the words: which offer the customer accepted, what
/// they told, and so whether their problem was solved. Chat logs record none of it.
extension ScoringContext {
    /// Whether the transcript comes from the simulator.
    public var isSimulator: Bool { transcript.source == .simulator }

    /// The trainee turn whose offer the simulated customer accepted as meeting their need, with the
    /// resolution's id. A format 1 transcript records no offers: there, a resolved session's first
    /// solving turn stands for it.
    var acceptedSolution: (turn: TraineeTurn, resolution: String?)? {
        guard isSimulator else { return nil }
        if let index = transcript.turns.firstIndex(where: { $0.offer.map { $0.accepted && $0.meetsNeed } == true }),
           let turn = traineeTurn(before: index + 1) {
            return (turn, transcript.turns[index].offer?.resolution)
        }
        guard ending?.outcome == .resolved, let first = firstTurn(performing: .solve) else { return nil }
        return (first, nil)
    }

    /// Offers the customer took as gestures that do not meet their need: the trainee turn and the resolution id.
    var gestures: [(turn: TraineeTurn, resolution: String)] {
        transcript.turns.indices.compactMap { index in
            guard let offer = transcript.turns[index].offer, offer.accepted, !offer.meetsNeed,
                  let turn = traineeTurn(before: index + 1) else { return nil }
            return (turn, offer.resolution)
        }
    }

    /// The last trainee turn before the transcript turn `number` (1-based).
    func traineeTurn(before number: Int) -> TraineeTurn? {
        traineeTurns.last { $0.number < number }
    }

    /// The 1-based number of the customer turn that told the fact `id`, if one did.
    func turnTelling(_ id: String) -> Int? {
        transcript.turns.firstIndex { $0.speaker == .customer && $0.revealed == id }.map { $0 + 1 }
    }

    /// Whether a trainee turn acknowledges what the customer just told: empathy, an apology no
    /// excuse erased, or a reflection, said without hostility (as the simulated customer hears it).
    static func acknowledges(_ turn: TraineeTurn) -> Bool {
        !turn.isHostile && (turn.has(.empathy) || (turn.has(.apology) && !turn.has(.excuse)) || turn.has(.reflection))
    }

    /// For a simulator session that did not end resolved: why the customer's problem was not solved,
    /// in a sentence citing the trainee's last reply by number. Nil for resolved sessions and for chat logs (whose ending is
    /// not known for certain).
    var unsolvedBecause: String? {
        guard isSimulator, ending?.outcome != .resolved else { return nil }
        // Cited by the trainee's own reply number (transcript turns count the customer's lines too),
        // worded for trainee and assessor alike: the card and the assessors' rows show the same text.
        let after = traineeTurns.last.map { " after reply \($0.position + 1)" } ?? " before the trainee replied"
        let ended = ending.map { "the session ended \($0.outcome.rawValue)\(after)" } ?? "the session has no recorded ending"
        var reason: String
        if acceptedSolution != nil {
            reason = "the customer had accepted a solution but was not calm yet"
        } else if let gesture = gestures.first, let need = transcript.persona?.need {
            reason = "the offer in reply \(gesture.turn.position + 1) ('\(gesture.resolution)') did not meet their need: \(need)"
        } else if firstTurn(performing: .solve) != nil {
            reason = "they accepted no solution"
        } else {
            reason = "no solution was offered"
        }
        let ignored = (transcript.persona?.mustAcknowledge ?? []).filter { fact in
            guard let told = turnTelling(fact.id) else { return false }
            return !traineeTurns.contains { $0.number > told && Self.acknowledges($0) }
        }
        if let fact = ignored.first { reason += "; what they told you (\(fact.summary)) was never acknowledged" }
        return "the customer's problem was not solved: \(ended), and \(reason)"
    }
}
