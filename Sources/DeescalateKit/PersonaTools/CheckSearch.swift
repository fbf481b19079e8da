/// One breadth-first search of `personas check` over compact states, applying the engine's own
/// frustration model (`FrustrationModel.react(to:state:sink:)`) and outcome rule to each canonical
/// move's precomputed `TurnInput`.
///
/// `keep` decides how states merge at each depth:
/// - `.every`: only identical states merge; exact, for the coverage report, within a budget.
/// - `.lowest`: among states equal in all but frustration, only the least frustrated is kept, also
///   against earlier depths. Sound for "some path resolves" (see `PersonaChecker`).
/// - `.highest`: per depth, only the most frustrated is kept. Sound for "some path escalates".
struct CheckSearch {
    enum Keep { case every, lowest, highest }

    /// A canonical move ready to apply: its input and LAST stage (nil outside LAST).
    struct Move {
        var input: TurnInput
        var stage: Int?
    }

    /// Each node's parent index in the previous layer and the move that led to it.
    private struct Link {
        var parent: Int32
        var move: Int16
    }

    private struct Node {
        var state: CheckState
        var stage: Int
    }

    private struct Best {
        var frustration: Int
        var layer: Int
        var index: Int
    }

    let persona: Persona
    let moves: [Move]
    let depth: Int
    let keep: Keep
    /// Whether moves must follow LAST order (boundary first if at all, then listen, apologize, solve, thank).
    var followsLAST = false
    /// A resolution counts only from this stage on (the LAST search needs the solve stage reached).
    var resolvesFromStage = 0
    var stopAtResolution = false
    var stopAtEscalation = false
    /// For `.every`: stop before a depth whose transitions would pass this many in all.
    var transitionBudget = Int.max
    /// For every search: stop before a depth would keep more states than this in all, so memory
    /// stays bounded whatever the persona (`capped` then says the proof is exhaustive only to
    /// `completedDepth`).
    var stateBudget = Int.max
    /// Whether the state budget stopped the search before `depth`.
    private(set) var capped = false

    private let model: FrustrationModel
    private(set) var coverage: CheckCoverage
    /// Distinct states kept, over all depths, with the start.
    private(set) var statesExplored = 1
    /// Transitions applied.
    private(set) var transitions = 0
    /// The depth explored completely (less than `depth` when stopped early or by the budget).
    private(set) var completedDepth = 0
    /// Move indexes of the shortest resolving and escalating paths found.
    private(set) var resolving: [Int]?
    private(set) var escalating: [Int]?

    init(persona: Persona, moves: [Move], depth: Int, keep: Keep) {
        self.persona = persona
        self.moves = moves
        self.depth = depth
        self.keep = keep
        model = FrustrationModel(persona: persona)
        coverage = CheckCoverage(persona: persona)
    }

    mutating func run(progress: (_ depth: Int, _ states: Int) -> Void = { _, _ in }) {
        let start = CheckState(persona: persona)
        let ventingNeeded = persona.temperament.ventingNeeded
        coverage.note(frustration: start.frustration)
        coverage.note(.opening, mood: persona.temperament.mood(at: start.frustration))
        var frontier = [Node(state: start, stage: 0)]
        var layers: [[Link]] = []
        var best: [CheckState.Key: Best] = [:]
        if keep == .lowest { best[start.key(ventingNeeded: ventingNeeded, withFrustration: false)] = Best(frustration: start.frustration, layer: 0, index: 0) }
        for layer in 1...max(1, depth) where !frontier.isEmpty {
            if keep == .every, transitions + frontier.count * moves.count > transitionBudget { return }

            var next: [Node] = []
            var links: [Link] = []
            var index: [CheckState.Key: Int] = [:]
            for (parentIndex, node) in frontier.enumerated() {
                for (moveIndex, move) in moves.enumerated() {
                    guard let stage = advance(node.stage, move.stage) else { continue }
                    var state = node.state
                    state.traineeTurns += 1
                    var sink = CheckSink()
                    model.react(to: move.input, state: &state, sink: &sink)
                    state.frustration = min(100, max(0, node.state.frustration + sink.total))
                    let outcome = Conversation.outcome(of: persona, frustration: state.frustration, patienceLeft: state.patienceLeft,
                                                       agreed: state.isAgreed, traineeTurns: state.traineeTurns)
                    transitions += 1
                    // A deep layer can take seconds in a debug build: report within it too.
                    if transitions & 0xFFFF == 0 { progress(layer, statesExplored + next.count) }
                    coverage.note(sink, input: move.input, state: state, outcome: outcome)
                    let link = Link(parent: Int32(parentIndex), move: Int16(moveIndex))
                    switch outcome {
                    case .resolved? where stage >= resolvesFromStage:
                        if resolving == nil { resolving = path(layers, ending: link) }
                        if stopAtResolution { return }
                        continue
                    case .escalated?:
                        if escalating == nil { escalating = path(layers, ending: link) }
                        if stopAtEscalation { return }
                        continue
                    case .resolved?, .abandoned?:
                        continue
                    case nil:
                        break
                    }
                    let node = Node(state: state, stage: stage)
                    switch keep {
                    case .every:
                        let key = state.key(ventingNeeded: ventingNeeded, stage: stage)
                        guard index.updateValue(next.count, forKey: key) == nil else { continue }
                    case .highest:
                        let key = state.key(ventingNeeded: ventingNeeded, stage: stage, withFrustration: false)
                        if let existing = index[key] {
                            if next[existing].state.frustration < state.frustration { next[existing] = node; links[existing] = link }
                            continue
                        }
                        index[key] = next.count
                    case .lowest:
                        let key = state.key(ventingNeeded: ventingNeeded, stage: stage, withFrustration: false)
                        if let seen = best[key] {
                            if seen.frustration <= state.frustration { continue }
                            if seen.layer == layer {
                                next[seen.index] = node
                                links[seen.index] = link
                                best[key]?.frustration = state.frustration
                                continue
                            }
                        }
                        best[key] = Best(frustration: state.frustration, layer: layer, index: next.count)
                    }
                    next.append(node)
                    links.append(link)
                    // Memory stays bounded: past the budget the search ends at the last whole depth.
                    if statesExplored + next.count > stateBudget {
                        capped = true
                        return
                    }
                }
            }
            statesExplored += next.count
            completedDepth = layer
            progress(layer, statesExplored)
            layers.append(links)
            frontier = next
        }
    }

