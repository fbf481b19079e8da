/// What one trainee line does: its moves, and the LAST steps and harms they add up to.
public struct Analysis: Sendable, Equatable {
    /// The line analysed.
    public var text: String
    /// The moves found, in the order their evidence appears in the line.
    public var moves: [Move]

    /// Creates an analysis; moves are put in order of where they start.
    public init(text: String, moves: [Move]) {
        self.text = text
        self.moves = moves.sorted { ($0.evidence.start, $0.evidence.end) < ($1.evidence.start, $1.evidence.end) }
    }

    /// The LAST steps the line performs, in LAST order.
    public var steps: [Step] {
        Step.allCases.filter { step in moves.contains { $0.category.step == step } }
    }

    /// The harmful kinds in the line, each once, in order of appearance.
    public var harms: [MoveKind] {
        var seen: [MoveKind] = []
        for move in moves where move.kind.isHarmful && !seen.contains(move.kind) { seen.append(move.kind) }
        return seen
    }

    /// Whether any move is harmful.
    public var isHarmful: Bool { moves.contains { $0.kind.isHarmful } }

    /// Whether the line sets a calm boundary.
    public var setsBoundary: Bool { moves.contains { $0.kind == .boundary } }

    /// The moves of one kind.
    public func moves(of kind: MoveKind) -> [Move] { moves.filter { $0.kind == kind } }

    /// Whether the line performs `step`.
    public func performs(_ step: Step) -> Bool { moves.contains { $0.category.step == step } }
}
