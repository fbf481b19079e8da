import DeescalateKit
import Foundation

/// Analyzer throughput on one core over the labelled development set. Target: ≥ 100,000 utterances/s.
struct AnalyzerBenchmark: Benchmark {
    let name = "analyzer"

    func run() -> [String] {
        let url = Measure.packageRoot.appendingPathComponent("Tests/DeescalateKitTests/Fixtures/analysis/dev-set.tsv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return ["cannot read \(url.path)"] }
        let lines = text.split(separator: "\n").compactMap { $0.split(separator: "\t", maxSplits: 2).last.map(String.init) }
        let analyzer = Analyzer()
        var moves = 0
        for line in lines { moves += analyzer.analyze(line).moves.count } // warm-up
        let rounds = 200
        let seconds = Measure.seconds {
            for _ in 0..<rounds { for line in lines { moves &+= analyzer.analyze(line).moves.count } }
        }
        let count = Double(rounds * lines.count)
        let long = String(repeating: "I'm sorry about the delay, I'll sort it today. ", count: 2_200) // ~100 KB
        let longSeconds = Measure.seconds { moves &+= analyzer.analyze(long).moves.count }
        return [
            String(format: "%.0f utterances/s on one core (%d utterances of the dev set, %.2f s; target ≥ 100000)",
                   count / seconds, Int(count), seconds),
            String(format: "one 100 KB paste: %.1f ms", longSeconds * 1e3),
            "(checksum \(moves))",
        ]
    }
}