    /// The stage after a move from `current`, or nil when LAST order does not allow it there.
    /// Outside the LAST search every move is allowed and the stage stays 0.
    private func advance(_ current: Int, _ stage: Int?) -> Int? {
        guard followsLAST else { return 0 }
        guard let next = stage else { return nil }
        if next == CheckMove.Stage.boundary.rawValue { return current == 0 ? 0 : nil }
        return next == current || next == current + 1 ? next : nil
    }

    /// The move indexes from the start to `link`, following parents back through the layers.
    private func path(_ layers: [[Link]], ending link: Link) -> [Int] {
        var result = [Int(link.move)]
        var parent = Int(link.parent)
        for layer in layers.reversed() {
            let step = layer[parent]
            result.append(Int(step.move))
            parent = Int(step.parent)
        }
        return result.reversed()
    }
}

/// What the searches reached: line sets said per mood, triggers, facts, frustration levels.
struct CheckCoverage {
    /// The situations said, in any mood.
    var situations: Set<Situation> { Set(Situation.allCases.filter { moodLines[Self.index($0)] != 0 }) }
    /// One bit per mood, per situation (by its position; an array, as this runs on every transition).
    private var moodLines = [UInt8](repeating: 0, count: Situation.allCases.count)
    private(set) var triggers = Set<Int>()
    /// Facts told on some path, one bit per index.
    private(set) var revealed: UInt64 = 0
    private(set) var minimum = Int.max
    private(set) var maximum = Int.min
    private let temperament: Temperament

    init(persona: Persona) {
        temperament = persona.temperament
    }

    func reached(_ situation: Situation, mood: Mood) -> Bool {
        moodLines[Self.index(situation)] & Self.bit(mood) != 0
    }

    mutating func note(frustration: Int) {
        minimum = min(minimum, frustration)
        maximum = max(maximum, frustration)
    }

    mutating func note(_ situation: Situation, mood: Mood) {
        moodLines[Self.index(situation)] |= Self.bit(mood)
    }

    /// Notes what the customer says after one transition, as `Conversation.submit` words it.
    mutating func note(_ sink: CheckSink, input: TurnInput, state: CheckState, outcome: Outcome?) {
        note(frustration: state.frustration)
        let mood = temperament.mood(at: state.frustration)
        let lead = sink.lead ?? .situation(.noProgress)
        note(lead, input: input, state: state, mood: mood)
        if lead.takesAFactAfter, let fact = sink.fact {
            note(.fact(fact), input: input, state: state, mood: mood)
        }
        if outcome == nil, state.hasAcceptedResolution, sink.acceptedOffer { note(.acceptedStillUpset, mood: mood) }
        if let outcome { note(outcome == .resolved ? .resolved : .escalated, mood: mood) }
    }

    /// Merges what another search reached.
    mutating func formUnion(_ other: CheckCoverage) {
        for index in moodLines.indices { moodLines[index] |= other.moodLines[index] }
        triggers.formUnion(other.triggers)
        revealed |= other.revealed
        minimum = min(minimum, other.minimum)
        maximum = max(maximum, other.maximum)
    }

    private mutating func note(_ part: ReplyPart, input: TurnInput, state: CheckState, mood: Mood) {
        switch part {
        case .situation(let situation): note(situation, mood: mood)
        // The lead trigger is the first the line sets off; a revealed fact is the latest.
        case .trigger: if let first = input.triggerIndexes.first { triggers.insert(first) }
        case .fact: revealed |= state.revealed
        case .resolution, .retold, .ignored, .need: break
        }
    }

    private static func index(_ situation: Situation) -> Int {
        min(Int(unsafeBitCast(situation, to: UInt8.self)), Situation.allCases.count - 1) // a case's position
    }

    private static func bit(_ mood: Mood) -> UInt8 {
        switch mood {
        case .calm: 1
        case .irritated: 2
        case .angry: 4
        case .furious: 8
        }
    }
}
