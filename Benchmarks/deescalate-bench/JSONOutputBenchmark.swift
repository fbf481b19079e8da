import DeescalateKit
import Foundation

/// `analyze --format json|jsonl` of one long line: the analysis written as JSON at 50, 100, 200 and
/// 400 KB, escape-heavy (quotes and backslashes). Writing must be linear in the output: each doubling
/// of the line should about double the time (it once copied the whole output for every string, so a
/// 200 KB line took seconds and each doubling quadrupled it). Target: 200 KB in under 50 ms.
struct JSONOutputBenchmark: Benchmark {
    let name = "json-output"

    func run() -> [String] {
        let unit = "\"Sorry\" \\ what happened? I'll refund it today. "
        var lines: [String] = []
        var previous: Double?
        for kilobytes in [50, 100, 200, 400] {
            let line = String(repeating: unit, count: kilobytes * 1_000 / unit.utf8.count)
            let analysis = Analyzer().analyze(line)
            var bytes = 0
            let samples = (0..<3).map { _ in
                Measure.seconds { bytes = JSONValue.array([analysis.jsonValue()]).serialized(pretty: true).utf8.count }
            }
            let best = samples.min() ?? 0
            let growth = previous.map { String(format: ", ×%.1f for twice the line", best / max($0, 1e-9)) } ?? ""
            lines.append(String(format: "%d KB line, %d moves: JSON of %.1f MB written in %.1f ms%@",
                                kilobytes, analysis.moves.count, Double(bytes) / 1e6, best * 1e3, growth))
            previous = best
        }
        return lines
    }
}
