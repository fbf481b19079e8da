import DeescalateKit
import Foundation

/// `personas check` per persona at depth 8: states explored and milliseconds, in-process (start-up
/// excluded), best of three runs. Target: under one second per persona.
struct CheckBenchmark: Benchmark {
    let name = "check"

    func run() -> [String] {
        let folder = ProcessInfo.processInfo.environment["DEESCALATE_PERSONAS"].map { URL(fileURLWithPath: $0) }
            ?? Measure.packageRoot.appendingPathComponent("Personas")
        guard let contents = try? PersonaFolder(url: folder).load(), !contents.personas.isEmpty else {
            return ["no personas in \(folder.path)"]
        }
        var results: [String] = []
        var slowest = 0.0
        for entry in contents.personas {
            var report: PersonaCheckReport?
            var best = Double.infinity
            for _ in 0..<3 {
                best = min(best, Measure.seconds { report = PersonaChecker(persona: entry.persona, depth: 8).check() })
            }
            slowest = max(slowest, best)
            guard let report else { continue }
            let shortest = report.shortestResolvingPath.map { "\($0.count) turns" } ?? "none"
            results.append(String(format: "%@: depth %d, %d states, %d transitions, %.1f ms, coverage exact to depth %d, shortest resolving path %@, %@",
                                  report.personaID, report.depth, report.statesExplored, report.transitions, best * 1e3,
                                  report.coverageDepth, shortest, report.passed ? "proofs hold" : "FAILS"))
        }
        results.append(String(format: "slowest persona: %.1f ms (target < 1000 ms)", slowest * 1e3))
        return results
    }
}
