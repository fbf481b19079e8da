/// `personas check`: explores a persona's state space breadth-first over classes of trainee move,
/// driving the real engine, and proves that a LAST-following path resolves, that some path
/// escalates, and that sarcastic stuffing never resolves.
///
/// States that differ only in wording (the random source, the last lines said) are merged, so each
/// depth holds only distinct dynamic states; the search is exhaustive up to its depth.
public struct PersonaChecker: Sendable {
    /// The default search depth in trainee turns.
    public static let defaultDepth = 8

    /// The persona under check.
    public let persona: Persona
    /// The deepest search, in trainee turns (capped by the persona's turn limit).
    public let maximumDepth: Int
    private let analyzer: Analyzer

    /// A checker for `persona`, exploring up to `depth` trainee turns.
    public init(persona: Persona, depth: Int = PersonaChecker.defaultDepth, analyzer: Analyzer = Analyzer()) {
        self.persona = persona
        maximumDepth = depth
        self.analyzer = analyzer
    }

    /// Runs the three searches and gathers what they reached.
    public func check() -> PersonaCheckReport {
        let depth = max(1, min(maximumDepth, persona.turnLimit))
        var mismatches: [PersonaCheckReport.Mismatch] = []
        var usable: [PreparedMove] = []
        var stuffing: [PreparedMove] = []
        for move in CheckMove.all(for: persona) {
            let analysis = analyzer.analyze(move.line)
            let prepared = PreparedMove(move: move, analysis: analysis)
            if move.isStuffing { stuffing.append(prepared) }
            if let reason = move.mismatch(in: analysis) {
                mismatches.append(.init(move: move.label, line: move.line, reason: reason, isRequired: move.isRequired))
            } else {
                usable.append(prepared)
            }
        }
        // Stuffing joins the full search only when it reads as sarcasm; its own proof uses it regardless.
        // Moves that act identically on every state (two harms this customer minds equally) are explored once.
        var signatures = Set<TransitionSignature>()
        let everything = usable.filter { signatures.insert(TransitionSignature($0, persona: persona)).inserted }
        let last = usable.filter { $0.move.stage != nil }

        var full = Search(persona: persona, moves: everything, depth: depth, advance: { _, _ in 0 })
        full.run()
        var lastSearch = Search(persona: persona, moves: last, depth: depth, advance: Self.lastStage)
        lastSearch.run(stopAtFirstResolution: true, resolvesOnlyAt: CheckMove.Stage.solve.rawValue)
        var stuffingSearch = Search(persona: persona, moves: stuffing, depth: depth, advance: { _, _ in 0 })
        stuffingSearch.run(stopAtFirstResolution: true)

        let coverage = full.coverage
        let withLines = Situation.allCases.filter { persona.lines[$0] != nil }
        let unreachedMoodLines = withLines.flatMap { situation in
            (persona.lines[situation]?.byMood.keys.sorted() ?? [])
                .filter { !coverage.situationMoods.contains(SituationMood(situation: situation, mood: $0)) }
                .map { (situation: situation, mood: $0) }
        }
        let moods = Set((coverage.minimum...coverage.maximum).map(persona.temperament.mood(at:)))
        return PersonaCheckReport(
            personaID: persona.id, depth: depth, turnLimit: persona.turnLimit,
            statesExplored: full.statesExplored + lastSearch.statesExplored + stuffingSearch.statesExplored,
            moves: everything.map(\.move.label),
            shortestResolvingPath: full.resolving.map { replay($0, moves: everything) },
            lastPath: lastSearch.resolving.map { replay($0, moves: last) },
            escalatingPath: full.escalating.map { replay($0, moves: everything) },
            stuffingResolvingPath: stuffingSearch.resolving.map { replay($0, moves: stuffing) },
            unreachedSituations: withLines.filter { !coverage.situations.contains($0) },
            unreachedMoodLines: unreachedMoodLines,
            unreachedTriggers: persona.triggers.map(\.id).filter { !coverage.triggers.contains($0) },
            unrevealedFacts: persona.grievance.facts.dropFirst(coverage.factsRevealed).map(\.id),
            frustrationRange: coverage.minimum...coverage.maximum,
            unreachedMoods: Mood.allCases.filter { !moods.contains($0) },
            mismatches: mismatches)
    }

    /// LAST order, one step at a time: an optional boundary first, then listen, apologize, solve,
    /// thank; a step may repeat but not be skipped. Stage 0 is "nothing yet".
    private static func lastStage(_ current: Int, _ move: CheckMove) -> Int? {
        guard let stage = move.stage else { return nil }
        if stage == .boundary { return current == 0 ? 0 : nil }
        let next = stage.rawValue // listen 1, apologize 2, solve 3, thank 4
        return next == current || next == current + 1 ? next : nil
    }

    /// The path's lines replayed through a fresh conversation, for the report.
    private func replay(_ path: [Int], moves: [PreparedMove]) -> [PersonaCheckReport.Step] {
        var conversation = Conversation(persona: persona, seed: 0, analyzer: analyzer)
        _ = conversation.start()
        return path.map { index in
            let move = moves[index]
            _ = conversation.submit(move.move.line, analysis: move.analysis)
            return .init(move: move.move.label, line: move.move.line, frustration: conversation.state.frustration,
                         reply: conversation.turns.last?.text ?? "")
        }
    }
}

/// A move with its analysis, computed once per check.
struct PreparedMove {
    var move: CheckMove
    var analysis: Analysis
}

