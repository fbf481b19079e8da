/// A trainee turn as the scorer reads it: the analyzer's moves merged with the scorer's own cues,
/// with innocent matches removed ("whatever works for you" is not a dismissal), and the facts the
/// rules weigh (how many apologies, a stated time, a reason for a referral, hostility).
struct TurnReading: Sendable {
    /// The merged moves, in order of where they start.
    let moves: [Move]
    /// The cue reading of the line, for counting and citing words.
    let line: LineReading
    /// Apologies said in the turn ("sorry" three times counts three).
    let apologyCount: Int
    /// Whether the turn names a time (a clock time, "today", "by Friday", "within 2 hours").
    let statesTime: Bool
    /// Whether a referral in the turn says why.
    let givesReason: Bool
    /// Whether the turn offers help beside a boundary.
    let helpStands: Bool
    /// Whether the turn swears at the customer (profanity, not only insults).
    let profane: Bool
    /// Whether the turn is hostile (blame, sarcasm, insults, …), so its good words earn nothing.
    let isHostile: Bool
    /// The LAST steps performed, as bits.
    private let stepBits: UInt8

    /// Kinds that make a turn hostile: its good words count for nothing.
    static let hostileKinds: Set<MoveKind> = [.blame, .accusation, .condescension, .dismissal, .calmDown, .sarcasm, .insult, .threat]

    init(text: String, analysis: Analysis, lexicon: CueLexicon = .shared) {
        let line = LineReading(text, lexicon: lexicon)
        self.line = line
        var cueMoves: [Move] = []
        cueMoves.reserveCapacity(8)
        // One move per kind is enough: rules cite the first, and harms count once per kind per turn.
        func add(_ kind: MoveKind, _ hit: LineReading.Hit) {
            guard !cueMoves.contains(where: { $0.kind == kind }) else { return }
            let span = line.scalarSpan(hit)
            cueMoves.append(Move(kind: kind, evidence: Evidence(start: span.start, end: span.end, words: line.words(hit))))
        }
        func spans(_ cues: [ScoringCue]) -> [(Int, Int)] {
            line.hits.compactMap { cues.contains($0.cue) ? line.scalarSpan($0) : nil }
        }

        let hits = line.hits
        let setsBoundary = hits.contains { $0.cue == .boundary }
        let nonApologies = hits.filter { $0.cue == .nonApology }
        var apologies = 0
        var rejectedInsults: [LineReading.Hit] = []
        for hit in hits {
            switch hit.cue {
            case .apology:
                if nonApologies.contains(where: { $0.first <= hit.first && hit.first <= $0.last }) { continue }
                if hit.first > 0, LineReading.negations.contains(line.tokens[hit.first - 1].hash) { continue } // "not our fault"
                apologies += 1
                if apologies == 1 { add(.apology, hit) }
            case .nonApology where hit.first == nonApologies.first?.first: add(.nonApology, hit)
            case .empathy: add(.empathy, hit)
            case .reflection: add(.reflection, hit)
            case .acknowledgement: add(.acknowledgement, hit)
            case .questionPhrase: add(.question, hit)
            case .options:
                if hit.first > 0, LineReading.negations.contains(line.tokens[hit.first - 1].hash) || line.tokens[hit.first - 1].hash == Self.other { continue }
                add(.options, hit)
            case .followUp: add(.followUp, hit)
            case .referral: add(.referral, hit)
            case .thanks: add(.thanks, hit)
            case .boundary: add(.boundary, hit)
            case .blame where !Self.covered(hit, by: .notBlame, in: hits): add(.blame, hit)
            case .accusation: add(.accusation, hit)
            case .condescension: add(.condescension, hit)
            case .dismissal where !Self.covered(hit, by: .notDismissal, in: hits): add(.dismissal, hit)
            case .policyWall where !Self.covered(hit, by: .notPolicyWall, in: hits): add(.policyWall, hit)
            case .calmDown: add(.calmDown, hit)
            case .sarcasm: add(.sarcasm, hit)
            case .insult, .profanity:
                if Self.isAimedAtCustomer(hit, in: line, boundary: setsBoundary) { add(.insult, hit) } else { rejectedInsults.append(hit) }
            case .threat: add(.threat, hit)
            default: break
            }
        }
        // Shouting in capitals talks down to the customer, whatever the words.
        if line.isShouted, !line.tokens.isEmpty {
            add(.condescension, LineReading.Hit(cue: .condescension, first: 0, last: min(line.tokens.count - 1, 5)))
        }
        if let question = line.firstQuestion() {
            add(.question, LineReading.Hit(cue: .questionPhrase, first: question.first, last: min(question.last, question.first + 7)))
        }
        // Actions: an owner ("I'll", "let me") or a remedy ("refund"), unless negated or really a listening phrase.
        let listeningStarts = hits.compactMap { Self.listeningCues.contains($0.cue) ? $0.first : nil }
        let negatedAt: (Int) -> Bool = { index in
            hits.contains { $0.cue == .cant && $0.last < index && index - $0.last <= 3 }
        }
        let action = hits.first { hit in
            (hit.cue == .ownerAction && !listeningStarts.contains(hit.first)) || (hit.cue == .remedy && !negatedAt(hit.first))
        }
        let time = line.statesTime
        if let action {
            add(.action, action)
            if time { add(.commitment, action) }
        } else if time, let followUp = hits.first(where: { $0.cue == .followUp }) {
            add(.commitment, followUp) // "I'll check and call you back by 5 pm"
        }
        // "Can't" with nothing we can do instead; a boundary's "I can't continue if…" is not a refusal.
        if let cant = hits.first(where: { $0.cue == .cant }), !hits.contains(where: { $0.cue == .boundary }),
           !hits.contains(where: { $0.cue == .alternative && $0.first != cant.first }) {
            add(.refusal, cant)
        }
        // An excuse straight after an apology: "sorry, but the system was down".
        if let apology = hits.first(where: { $0.cue == .apology }),
           let contrast = hits.first(where: { $0.cue == .contrast && $0.first > apology.last && $0.first - apology.last <= 6 }) {
            let window = contrast.last + 1...contrast.last + 8
            let firstHelp = hits.first { ($0.cue == .ownerAction || $0.cue == .alternative) && window.contains($0.first) }?.first ?? Int.max
            if let excuse = hits.first(where: { $0.cue == .excuseWord && window.contains($0.first) && $0.first < firstHelp }) {
                add(.excuse, LineReading.Hit(cue: .excuseWord, first: contrast.first, last: excuse.last))
            }
        }

        // Analyzer moves, without the matches the cues show to be innocent. Policy mentioned beside an
        // offer ("policy is 30 days, but what I can do is…") is not a wall.
        let offersSomething = action != nil || hits.contains { $0.cue == .alternative }
        let innocentDismissal = spans([.notDismissal])
        let innocentPolicy = offersSomething ? [(0, Int.max)] : spans([.notPolicyWall])
        let listening = spans(Self.listeningCues)
        let nonApologySpans = spans([.nonApology])
        let innocentInsults = rejectedInsults.map { line.scalarSpan($0) }
        let innocentBlame = spans([.notBlame])
        func overlaps(_ move: Move, _ spans: [(Int, Int)]) -> Bool {
            spans.contains { move.evidence.start < $0.1 && $0.0 < move.evidence.end }
        }
        var merged: [Move] = []
        for move in analysis.moves {
            switch move.kind {
            case .dismissal where overlaps(move, innocentDismissal): continue
            case .policyWall where overlaps(move, innocentPolicy): continue
            case .action where overlaps(move, listening): continue
            case .apology where overlaps(move, nonApologySpans): continue
            case .insult where overlaps(move, innocentInsults): continue
            case .blame where overlaps(move, innocentBlame): continue
            default: merged.append(move)
            }
        }
        for move in cueMoves {
            if move.kind == .policyWall, offersSomething { continue }
            if merged.contains(where: { $0.kind == move.kind && $0.evidence.start < move.evidence.end && move.evidence.start < $0.evidence.end }) { continue }
            merged.append(move)
        }
        merged.sort { ($0.evidence.start, $0.evidence.end) < ($1.evidence.start, $1.evidence.end) }
        moves = merged
        apologyCount = max(apologies, merged.contains { $0.kind == .apology } ? 1 : 0)
        statesTime = time
        givesReason = hits.contains { $0.cue == .reason }
        helpStands = hits.contains { $0.cue == .helpStands } || action != nil
        profane = hits.contains { $0.cue == .profanity }
        isHostile = merged.contains { Self.hostileKinds.contains($0.kind) }
        var steps: UInt8 = 0
        for move in merged { if let step = Self.step(of: move.kind) { steps |= Self.bit(step) } }
        stepBits = steps
    }

