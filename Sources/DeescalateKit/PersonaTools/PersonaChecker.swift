/// `personas check`: explores a persona's state space breadth-first over classes of trainee move and
/// proves that a LAST-following path resolves, that some path escalates, and that sarcastic stuffing
/// never resolves.
///
/// Each canonical line is analysed once, and everything about it that does not depend on the state
/// (moves, triggers, the offer it names) is worked out once (`TurnInput`); the searches then apply
/// the engine's own frustration model and outcome rule to a compact state (`CheckState`).
///
/// Soundness of the merging. For two states equal in everything but frustration, the less frustrated
/// never does worse on the same moves: every change but one is independent of frustration; the
/// exception, an apology or empathy halved when furious, only halves a calming change (so a calmer
/// customer calms at least as much, and a furious one no more); clamping keeps the order; and a calmer
/// turn can only reset the stalled streak or spare patience where the other stalls. So after any move
/// the calmer state is still at most as frustrated, no more stalled, no less patient, and it resolves
/// whenever the other does and escalates only when the other does; fewer turns used only help too.
/// Hence the resolving searches keep the least frustrated state per key (against earlier depths too)
/// and the escalating search the most frustrated per depth. This needs calming apologies and empathy
/// and a non-negative no-progress cost; a persona without them is searched exactly instead.
/// The coverage report (line sets, triggers, facts, frustration levels) comes from an exact search
/// as deep as `coverageBudget` allows, joined with what the proof searches reached.
public struct PersonaChecker: Sendable {
    /// The default search depth in trainee turns.
    public static let defaultDepth = 8
    /// Transitions the exact coverage search may apply before it stops at the depth reached.
    public static let defaultCoverageBudget = 1_500_000
    /// States each proof search may keep; past it the search stops at the last complete depth and
    /// the report says so. Merging keeps every shipped persona far below it (about 100,000 at depth 8).
    public static let defaultStateBudget = 2_000_000

    /// Where a check is, for a progress display: which search, the depth completed, states kept.
    public struct Progress: Sendable, Equatable {
        /// The search: "resolving", "LAST", "stuffing", "escalating" or "coverage".
        public var search: String
        /// The depth being explored (reported when it completes, and along the way).
        public var depth: Int
        /// The deepest it will go.
        public var of: Int
        /// States kept by this search so far.
        public var states: Int
    }

    /// The persona under check.
    public let persona: Persona
    /// The deepest search, in trainee turns (capped by the persona's turn limit).
    public let maximumDepth: Int
    /// Transitions the exact coverage search may apply.
    public let coverageBudget: Int
    /// States each search may keep.
    public let stateBudget: Int
    private let analyzer: Analyzer

    /// A checker for `persona`, exploring up to `depth` trainee turns.
    public init(persona: Persona, depth: Int = PersonaChecker.defaultDepth,
                coverageBudget: Int = PersonaChecker.defaultCoverageBudget,
                stateBudget: Int = PersonaChecker.defaultStateBudget, analyzer: Analyzer = Analyzer()) {
        self.persona = persona
        maximumDepth = depth
        self.coverageBudget = coverageBudget
        self.stateBudget = stateBudget
        self.analyzer = analyzer
    }

    /// Whether keeping only the lowest (or highest) frustration per state is sound for this persona.
    var dominanceIsSound: Bool {
        let reactions = persona.reactions
        return reactions.change(for: .apology) <= 0 && reactions.change(for: .empathy) <= 0
            && reactions.change(for: .noProgress) >= 0
    }

