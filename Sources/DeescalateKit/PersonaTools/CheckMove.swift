/// One class of trainee move that `personas check` explores, as a fixed canonical line the analyzer
/// classifies as that class. The engine's rules are never re-implemented: each move is the real
/// conversation answering the canonical line.
public struct CheckMove: Sendable, Hashable {
    /// Where a move sits in the LAST routine, for the search restricted to LAST-following paths.
    public enum Stage: Int, Sendable, Comparable {
        case boundary, listen, apologize, solve, thank

        public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A short name, e.g. `question`, `solve refund-shipping`, `harm blame`.
    public var label: String
    /// The canonical trainee line.
    public var line: String
    /// Kinds of which the analyzer must find at least one in `line`.
    public var expected: Set<MoveKind>
    /// The LAST stage, or nil for moves outside LAST (harms, neutral, stuffing).
    public var stage: Stage?
    /// Whether the move is sarcastic keyword stuffing (explored on its own for the stuffing proof).
    public var isStuffing: Bool
    /// Whether the proofs depend on it, so a line the analyzer no longer classifies is an internal
    /// error rather than a class left out with a warning.
    public var isRequired: Bool

    /// The canonical moves for `persona`: each listen and apologize kind, a solve per resolution
    /// (with its first offer phrase), thanks, a boundary, each harmful kind, neutral and unreadable.
    public static func all(for persona: Persona) -> [CheckMove] {
        var moves: [CheckMove] = [
            CheckMove(label: "question", line: "What happened, exactly?", expected: [.question], stage: .listen, isRequired: true),
            CheckMove(label: "reflection", line: "So you were let down and nobody explained why?", expected: [.reflection], stage: .listen, isRequired: true),
            CheckMove(label: "acknowledgement", line: "I hear you. Go on.", expected: [.acknowledgement], stage: .listen),
            CheckMove(label: "apology", line: "I'm sorry about this.", expected: [.apology], stage: .apologize, isRequired: true),
            CheckMove(label: "empathy", line: "That sounds really frustrating.", expected: [.empathy], stage: .apologize, isRequired: true),
        ]
        for resolution in persona.resolutions {
            moves.append(CheckMove(label: "solve \(resolution.id)", line: "I'll sort out \(resolution.offer[0]) for you today.",
                                   expected: solveKinds, stage: .solve, isRequired: true))
        }
        // A promise with no offer the customer can recognise: reaches the vagueSolution lines.
        moves.append(CheckMove(label: "vague offer", line: "I'll look into it for you.", expected: [.action]))
        moves.append(CheckMove(label: "thanks", line: "Thank you for your patience.", expected: [.thanks], stage: .thank, isRequired: true))
        moves.append(CheckMove(label: "boundary", line: "I want to sort this out, and I can't continue if you swear at me.", expected: [.boundary],
                               stage: .boundary, isRequired: persona.temperament.needsBoundary))
        for (kind, line) in harmLines {
            moves.append(CheckMove(label: "harm \(kind.rawValue)", line: line, expected: [kind]))
        }
        moves += stuffing(for: persona)
        moves.append(CheckMove(label: "neutral", line: "Okay.", expected: []))
        moves.append(CheckMove(label: "unreadable", line: "?!", expected: []))
        return moves
    }

    /// Sarcastic keyword stuffing: the LAST words said with contempt, alone and with each offer.
    static func stuffing(for persona: Persona) -> [CheckMove] {
        var moves = [CheckMove(label: "stuffing", line: "Oh I'm SO sorry, thank you SO much for yelling at me.",
                               expected: [.sarcasm], isStuffing: true)]
        for resolution in persona.resolutions {
            moves.append(CheckMove(label: "stuffing \(resolution.id)",
                                   line: "Oh I'm SO sorry, I'll SO happily sort out \(resolution.offer[0]) for you, thank you SO much for yelling at me.",
                                   expected: [.sarcasm], isStuffing: true))
        }
        return moves
    }

    static let solveKinds: Set<MoveKind> = [.action, .options, .commitment, .followUp, .referral]

    /// One plain line per harmful kind other than sarcasm (which the stuffing lines cover).
    static let harmLines: [(MoveKind, String)] = [
        (.blame, "You should have read the email."),
        (.accusation, "You claim you never got the email."),
        (.condescension, "Obviously you didn't read the notices."),
        (.dismissal, "Not my problem."),
        (.policyWall, "That's just our policy."),
        (.calmDown, "Calm down."),
        (.insult, "Are you stupid?"),
        (.refusal, "I can't do anything about that."),
        (.excuse, "I'm sorry, but the system was down."),
        (.nonApology, "I'm sorry you feel that way."),
        (.threat, "If you keep shouting, I'll have security remove you."),
    ]

    init(label: String, line: String, expected: Set<MoveKind>, stage: Stage? = nil, isStuffing: Bool = false,
         isRequired: Bool = false) {
        self.label = label
        self.line = line
        self.expected = expected
        self.stage = stage
        self.isStuffing = isStuffing
        self.isRequired = isRequired
    }

    /// Why the analyzer's reading of `line` does not match this class, or nil when it does.
    func mismatch(in analysis: Analysis) -> String? {
        let found = analysis.moves.map(\.kind)
        if expected.isEmpty {
            return found.isEmpty ? nil : "expected no move, found \(Self.describe(found))"
        }
        guard found.contains(where: expected.contains) else {
            return "expected \(expected.map(\.rawValue).sorted().joined(separator: " or ")), found \(Self.describe(found))"
        }
        if stage != nil, let harm = found.first(where: \.isHarmful) {
            return "expected no harm, found \(harm.rawValue)"
        }
        return nil
    }

    private static func describe(_ kinds: [MoveKind]) -> String {
        kinds.isEmpty ? "no move" : kinds.map(\.rawValue).joined(separator: ", ")
    }
}
