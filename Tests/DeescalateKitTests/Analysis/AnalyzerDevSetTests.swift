import Foundation
import Testing
@testable import DeescalateKit

/// Holds the analyzer to the labelled development set. The floors sit a little below what the
/// analyzer reaches, so a regression fails loudly while small relabelling does not.
@Suite("Analyzer dev set")
struct AnalyzerDevSetTests {
    static let floors: [AnalyzerEvaluation.Label: Double] = [
        .listen: 0.93, .apologize: 0.93, .solve: 0.93, .thank: 0.95, .harmful: 0.93, .neutral: 0.93,
    ]

    @Test("per-label F1 holds its floor on the dev set")
    func devSet() throws {
        let url = try #require(Bundle.module.url(forResource: "dev-set", withExtension: "tsv", subdirectory: "Fixtures/analysis"))
        let evaluation = try AnalyzerEvaluation(parsing: Data(contentsOf: url))
        #expect(evaluation.count > 300)
        for score in evaluation.scores {
            #expect(score.f1 >= Self.floors[score.label]!, "\(score.label): F1 \(score.f1)")
        }
        #expect(evaluation.macroF1 >= 0.95, "macro-F1 \(evaluation.macroF1); misses: \(evaluation.misses.map(\.id))")
    }
}