    /// Runs the searches and gathers what they reached, telling `progress` after each depth.
    public func check(progress: (Progress) -> Void = { _ in }) -> PersonaCheckReport {
        let depth = max(1, min(maximumDepth, persona.turnLimit))
        var mismatches: [PersonaCheckReport.Mismatch] = []
        var usable: [PreparedMove] = []
        var stuffing: [PreparedMove] = []
        var solves = 0
        for move in CheckMove.all(for: persona) {
            let analysis = DomainPhraseFilter(phrases: persona.domainPhrases).filter(analyzer.analyze(move.line))
            let prepared = PreparedMove(move: move, analysis: analysis, input: TurnInput(analysis: analysis, text: move.line, persona: persona))
            if move.label.hasPrefix("solve ") { solves += 1 }
            if move.isStuffing { stuffing.append(prepared) }
            if let reason = move.mismatch(in: analysis) {
                mismatches.append(.init(move: move.label, line: move.line, reason: reason, isRequired: move.isRequired))
            } else {
                usable.append(prepared)
            }
        }
        // Stuffing joins the full search only when it reads as sarcasm; its own proof uses it regardless.
        // Moves that act identically on every state (two harms this customer minds equally, two
        // offers of the same kind) are explored once, so the work does not grow with the number of
        // resolutions.
        func distinct(_ moves: [PreparedMove], keyedByStage: Bool = false) -> [PreparedMove] {
            var signatures = Set<TransitionSignature>()
            return moves.filter { move in
                var signature = TransitionSignature(move.input, persona: persona)
                if keyedByStage { signature.stage = move.move.stage?.rawValue }
                return signatures.insert(signature).inserted
            }
        }
        let everything = distinct(usable)
        let last = distinct(usable.filter { $0.move.stage != nil }, keyedByStage: true)
        stuffing = distinct(stuffing)
        let exact = !dominanceIsSound
        func search(_ moves: [PreparedMove], _ keep: CheckSearch.Keep) -> CheckSearch {
            var search = CheckSearch(persona: persona, moves: moves.map { .init(input: $0.input, stage: $0.move.stage?.rawValue) },
                                     depth: depth, keep: exact ? .every : keep)
            search.stateBudget = stateBudget
            return search
        }
        func run(_ search: inout CheckSearch, _ name: String) {
            search.run { progress(Progress(search: name, depth: $0, of: depth, states: $1)) }
        }

        var resolving = search(everything, .lowest)
        resolving.stopAtResolution = true
        run(&resolving, "resolving")
        var lastSearch = search(last, .lowest)
        lastSearch.followsLAST = true
        lastSearch.resolvesFromStage = CheckMove.Stage.solve.rawValue
        lastSearch.stopAtResolution = true
        run(&lastSearch, "LAST")
        var stuffingSearch = search(stuffing, .lowest)
        stuffingSearch.stopAtResolution = true
        run(&stuffingSearch, "stuffing")
        var escalating = search(everything, .highest)
        escalating.stopAtEscalation = true
        run(&escalating, "escalating")
        var full = CheckSearch(persona: persona, moves: everything.map { .init(input: $0.input, stage: nil) }, depth: depth, keep: .every)
        full.transitionBudget = coverageBudget
        full.stateBudget = stateBudget
        run(&full, "coverage")

        var coverage = full.coverage
        for other in [resolving, lastSearch, stuffingSearch, escalating] { coverage.formUnion(other.coverage) }
        let withLines = Situation.allCases.filter { persona.lines[$0] != nil }
        let unreachedMoodLines = withLines.flatMap { situation in
            (persona.lines[situation]?.byMood.keys.sorted() ?? [])
                .filter { !coverage.reached(situation, mood: $0) }
                .map { (situation: situation, mood: $0) }
        }
        let moods = Set((coverage.minimum...coverage.maximum).map(persona.temperament.mood(at:)))
        var report = PersonaCheckReport(
            personaID: persona.id, depth: depth, turnLimit: persona.turnLimit,
            statesExplored: [resolving, lastSearch, stuffingSearch, escalating, full].reduce(0) { $0 + $1.statesExplored },
            moves: everything.map(\.move.label),
            shortestResolvingPath: resolving.resolving.map { replay($0, moves: everything) },
            lastPath: lastSearch.resolving.map { replay($0, moves: last) },
            escalatingPath: escalating.escalating.map { replay($0, moves: everything) },
            stuffingResolvingPath: stuffingSearch.resolving.map { replay($0, moves: stuffing) },
            unreachedSituations: withLines.filter { !coverage.situations.contains($0) },
            unreachedMoodLines: unreachedMoodLines,
            unreachedTriggers: persona.triggers.indices.filter { !coverage.triggers.contains($0) }.map { persona.triggers[$0].id },
            unrevealedFacts: persona.grievance.facts.indices.filter { coverage.revealed & FrustrationModel.bit($0) == 0 }.map { persona.grievance.facts[$0].id },
            frustrationRange: coverage.minimum...coverage.maximum,
            unreachedMoods: Mood.allCases.filter { !moods.contains($0) },
            mismatches: mismatches)
        report.coverageDepth = full.completedDepth
        report.proofsAreExact = exact
        // A proof search the state budget stopped is exhaustive only to the depth it completed.
        let proofSearches = [resolving, lastSearch, stuffingSearch, escalating]
        if proofSearches.contains(where: \.capped) {
            report.proofDepth = proofSearches.filter(\.capped).map(\.completedDepth).min() ?? depth
        }
        report.transitions = [resolving, lastSearch, stuffingSearch, escalating, full].reduce(0) { $0 + $1.transitions }
        // Every path is replayed through the real conversation; one ending otherwise than the search
        // said would mean the compact search and the engine disagree.
        let claims: [([PersonaCheckReport.Step]?, Outcome, String)] = [
            (report.shortestResolvingPath, .resolved, "shortest resolving path"), (report.lastPath, .resolved, "LAST path"),
            (report.escalatingPath, .escalated, "escalating path"), (report.stuffingResolvingPath, .resolved, "stuffing path"),
        ]
        for (path, outcome, name) in claims {
            guard let path, path.last?.outcome != outcome else { continue }
            report.mismatches.append(.init(move: name, line: path.map(\.line).joined(separator: " / "),
                                           reason: "the engine's replay ends \(path.last?.outcome?.rawValue ?? "open"), the search said \(outcome.rawValue)",
                                           isRequired: true))
        }
        return report
    }

