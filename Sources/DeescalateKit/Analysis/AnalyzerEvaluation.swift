import Foundation

/// Measures the analyzer against a labelled set of trainee lines, the way the CLI's
/// `deescalate analyze --evaluate FILE.tsv` reports it. Returns values only; rendering is the caller's.
public struct AnalyzerEvaluation: Sendable, Equatable {
    /// The labels an utterance is scored on: the four steps, `harmful`, and `neutral` for neither.
    public enum Label: String, Sendable, CaseIterable, Codable, Comparable {
        case listen, apologize, solve, thank, harmful, neutral

        public static func < (lhs: Label, rhs: Label) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// One labelled line of the set.
    public struct Example: Sendable, Equatable {
        /// The line's id, e.g. "d001".
        public var id: String
        /// The labels a trainer gave it.
        public var labels: Set<Label>
        /// The trainee's words.
        public var text: String
        /// The 1-based line number in the file.
        public var line: Int

        /// Creates an example.
        public init(id: String, labels: Set<Label>, text: String, line: Int) {
            self.id = id
            self.labels = labels
            self.text = text
            self.line = line
        }
    }

    /// Precision, recall and F1 for one label.
    public struct Score: Sendable, Equatable {
        /// The label scored.
        public var label: Label
        /// Lines with the label both expected and predicted.
        public var truePositives: Int
        /// Lines predicted with the label that should not have it.
        public var falsePositives: Int
        /// Lines expected to have the label that were not predicted with it.
        public var falseNegatives: Int

        /// TP / (TP + FP); 1 when nothing was predicted and nothing expected.
        public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
        /// TP / (TP + FN); 1 when nothing was expected and nothing predicted.
        public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
        /// The harmonic mean of precision and recall.
        public var f1: Double {
            let p = precision, r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }

        private func ratio(_ a: Int, _ b: Int) -> Double {
            b == 0 ? (truePositives + falsePositives + falseNegatives == 0 ? 1 : 0) : Double(a) / Double(b)
        }
    }

    /// A line the analyzer labelled differently from the trainer.
    public struct Miss: Sendable, Equatable {
        /// The line's id.
        public var id: String
        /// The trainee's words.
        public var text: String
        /// The trainer's labels.
        public var expected: Set<Label>
        /// The analyzer's labels.
        public var predicted: Set<Label>
    }

    /// One score per label, in `Label.allCases` order.
    public var scores: [Score]
    /// The lines where the predicted label set differs from the expected one, in file order.
    public var misses: [Miss]
    /// How many lines were evaluated.
    public var count: Int

    /// The unweighted mean of the per-label F1 scores.
    public var macroF1: Double { scores.isEmpty ? 0 : scores.map(\.f1).reduce(0, +) / Double(scores.count) }

    /// The score for one label.
    public func score(for label: Label) -> Score { scores.first { $0.label == label }! }

    /// The labels the analysis of a line adds up to: its steps, `harmful` if any move harms, else
    /// `neutral` when there is neither.
    public static func labels(of analysis: Analysis) -> Set<Label> {
        var labels = Set(analysis.steps.compactMap { Label(rawValue: $0.rawValue) })
        if analysis.isHarmful { labels.insert(.harmful) }
        return labels.isEmpty ? [.neutral] : labels
    }

    /// Evaluates `analyzer` on `examples`.
    public init(examples: [Example], analyzer: Analyzer = Analyzer()) {
        var counts = Dictionary(uniqueKeysWithValues: Label.allCases.map { ($0, (tp: 0, fp: 0, fn: 0)) })
        var misses: [Miss] = []
        for example in examples {
            let predicted = Self.labels(of: analyzer.analyze(example.text))
            for label in Label.allCases {
                switch (example.labels.contains(label), predicted.contains(label)) {
                case (true, true): counts[label]!.tp += 1
                case (false, true): counts[label]!.fp += 1
                case (true, false): counts[label]!.fn += 1
                case (false, false): break
                }
            }
            if predicted != example.labels {
                misses.append(Miss(id: example.id, text: example.text, expected: example.labels, predicted: predicted))
            }
        }
        scores = Label.allCases.map { Score(label: $0, truePositives: counts[$0]!.tp, falsePositives: counts[$0]!.fp, falseNegatives: counts[$0]!.fn) }
        self.misses = misses
        count = examples.count
    }

    /// Parses and evaluates a labelled TSV file's bytes.
    public init(parsing data: Data, analyzer: Analyzer = Analyzer()) throws {
        self.init(examples: try Self.parse(String(decoding: data, as: UTF8.self)), analyzer: analyzer)
    }
}
