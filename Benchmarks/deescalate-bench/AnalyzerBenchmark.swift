import DeescalateKit
import Foundation

/// Analyzer throughput on one core over the labelled development set (target: ≥ 100,000
/// utterances/s), and the cost of one long paste per KB at 10, 100 and 1000 KB for several shapes
/// of text: the analyzer's time must grow with the line, not faster (a 100 KB line well under 1 s).
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
        var results = [
            String(format: "%.0f utterances/s on one core (%d utterances of the dev set, %.2f s; target ≥ 100000)",
                   count / seconds, Int(count), seconds),
        ]
        // Long pastes: µs per KB should stay flat from 10 KB to 1000 KB.
        for (shape, unit) in Self.pasteShapes {
            var perKB: [Double] = []
            var cells: [String] = []
            for kilobytes in [10, 100, 1000] {
                let paste = Self.paste(unit, bytes: kilobytes * 1000)
                let elapsed = Measure.seconds { moves &+= analyzer.analyze(paste).moves.count }
                perKB.append(elapsed * 1e6 / Double(kilobytes))
                cells.append(String(format: "%d KB %.1f ms", kilobytes, elapsed * 1e3))
            }
            results.append(String(format: "paste %@: %@; %.0f → %.0f µs/KB (1000 KB / 10 KB per-KB ratio %.1f; ≤ 2 is linear)",
                                  shape, cells.joined(separator: ", "), perKB[0], perKB[2], perKB[2] / max(perKB[0], 1e-9)))
        }
        results.append("(checksum \(moves))")
        return results
    }

    /// Shapes of pasted text that stress different passes: many sentences, no punctuation at all,
    /// one repeated step word, questions, harms and links.
    static let pasteShapes: [(String, String)] = [
        ("sentences", "I'm sorry about the delay, I'll sort it today. "),
        ("no punctuation", "I will refund you and we can sort this today for you "),
        ("repeated sorry", "sorry "),
        ("questions", "What happened when you called? Could you tell me more? "),
        ("harms and apologies", "Sorry, but you should have read the policy, calm down. Thanks so much, I guess. "),
        ("links and handles", "@someone see https://example.com/help?a=1&b=2 ^AB #tag $56 at 5pm "),
        ("contractions", "ill get it id say youre right dont worry im sorry "),
        ("boundaries", "I want to help, but I can't continue if you swear at me. "),
        ("reflections", "So you were told it would come Monday? That must be so frustrating, I understand. "),
        ("names and quotes", "Would you like \"Stupid Love\" by Lady Gaga or Bloody Mary from Born This Way? "),
        ("one long sentence", "sorry thanks so you were told I will refund it today but the system was down "),
        ("capitals", "I'm SO sorry, thank you SO much, SURE you did "),
    ]

    /// `unit` repeated and cut to `bytes` bytes (the units are ASCII).
    static func paste(_ unit: String, bytes: Int) -> String {
        let text = String(repeating: unit, count: bytes / unit.utf8.count + 1)
        return String(decoding: text.utf8.prefix(bytes), as: UTF8.self)
    }
}
