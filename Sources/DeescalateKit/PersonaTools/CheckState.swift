/// The conversation state as `personas check` keeps it: the few numbers the frustration model reads
/// and changes, with use counts capped where the engine stops telling them apart, packed into a key.
///
/// What only changes the wording is left out, so states that differ only in it merge: which
/// resolution was accepted (only whether one that meets the need was, or a gesture), and which were
/// offered before (a repeated offer and an extra one act alike). That keeps the state space
/// independent of the number of resolutions.
struct CheckState: ReactionState {
    var frustration: Int
    var heard = 0
    var stalledTurns = 0
    var patienceLeft: Int
    var boundarySet = false
    var traineeTurns = 0
    /// Two bits per repeatable move kind: 0–3 uses, 3 meaning spent.
    var uses: UInt32 = 0
    var listenedWithoutNews = 0
    /// Facts told, one bit per index.
    var revealed: UInt64 = 0
    var unacknowledged: UInt64 = 0
    var ignored: UInt64 = 0
    var accepted = false
    var gestureAccepted = false

    init(persona: Persona) {
        frustration = persona.temperament.startingFrustration
        patienceLeft = persona.temperament.patience
    }

    var hasAcceptedResolution: Bool { accepted }
    var isAgreed: Bool { accepted && unacknowledged == 0 }

    func isRevealed(_ index: Int) -> Bool { revealed & FrustrationModel.bit(index) != 0 }
    var revealedCount: Int { revealed.nonzeroBitCount }
    mutating func reveal(_ index: Int) { revealed |= FrustrationModel.bit(index) }

    mutating func recordUse(of kind: MoveKind) -> Int {
        let shift = UInt32(Self.slot(of: kind) * 2)
        let used = Int((uses >> shift) & 3)
        if used < FrustrationModel.repetitionFactors.count {
            uses += 1 << shift
        }
        return used
    }

    mutating func recordOffer(_ index: Int, id: String) -> Bool { true }

    mutating func accept(_ index: Int, id: String) { accepted = true }

    /// The state (and the LAST stage, for that search) as a hashable key; `withFrustration: false` leaves frustration out, for the
    /// searches that keep only the lowest or highest frustration per key. `heard` counts only up to
    /// `ventingNeeded`, the one value the engine compares it with.
    func key(ventingNeeded: Int, stage: Int = 0, withFrustration: Bool = true) -> Key {
        var low = UInt64(uses & 0xFF_FFFF)
        low |= UInt64(withFrustration ? frustration : 0) << 24
        low |= UInt64(min(heard, ventingNeeded, 31)) << 31
        low |= UInt64(min(stalledTurns, 63)) << 36
        low |= (boundarySet ? 1 : 0) << 42
        low |= UInt64(max(0, min(patienceLeft, 63))) << 43
        low |= (accepted ? 1 : 0) << 49
        low |= (gestureAccepted ? 1 : 0) << 50
        low |= UInt64(min(listenedWithoutNews, 3)) << 51
        low |= UInt64(stage) << 53
        return Key(low: low, revealed: revealed, acknowledgement: unacknowledged & 0xFFFF_FFFF | ignored << 32)
    }

    /// A packed state.
    struct Key: Hashable {
        var low: UInt64
        var revealed: UInt64
        var acknowledgement: UInt64
    }

    /// The use-count slot of a kind the engine counts (apologies, solving, thanks, boundary);
    /// listening is counted by `listenedWithoutNews`.
    private static func slot(of kind: MoveKind) -> Int {
        switch kind {
        case .apology: 0
        case .empathy: 1
        case .action: 2
        case .options: 3
        case .commitment: 4
        case .followUp: 5
        case .referral: 6
        case .thanks: 7
        case .boundary: 8
        // Nothing else has a use count; should the engine ever count one, it shares the last slot.
        default: 11
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

    mutating func offered(_ id: String, accepted: Bool, meetsNeed: Bool) {
        if accepted, meetsNeed { acceptedOffer = true }
    }
}
