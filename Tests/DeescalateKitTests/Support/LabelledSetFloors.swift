import Foundation
import Testing
@testable import DeescalateKit

/// Holds the analyzer to a labelled fixture set (`Fixtures/analysis/NAME.tsv`): enough lines, and
/// harmful precision, harmful recall and macro-F1 at or above their floors. The floors sit a little
/// below what the analyzer reaches, so a regression fails while small relabelling does not.
struct LabelledSetFloors {
    var minimumCount: Int
    var harmfulPrecision: Double
    var harmfulRecall: Double
    var macroF1: Double

    func check(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Fixtures/analysis"),
                               sourceLocation: sourceLocation)
        let evaluation = try AnalyzerEvaluation(parsing: Data(contentsOf: url))
        #expect(evaluation.count > minimumCount, "\(name): \(evaluation.count) lines", sourceLocation: sourceLocation)
        let harmful = evaluation.score(for: .harmful)
        #expect(harmful.precision >= harmfulPrecision, "\(name): false harms: \(evaluation.misses.map(\.id))", sourceLocation: sourceLocation)
        #expect(harmful.recall >= harmfulRecall, "\(name): harmful recall \(harmful.recall)", sourceLocation: sourceLocation)
        #expect(evaluation.macroF1 >= macroF1, "\(name): macro-F1 \(evaluation.macroF1)", sourceLocation: sourceLocation)
    }
}