/// A line set said in a mood.
struct SituationMood: Hashable {
    var situation: Situation
    var mood: Mood
}

/// What a search reached.
struct Coverage {
    var situations: Set<Situation> = [.opening]
    var situationMoods: Set<SituationMood> = []
    var triggers: Set<String> = []
    var factsRevealed = 0
    var minimum = Int.max
    var maximum = Int.min

    mutating func note(frustration: Int) {
        minimum = min(minimum, frustration)
        maximum = max(maximum, frustration)
    }
}

/// One breadth-first search over merged states, with an optional stage that restricts the order of
/// moves (for LAST-following paths).
struct Search {
    private struct Node {
        var conversation: Conversation
        var stage: Int
    }

    private struct StateKey: Hashable {
        var state: ConversationState
        var stage: Int
    }

    /// Each node's parent index in the previous layer and the move that led to it, per depth.
    private typealias Link = (parent: Int32, move: Int16)

    let persona: Persona
    let moves: [PreparedMove]
    let depth: Int
    /// The stage after `move` from `stage`, or nil when the move is not allowed there.
    let advance: (Int, CheckMove) -> Int?

    private(set) var coverage = Coverage()
    private(set) var statesExplored = 0
    /// Move indexes of the shortest resolving path found.
    private(set) var resolving: [Int]?
    /// Move indexes of the shortest escalating path found.
    private(set) var escalating: [Int]?

    init(persona: Persona, moves: [PreparedMove], depth: Int, advance: @escaping (Int, CheckMove) -> Int?) {
        self.persona = persona
        self.moves = moves
        self.depth = depth
        self.advance = advance
    }

    mutating func run(stopAtFirstResolution: Bool = false, resolvesOnlyAt minimumStage: Int = 0) {
        var start = Conversation(persona: persona, seed: 0)
        start.wordsReplies = false
        _ = start.start()
        coverage.note(frustration: start.state.frustration)
        coverage.situationMoods.insert(SituationMood(situation: .opening, mood: persona.temperament.mood(at: start.state.frustration)))
        var frontier = [Node(conversation: start, stage: 0)]
        var layers: [[Link]] = []
        statesExplored = 1
        for _ in 0..<depth where !frontier.isEmpty {
            var next: [Node] = []
            var links: [Link] = []
            var seen = Set<StateKey>()
            for (parentIndex, node) in frontier.enumerated() {
                for (moveIndex, move) in moves.enumerated() {
                    guard let stage = advance(node.stage, move.move) else { continue }
                    var conversation = node.conversation
                    let (events, parts) = conversation.submit(move.move.line, analysis: move.analysis)
                    // Coverage counts every transition: a merged state may have been reached saying something else.
                    note(events: events, parts: parts)
                    guard seen.insert(StateKey(state: conversation.state.dynamicsKey(ventingNeeded: persona.temperament.ventingNeeded), stage: stage)).inserted else { continue }
                    let link: Link = (Int32(parentIndex), Int16(moveIndex))
                    switch conversation.outcome {
                    case .resolved? where stage >= minimumStage:
                        if resolving == nil { resolving = path(layers, ending: link) }
                        if stopAtFirstResolution { statesExplored += seen.count; return }
                    case .escalated?:
                        if escalating == nil { escalating = path(layers, ending: link) }
                    case nil:
                        next.append(Node(conversation: conversation, stage: stage))
                        links.append(link)
                    default:
                        break
                    }
                }
            }
            statesExplored += seen.count
            layers.append(links)
            frontier = next
        }
    }

    private mutating func note(events: [DialogueEvent], parts: [ReplyPart]) {
        var mood = Mood.calm
        for event in events {
            switch event {
            case .customerSaid(_, _, let said): mood = said
            case .frustrationChanged(_, let to, _): coverage.note(frustration: to)
            default: break
            }
        }
        for part in parts {
            switch part {
            case .situation(let situation):
                coverage.situations.insert(situation)
                coverage.situationMoods.insert(SituationMood(situation: situation, mood: mood))
            case .trigger(let trigger): coverage.triggers.insert(trigger.id)
            case .fact(let fact):
                if let index = persona.grievance.facts.firstIndex(of: fact) { coverage.factsRevealed = max(coverage.factsRevealed, index + 1) }
            case .resolution: break
            }
        }
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

/// What decides how a move changes any state: the non-harmful kinds (each has its own use count),
/// the harms' amounts for this customer, the triggers and offers the line matches. Two moves with
/// the same signature lead every state to the same next state, so one of them is enough.
struct TransitionSignature: Hashable {
    var kinds: [MoveKind]
    var harmAmounts: [Int]
    var harmKinds: Set<MoveKind>
    var triggers: [String]
    var offers: [String]
    var hasLetters: Bool

    init(_ move: PreparedMove, persona: Persona) {
        let kinds = Set(move.analysis.moves.map(\.kind))
        self.kinds = kinds.filter { !$0.isHarmful }.sorted { $0.rawValue < $1.rawValue }
        harmAmounts = move.analysis.harms.map { persona.reactions.change(for: $0) }.sorted()
        // Excuses interact with apologies and are not hostile, so they keep their identity.
        harmKinds = kinds.filter { $0 == .excuse }
        let matcher = PhraseMatcher(move.move.line)
        triggers = persona.triggers.filter { matcher.containsAny($0.words, allowNegated: true) }.map(\.id)
        offers = persona.resolutions.filter { matcher.containsAny($0.offer) }.map(\.id)
        hasLetters = move.move.line.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
    }
}