    /// The path's lines replayed through a fresh conversation, for the report.
    private func replay(_ path: [Int], moves: [PreparedMove]) -> [PersonaCheckReport.Step] {
        var conversation = Conversation(persona: persona, seed: 0, analyzer: analyzer)
        conversation.detectsRepeats = false // each canonical line stands for a fresh wording of its class
        _ = conversation.start()
        return path.map { index in
            let move = moves[index]
            _ = conversation.submit(move.move.line, analysis: move.analysis)
            return .init(move: move.move.label, line: move.move.line, frustration: conversation.state.frustration,
                         reply: conversation.turns.last?.text ?? "", outcome: conversation.outcome)
        }
    }
}

/// A move with its analysis and the input the frustration model needs, computed once per check.
struct PreparedMove {
    var move: CheckMove
    var analysis: Analysis
    var input: TurnInput
}

/// What decides how a move changes any state: the non-harmful kinds (each has its own use count),
/// the harms' amounts for this customer, the triggers and the offer the line names. Two moves with
/// the same signature lead every state to the same next state and words, so one of them is enough.
struct TransitionSignature: Hashable {
    var kinds: [MoveKind]
    var harmAmounts: [Int]
    var excuses: Bool
    var hostile: Bool
    var hasNonHarmfulMove: Bool
    var unreadable: Bool
    var triggers: [Int]
    /// The offer's kind only (acceptable, meets the need): which resolution it is changes the words alone.
    var offer: Int?
    var askedFacts: [Int]
    /// The LAST stage, where moves must also keep their place in the routine.
    var stage: Int?

    init(_ input: TurnInput, persona: Persona) {
        kinds = input.kinds.filter { !$0.isHarmful }.sorted { $0.rawValue < $1.rawValue }
        harmAmounts = input.harms.map { persona.reactions.change(for: $0) }.sorted()
        excuses = input.excuses
        hostile = input.isHostile
        hasNonHarmfulMove = input.hasNonHarmfulMove
        unreadable = input.isUnreadable
        triggers = input.triggerIndexes
        offer = input.offer.map { ($0.resolution.acceptable ? 1 : 0) + ($0.resolution.meetsNeed ? 2 : 0) }
        askedFacts = input.askedFacts.map(\.index)
    }
}