    /// Phrases whose "I'll" / "let me" / "I can" is not an offer.
    private static let listeningCues: [ScoringCue] = [.empathy, .reflection, .acknowledgement, .questionPhrase, .lookup]

    /// Insults and profanity fail a session only when aimed at the customer. Profanity and insulting
    /// phrases ("shut up") always are; a personal noun ("idiot") is unless it is about the speaker
    /// ("I'm such an idiot"); an adjective ("stupid") only when it follows "you"/"your". Inside a calm
    /// boundary the customer's own words may be quoted ("please don't call me an idiot"), so there only
    /// words after "you" count.
    private static func isAimedAtCustomer(_ hit: LineReading.Hit, in line: LineReading, boundary: Bool) -> Bool {
        let before = line.tokens[max(0, hit.first - 3)..<hit.first]
        let directed = before.contains { LineReading.addressees.contains($0.hash) }
        if boundary { return directed }
        if hit.cue == .profanity || hit.first != hit.last { return true }
        let word = line.tokens[hit.first].hash
        if LineReading.personalInsults.contains(word) { return !before.contains { LineReading.selfWords.contains($0.hash) } }
        return directed
    }

    /// Whether a `cover` phrase (e.g. "whatever works") contains the hit.
    private static func covered(_ hit: LineReading.Hit, by cover: ScoringCue, in hits: [LineReading.Hit]) -> Bool {
        hits.contains { $0.cue == cover && $0.first <= hit.first && hit.last <= $0.last }
    }

    /// The LAST step a kind of move counts towards (`category.step` without going through raw strings).
    static func step(of kind: MoveKind) -> Step? {
        switch kind.category {
        case .listen: .listen
        case .apologize: .apologize
        case .solve: .solve
        case .thank: .thank
        case .boundary, .harm: nil
        }
    }

    private static func bit(_ step: Step) -> UInt8 {
        switch step {
        case .listen: 1
        case .apologize: 2
        case .solve: 4
        case .thank: 8
        }
    }

    private static let other = CueLexicon.words(of: "other").first!

    /// The moves of one kind.
    func moves(of kind: MoveKind) -> [Move] { moves.filter { $0.kind == kind } }

    /// Whether the turn has a move of `kind`.
    func has(_ kind: MoveKind) -> Bool { moves.contains { $0.kind == kind } }

    /// Whether the turn performs `step`.
    func performs(_ step: Step) -> Bool { stepBits & Self.bit(step) != 0 }
}
