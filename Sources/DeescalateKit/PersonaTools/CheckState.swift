/// The conversation state as `personas check` keeps it: the few numbers the frustration model reads
/// and changes, with use counts capped where the engine stops telling them apart, packed into a key.
struct CheckState: ReactionState {
    var frustration: Int
    var heard = 0
    var factsRevealed = 0
    var stalledTurns = 0
    var patienceLeft: Int
    var boundarySet = false
    var traineeTurns = 0
    /// Two bits per repeatable move kind: 0–3 uses, 3 meaning spent.
    var uses: UInt32 = 0
    /// The accepted resolution's index, or -1.
    var accepted = -1
    /// Resolutions offered, one bit per index.
    var offered: UInt64 = 0

    /// Resolutions a key can tell apart; the checker offers no more than these.
    static let maximumResolutions = 48

    init(persona: Persona) {
        frustration = persona.temperament.startingFrustration
        patienceLeft = persona.temperament.patience
    }

    var hasAcceptedResolution: Bool { accepted >= 0 }

    mutating func recordUse(of kind: MoveKind) -> Int {
        let shift = UInt32(Self.slot(of: kind) * 2)
        let used = Int((uses >> shift) & 3)
        if used < FrustrationModel.repetitionFactors.count {
            uses += 1 << shift
        }
        return used
    }

    mutating func recordOffer(_ index: Int, id: String) -> Bool {
        let bit: UInt64 = 1 << UInt64(index)
        defer { offered |= bit }
        return offered & bit == 0
    }

    mutating func accept(_ index: Int, id: String) { accepted = index }

    /// The state (and the LAST stage, for that search) as a hashable key; `withFrustration: false` leaves frustration out, for the
    /// searches that keep only the lowest or highest frustration per key. `heard` counts only up to
    /// `ventingNeeded`, the one value the engine compares it with.
    func key(ventingNeeded: Int, stage: Int = 0, withFrustration: Bool = true) -> Key {
        var low = UInt64(uses)
        low |= UInt64(withFrustration ? frustration : 0) << 32
        low |= UInt64(min(heard, ventingNeeded, 31)) << 39
        low |= UInt64(min(factsRevealed, 255)) << 44
        low |= UInt64(min(stalledTurns, 63)) << 52
        low |= (boundarySet ? 1 : 0) << 58
        var high = UInt64(max(0, min(patienceLeft, 63)))
        high |= UInt64(accepted + 1) << 6
        high |= offered << 12
        high |= UInt64(stage) << 60
        return Key(low: low, high: high)
    }

    /// A packed state.
    struct Key: Hashable {
        var low: UInt64
        var high: UInt64
    }

    /// The use-count slot of a kind the engine counts (listening, apologies, solving, thanks, boundary).
    private static func slot(of kind: MoveKind) -> Int {
        switch kind {
        case .question: 0
        case .reflection: 1
        case .acknowledgement: 2
        case .apology: 3
        case .empathy: 4
        case .action: 5
        case .options: 6
        case .commitment: 7
        case .followUp: 8
        case .referral: 9
        case .thanks: 10
        case .boundary: 11
        // Harms have no use count; should the engine ever count one, it shares the last slot.
        default: 15
        }
    }
}

/// What `personas check` keeps of a turn's reaction: the sum of the changes, and the parts that
/// decide what the customer says (the lead and a fact), without wording any reason.
struct CheckSink: ReactionSink {
    var total = 0
    /// The highest-priority part, first among equals.
    var lead: ReplyPart?
    var leadPriority = Int.max
    /// The first fact revealed.
    var fact: Fact?
    /// Whether an offer was accepted this turn.
    var acceptedOffer = false

    mutating func change(_ amount: Int, _ reason: () -> String) { total += amount }
    mutating func calming(_ amount: Int, _ reason: () -> String) { total += amount }
    mutating func endCalming() {}

    mutating func part(_ part: ReplyPart) {
        let priority = part.priority
        if priority < leadPriority {
            lead = part
            leadPriority = priority
        }
    }

    mutating func revealed(_ fact: Fact) {
        if self.fact == nil { self.fact = fact }
    }

    mutating func offered(_ id: String, accepted: Bool) {
        if accepted { acceptedOffer = true }
    }
}
