/// The analysis of one line as JSON, for `deescalate analyze --format json|jsonl`.
extension Analysis {
    /// `{text, steps, harmful, harms, moves}` with each move's kind, sub-kind and evidence.
    public func jsonValue() -> JSONValue {
        .object([
            ("text", .string(text)),
            ("steps", .array(steps.map { .string($0.rawValue) })),
            ("harmful", .bool(isHarmful)),
            ("harms", .array(harms.map { .string($0.rawValue) })),
            ("moves", .array(moves.map { $0.jsonValue() })),
        ])
    }
}
