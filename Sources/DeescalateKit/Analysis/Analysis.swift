/// What one trainee line does: its moves, and the LAST steps and harms they add up to.
public struct Analysis: Sendable, Equatable {
    /// The line analysed.
    public var text: String
    /// The moves found, in the order their evidence appears in the line.
    public var moves: [Move]

    /// Creates an analysis; moves are put in order of where they start.
    public init(text: String, moves: [Move]) {
        self.text = text
        // The analyzer's moves mostly come in order already: sorted only when they are not, in
        // place (the library's sort is stable either way, so the order is the same).
        var moves = moves
        let before = { (a: Move, b: Move) in (a.evidence.start, a.evidence.end) < (b.evidence.start, b.evidence.end) }
        if moves.indices.dropFirst().contains(where: { before(moves[$0], moves[$0 - 1]) }) { moves.sort(by: before) }
        self.moves = moves
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
