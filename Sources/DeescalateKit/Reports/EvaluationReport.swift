/// An analyzer evaluation as a table for people or JSON for tools.
public struct EvaluationReport {
    private let evaluation: AnalyzerEvaluation

    /// A report of `evaluation`.
    public init(_ evaluation: AnalyzerEvaluation) {
        self.evaluation = evaluation
    }

    /// Per-label precision, recall and F1, macro-F1, then each misclassified line.
    public func textLines() -> [String] {
        var lines = ["\(evaluation.count) utterances", "", "label        precision  recall     F1   support"]
        for score in evaluation.scores {
            let support = score.truePositives + score.falseNegatives
            lines.append(score.label.rawValue.padding(to: 12) + Self.format(score.precision).leftPadded(to: 10)
                         + Self.format(score.recall).leftPadded(to: 8) + Self.format(score.f1).leftPadded(to: 7)
                         + String(support).leftPadded(to: 10))
        }
        lines.append("macro-F1".padding(to: 12) + Self.format(evaluation.macroF1).leftPadded(to: 25))
        if !evaluation.misses.isEmpty {
            lines.append("")
            lines.append("Misclassified (\(evaluation.misses.count)):")
            for miss in evaluation.misses {
                lines.append("  \(SafeText.sanitized(miss.id))  expected \(Self.names(miss.expected))  got \(Self.names(miss.predicted))")
                lines.append("      \(SafeText.sanitized(miss.text))")
            }
        }
        return lines
    }

    /// `{count, macroF1, labels: {label: {precision, recall, f1, support}}, misclassified: [...]}`.
    public func jsonValue() -> JSONValue {
        .object([
            ("count", .int(evaluation.count)),
            ("macroF1", .double(Self.rounded(evaluation.macroF1))),
            ("labels", .object(evaluation.scores.map { score in
                (score.label.rawValue, .object([
                    ("precision", .double(Self.rounded(score.precision))), ("recall", .double(Self.rounded(score.recall))),
                    ("f1", .double(Self.rounded(score.f1))), ("support", .int(score.truePositives + score.falseNegatives)),
                ]))
            })),
            ("misclassified", .array(evaluation.misses.map { miss in
                .object([
                    ("id", .string(miss.id)), ("text", .string(miss.text)),
                    ("expected", .array(miss.expected.sorted().map { .string($0.rawValue) })),
                    ("predicted", .array(miss.predicted.sorted().map { .string($0.rawValue) })),
                ])
            })),
        ])
    }

    private static func names(_ labels: Set<AnalyzerEvaluation.Label>) -> String {
        labels.sorted().map(\.rawValue).joined(separator: ",")
    }

    private static func format(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    private static func rounded(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
}
