import Foundation

/// A malformed line in a labelled evaluation set (`id<TAB>labels<TAB>text`).
public enum LabelledSetError: Error, Equatable, Sendable {
    /// The line has fewer than three tab-separated fields; `field` names the first one missing.
    case missingField(line: Int, field: String)
    /// A label that is not one of listen, apologize, solve, thank, harmful, neutral.
    case unknownLabel(line: Int, label: String, suggestion: String?)
    /// `neutral` combined with another label: neutral means "no step and no harm".
    case neutralCombined(line: Int, labels: [String])
    /// The labels field is empty.
    case noLabels(line: Int)

    /// The 1-based line number the error is on.
    public var line: Int {
        switch self {
        case .missingField(let line, _), .unknownLabel(let line, _, _), .neutralCombined(let line, _), .noLabels(let line):
            line
        }
    }
}

extension LabelledSetError: LocalizedError {
    /// What is wrong, without the location (the caller prefixes `file:line:`).
    public var errorDescription: String? {
        switch self {
        case .missingField(_, let field): "missing field '\(field)' (expected id<TAB>labels<TAB>text)"
        case .unknownLabel(_, let label, _): "unknown label '\(label)'"
        case .neutralCombined(_, let labels): "'neutral' cannot be combined with other labels (\(labels.joined(separator: ",")))"
        case .noLabels: "no labels given"
        }
    }

    /// A did-you-mean suggestion or the list of valid labels.
    public var recoverySuggestion: String? {
        switch self {
        case .unknownLabel(_, _, let suggestion?): "did you mean '\(suggestion)'?"
        case .unknownLabel, .noLabels:
            "labels are " + AnalyzerEvaluation.Label.allCases.map(\.rawValue).joined(separator: ", ")
        case .neutralCombined: "remove 'neutral' or the other labels"
        case .missingField: "separate the three fields with tabs"
        }
    }
}
